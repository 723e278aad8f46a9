#pragma once

#include "model/topology.h"

#include <QMainWindow>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace studio {

// The application window. For now it shows a topology's structure, its validation problems and
// the per-host command plan; the canvas editor takes the centre later.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    bool openFile(const QString &path);
    const Topology &topology() const { return m_topology; }

private:
    void createActions();
    void refresh();
    void showProblem(QTreeWidgetItem *item);

    Topology m_topology;
    QString m_path;
    QTreeWidget *m_structure = nullptr;
    QTreeWidget *m_problems = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace studio
