#pragma once

#include "model/result.h"

#include <qcustomplot.h>

#include <memory>
#include <vector>

namespace studio {

class MonitorSeries;

// A live time plot for the Monitor: a rolling window of recent samples (10 minutes by default)
// that follows the newest one, zooms and pans along the time axis (wheel, drag, keys), pauses,
// and shows the value under the pointer. It never replots on its own when data arrives: series
// mark it dirty and one timer for all plots calls replotIfNeeded(), which skips plots nobody can
// see. Time keys are seconds since the epoch; values are never negative.
class MonitorPlot : public QCustomPlot
{
    Q_OBJECT

public:
    enum class Scale { Plain, Si }; // Si: "250 k", "1.5 M" ticks for rates

    MonitorPlot(const QString &title, const QString &valueLabel, Scale scale,
                QWidget *parent = nullptr);
    ~MonitorPlot() override;

    // The plot owns its series; the key is the caller's handle for them.
    MonitorSeries *addSeries(const QString &key, const QString &name, const QColor &color,
                             Qt::PenStyle style = Qt::SolidLine);
    MonitorSeries *series(const QString &key) const;
    const std::vector<std::unique_ptr<MonitorSeries>> &allSeries() const { return m_series; }
    void removeSeries(const QString &key);
    void clearSeries();
    int shownSeriesCount() const;

    // How many seconds the view spans at most while following. A shorter recording fills the
    // view from its start, over one minute at least.
    void setWindow(double seconds);
    double window() const { return m_window; }
    // Samples older than this many seconds before the newest are dropped (memory stays flat).
    void setHistory(double seconds) { m_history = seconds; }
    double history() const { return m_history; }

    // Following: the view ends at the newest sample (or the live clock) and scrolls with it. A
    // user's zoom or pan stops following.
    void setFollow(bool follow);
    bool follows() const { return m_follow; }
    // Shows a time range without following (another plot's pan, kept in step).
    void showTimeRange(double lower, double upper);
    // Paused: the view stands still (whoever feeds the series holds new points back).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    // While monitoring runs, the view keeps scrolling with the clock even when a probe is silent.
    void setClock(double now);
    // When the recording began (the same for plots shown side by side, so their time axes
    // match); 0: the oldest sample of this plot.
    void setRecordingStart(double time);

    // The title above the graph (also its accessible name) and the value axis's label.
    void setTexts(const QString &title, const QString &valueLabel);
    void markDirty() { m_dirty = true; }
    bool isDirty() const { return m_dirty; }
    // The timer's entry: lays out the axes and queues a replot when the plot changed and is
    // visible. Returns whether it replotted.
    bool replotIfNeeded();
    // Lays out the axes and replots at once (exports, tests, benchmarks).
    void replotNow();
    // Called by series: the newest time seen, for following; drops history beyond the limit.
    void noteTime(double time);
    double newestTime() const { return m_newest; }
    double oldestTime() const { return m_oldest; } // 0 without samples

    // What the pointer is on: "name\nhh:mm:ss  value"; empty when on nothing.
    QString hoverText() const { return m_hoverText; }
    void hoverAt(const QPointF &pos);
    // Formats a value in this plot's unit, e.g. "0.42 ms" or "12.4 Mb/s".
    void setValueFormatter(std::function<QString(double)> format) { m_format = std::move(format); }
    QString formatValue(double value) const;

    // PNG or SVG by the file's suffix.
    Status exportImage(const QString &path, int width = 0, int height = 0);
    // Follows the system palette (light or dark).
    void applyPalette();

signals:
    void followChanged(bool follow);
    // A user's pan or zoom: the view left the newest samples.
    void viewMovedByUser();

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void layoutAxes();
    void setTimeRange(double lower, double upper);
    void rescaleValues();
    void updateDetail();
    void updateTimeTicks(int plotWidth);
    void hideHover();
    void updateLegend();
    // As many legend entries side by side as plotWidth holds, three at most: the legend wraps
    // rather than holding the plot wider than its dock gives it.
    void fitLegend(int plotWidth);

    std::vector<std::unique_ptr<MonitorSeries>> m_series;
    QHash<QString, MonitorSeries *> m_byKey; // every sample looks its series up
    QCPTextElement *m_title = nullptr;
    QSharedPointer<QCPAxisTickerDateTime> m_timeTicker;
    QCPLayer *m_overlay = nullptr;
    QCPItemTracer *m_tracer = nullptr;
    QCPItemText *m_hoverLabel = nullptr;
    QString m_hoverText;
    std::function<QString(double)> m_format;
    double m_window = 600;
    double m_history = 3600;
    double m_newest = 0;
    double m_oldest = 0;
    double m_recordingStart = 0;
    double m_clock = 0;
    double m_drawnUpper = 0;
    double m_trimmedBefore = 0;
    bool m_follow = true;
    bool m_paused = false;
    bool m_dirty = true;
    bool m_settingRange = false;
};

} // namespace studio
