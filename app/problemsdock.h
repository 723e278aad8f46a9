#pragma once

#include "model/problemtracker.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace studio {

// The Problems dock: every validation problem with its object and its fix, refreshed once per
// batch of changes. Activating a row shows its object on the canvas.
class ProblemsDock : public QWidget
{
    Q_OBJECT

public:
    ProblemsDock(TopologyDocument *document, ProblemTracker *problems, QWidget *parent = nullptr);
    // A short row below the canvas by default; the user can make it taller.
    QSize sizeHint() const override { return QSize(600, 110); }
    QSize minimumSizeHint() const override { return QSize(200, 60); }

    QTreeWidget *list() const { return m_list; }

signals:
    void objectActivated(studio::ObjectId id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    TopologyDocument *m_document;
    ProblemTracker *m_problems;
    QLabel *m_summary;
    QTreeWidget *m_list;
};

} // namespace studio
