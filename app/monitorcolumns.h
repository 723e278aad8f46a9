#pragma once

#include <qcustomplot.h>

#include <QImage>

namespace studio {

// Draws every dense line of a plot (see MonitorGraph) in one pass: each sets its pixel columns
// in one image, and the image is drawn once. It sits on its own layer above the plot's lines;
// loss marks go on a layer above it, so they are never hidden under a line.
class MonitorColumns : public QCPLayerable
{
    Q_OBJECT

public:
    MonitorColumns(QCustomPlot *plot, const QString &layer);

protected:
    QRect clipRect() const override;
    void applyDefaultAntialiasingHint(QCPPainter *painter) const override;
    void draw(QCPPainter *painter) override;

private:
    QImage m_image; // kept between replots: no allocation per replot
};

} // namespace studio
