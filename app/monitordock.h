#pragma once

#include "seriescatalog.h"

#include "model/result.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

class QAbstractButton;
class QComboBox;
class QLabel;
class QTimer;
class QToolBar;
class QToolButton;
class QTreeWidgetItem;

namespace studio {

class MonitorPlot;
class MonitorSeries;
class MonitorStatusTree;
class TopologyScene;

// The Monitor: round-trip times per ping (the overlay's beside the underlay's it rides on, loss
// marked), throughput per VXLAN link and container in bits and packets per second, and a table of
// every watched object's state and figures. The graphs roll with a window (10 minutes by default),
// can be paused, zoomed and panned, and follow the newest samples again on request; selecting a
// host, container or link on the canvas (or in the table) shows that object's graphs.
//
// It only reads the store: store updates name the series that changed and the dock copies just
// their new points into its plots, and ONE timer replots the plots that changed and are visible.
class MonitorDock : public QWidget
{
    Q_OBJECT

public:
    explicit MonitorDock(QWidget *parent = nullptr);
    ~MonitorDock() override;

    // The store to show (not owned). Call reset() after the store is reset for a new run.
    void setStore(MonitorStore *store);
    MonitorStore *store() const { return m_store; }
    // The canvas: segment colours, and its selection picks what the graphs show.
    void setScene(TopologyScene *scene);
    // New rows and series for what the store watches now.
    void reset();
    // Start and stop, shown first in the dock's tool bar.
    void addControlActions(const QList<QAction *> &actions);
    // Whether monitoring runs: the graphs scroll with the clock; the state line says so.
    void setLive(bool live, const QString &state = {});
    bool isLive() const { return m_live; }
    QString stateText() const { return m_stateText; }

    // What the graphs show: the objects' own graphs; none: every ping and link.
    void showObjects(const QList<ObjectId> &ids);
    // Only one probe and the links it crosses (a row of the table).
    void showProbe(int probe);
    QString focusText() const;

    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setFollow(bool follow);
    // The rolling window in seconds (the store keeps at least this much).
    void setWindow(double seconds);
    // The throughput graph in packets per second instead of bits per second.
    void showPacketRates(bool packets);
    double window() const { return m_window; }

    Status exportCsv(const QString &path) const;

    MonitorPlot *plot(MonitorPlotKind kind) const;
    QList<MonitorPlot *> plots() const;
    MonitorStatusTree *statusTree() const { return m_tree; }
    // The faults line above the table ("2 problems: ..."); empty when all is well.
    QString problemsText() const;
    QAbstractButton *pauseButton() const;
    QAbstractButton *followButton() const;
    QComboBox *windowBox() const { return m_windowBox; }
    QComboBox *rateBox() const { return m_rateBox; }
    // The plot series drawing a store series, if it has points yet.
    MonitorSeries *seriesFor(const SeriesKey &key) const;
    // Replots what is dirty and visible now (the timer's work; tests and exports call it).
    void refresh();
    // Every text in the current language: tool bar, graphs' titles, series names, the table.
    void retranslate();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateStatic();
    void storeUpdated(const MonitorUpdate &update);
    void syncSeries(const SeriesKey &key, MonitorTime from);
    void applyFocus();
    bool isShown(const SeriesLook &look) const;
    void updateFocusLabel();
    void updateStateLabel();
    void updateProblems();
    void rowActivated(QTreeWidgetItem *row);
    void exportGraph(MonitorPlotKind kind);
    void exportSamples();
    void syncTimeRanges(MonitorPlot *source);
    QColor colorOf(quint32 vni) const;

    QPointer<MonitorStore> m_store;
    QPointer<TopologyScene> m_scene;
    SeriesCatalog m_catalog;
    QHash<QString, SeriesLook> m_looks; // by plot series id
    QToolBar *m_toolBar = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_follow = nullptr;
    QLabel *m_windowLabel = nullptr;
    QComboBox *m_windowBox = nullptr;
    QLabel *m_rateLabel = nullptr;
    QComboBox *m_rateBox = nullptr;
    QToolButton *m_exportButton = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportRtt = nullptr;
    QAction *m_exportBits = nullptr;
    QAction *m_exportPackets = nullptr;
    QLabel *m_state = nullptr;
    QString m_stateText;
    QLabel *m_problems = nullptr;
    QLabel *m_focus = nullptr;
    QToolButton *m_showAll = nullptr;
    MonitorStatusTree *m_tree = nullptr;
    MonitorPlot *m_rtt = nullptr;
    MonitorPlot *m_bits = nullptr;
    MonitorPlot *m_packets = nullptr;
    QTimer *m_timer = nullptr;
    bool m_live = false;
    bool m_paused = false;
    bool m_syncingRanges = false;
    double m_window = 600;
    QSet<ObjectId> m_focusObjects;
    int m_focusProbe = -1;
    // While paused: per store series, the earliest time that changed, copied on resume.
    QHash<SeriesKey, MonitorTime> m_heldBack;
};

} // namespace studio
