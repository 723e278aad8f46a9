#pragma once

#include <QColor>
#include <QString>

class QCPGraph;

namespace studio {

class MonitorGraph;
class MonitorPlot;

// One line on a monitor plot (Wireshark's I/O graph keeps one such wrapper per series): it owns
// its QCPGraph (and a second one for loss markers, made on the first loss), appends samples with
// NaN for gaps, drops what falls out of the history, and tells its plot it changed instead of
// replotting. Times are seconds since the epoch.
class MonitorSeries
{
public:
    MonitorSeries(MonitorPlot *plot, const QString &key, const QString &name, const QColor &color,
                  Qt::PenStyle style = Qt::SolidLine);
    ~MonitorSeries(); // takes its graphs off the plot
    MonitorSeries(const MonitorSeries &) = delete;
    MonitorSeries &operator=(const MonitorSeries &) = delete;

    QString key() const { return m_key; }
    QString name() const { return m_name; }
    void setName(const QString &name);
    QColor color() const { return m_color; }

    // How much of the series is in view decides how it is drawn (the plot sets it when it lays
    // out its axes): sparse points bold with dots, dense ones as a thin line.
    enum class Detail { Unset, Sparse, Dense };
    void setDetail(Detail detail);
    Detail detail() const { return m_detail; }
    int pointsBetween(double from, double to) const;
    // The highest value between two times, gaps ignored; false when there is none.
    bool maxBetween(double from, double to, double *max) const;

    void append(double time, double value);
    // A missing sample: the line breaks here instead of joining its neighbours.
    void appendGap(double time);
    // A request that got no reply: a cross on the time axis (the line's own NaN point breaks it).
    void appendLoss(double time);
    void removeBefore(double time);
    // Drop the points, or the loss marks, at or after time: a source corrected its recent past
    // (a late ping reply turned a loss into an RTT) and the caller appends them again.
    void removeFrom(double time);
    void removeLossFrom(double time);

    // Hidden series stay recorded but are neither drawn nor listed in the legend.
    void setShown(bool shown);
    bool isShown() const { return m_shown; }

    QCPGraph *graph() const;
    QCPGraph *lossGraph() const;
    int pointCount() const;  // drawn points, gaps included
    int lossCount() const;   // drawn loss markers
    double lastTime() const; // of the newest point; 0 when there is none

private:
    MonitorPlot *m_plot;
    QString m_key;
    QString m_name;
    QColor m_color;
    Qt::PenStyle m_style;
    Detail m_detail = Detail::Unset;
    MonitorGraph *m_graph = nullptr;
    MonitorGraph *m_loss = nullptr;
    bool m_shown = true;
};

} // namespace studio
