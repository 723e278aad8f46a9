#pragma once

#include <qcustomplot.h>

#include <QImage>

namespace studio {

// A QCustomPlot graph that draws no more than its pixels can show. An hour of samples on a plot a
// thousand pixels wide puts three or four samples in every pixel column; drawing a line piece per
// sample costs time and adds nothing. So:
// - a dense thin solid line (at least two samples per pixel column) is drawn as one vertical run
//   of pixels per column, from its lowest to its highest sample and reaching halfway to its
//   neighbours: the pixels the line would cover, set directly in an image (MonitorColumns), as
//   Qt's painter costs about 150 ns for each such run;
// - any other line keeps, per pixel column and in time order, the lowest and the highest sample
//   between two gaps.
// Either way a one-sample spike survives any zoom, and a gap (NaN) always breaks the line and
// leaves at least its pixel column empty, where
// QCustomPlot's own adaptive sampling would drop a NaN that shares a column with samples. Marks
// (loss crosses, sample dots) are drawn once per pixel, as copies of one drawn mark. Only the
// drawing is thinned: data() keeps every sample, so hover and the CSV export read real ones.
class MonitorGraph : public QCPGraph
{
    Q_OBJECT

public:
    MonitorGraph(QCPAxis *keyAxis, QCPAxis *valueAxis);

    // The maximum value between two keys, gaps ignored; false when there is none.
    bool maxBetween(double from, double to, double *max) const;
    // Whether this graph is drawn as pixel columns on this painter (by MonitorColumns, which
    // draws every such graph of the plot into one image) instead of by itself.
    bool drawsColumns(const QCPPainter *painter) const;
    // Sets the pixels of its columns in an image whose top left is at origin on the plot.
    void paintColumns(QImage *image, const QPoint &origin) const;

protected:
    void draw(QCPPainter *painter) override;
    void getOptimizedLineData(QVector<QCPGraphData> *lineData,
                              const QCPGraphDataContainer::const_iterator &begin,
                              const QCPGraphDataContainer::const_iterator &end) const override;
    void getOptimizedScatterData(QVector<QCPGraphData> *scatterData,
                                 QCPGraphDataContainer::const_iterator begin,
                                 QCPGraphDataContainer::const_iterator end) const override;
    void drawScatterPlot(QCPPainter *painter, const QVector<QPointF> &scatters,
                         const QCPScatterStyle &style) const override;

private:
    // Each mark drawn once (per half-pixel offset, so copies sit where the mark would be drawn):
    // an antialiased cross costs Qt ~3 us to stroke, its copy ~0.2 us.
    mutable QHash<int, QPixmap> m_marks;
    mutable QString m_marksKey;
};

} // namespace studio
