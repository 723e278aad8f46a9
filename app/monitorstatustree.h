#pragma once

#include "monitor/monitorstore.h"

#include <QHash>
#include <QTreeWidget>

namespace studio {

class SeriesCatalog;

// The Monitor's table of what is watched: hosts with their bridges and containers, links and
// probes, each with its state in a word and colour, the message that explains a fault (naming the
// object and the fix), and the current figures: a probe's last, median and p90 RTT and its loss,
// a link's or container's rates. Rows are updated one object at a time.
class MonitorStatusTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        NowColumn,
        MedianColumn,
        P90Column,
        LossColumn,
        DetailsColumn
    };
    // What a row stands for: a topology object, or a probe.
    static constexpr int kObjectRole = Qt::UserRole + 1;
    static constexpr int kProbeRole = Qt::UserRole + 2;

    explicit MonitorStatusTree(QWidget *parent = nullptr);

    // The column titles in the current language (the rows follow with the next reset).
    void retranslateHeaders();
    // Rows for a store's topology and probes, all waiting for their first sample.
    void reset(const MonitorStore &store, const SeriesCatalog &catalog);
    void updateObject(const MonitorStore &store, ObjectId id);
    void updateProbe(const MonitorStore &store, int probe);
    // A link's or container's figures in the "Now" column.
    void updateRates(const MonitorStore &store, ObjectId id);

    // Selects the rows of these objects (the canvas's selection), the first one current and in
    // view; none selected when the list is empty.
    void selectObjects(const QList<ObjectId> &ids);

    QTreeWidgetItem *objectRow(ObjectId id) const { return m_objects.value(id); }
    QTreeWidgetItem *probeRow(int probe) const { return m_probes.value(probe); }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The names take what State and Now leave of the width, at least what the hosts and their
    // objects need, at most what the longest name needs; unless the user sized the column.
    void fitNameColumn();
    QTreeWidgetItem *addRow(QTreeWidgetItem *parent, const QString &name, const QColor &swatch);
    void setHealth(QTreeWidgetItem *row, const ObjectHealth &health, const QString &word = {});

    QHash<ObjectId, QTreeWidgetItem *> m_objects;
    QHash<int, QTreeWidgetItem *> m_probes;
    int m_hostsNameWidth = 0; // the hosts' part of the tree
    int m_allNameWidth = 0;   // every row
    bool m_nameSizedByUser = false;
    bool m_sizingName = false;
};

} // namespace studio
