#pragma once

#include "plan/plan.h"

#include "model/problemtracker.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace studio {

// The Plan dock: the commands that apply (or remove) the topology, one host at a time or all with
// a header per host, long lines wrapped. It plans again only when shown and something changed.
class PlanDock : public QWidget
{
    Q_OBJECT

public:
    PlanDock(TopologyDocument *document, ProblemTracker *problems, QWidget *parent = nullptr);

    QPlainTextEdit *text() const { return m_text; }
    QComboBox *hostChoice() const { return m_host; }
    QComboBox *styleChoice() const { return m_style; }
    // The style shown: the one apply uses, unless the reader picks the other to compare.
    void setStyle(PlanStyle style);
    // How many times it planned (for tests: hidden, it must not plan at all).
    int planCount() const { return m_planCount; }

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void markDirty();
    void refresh();
    void fillHosts();
    void retranslate();

    TopologyDocument *m_document;
    ProblemTracker *m_problems;
    QComboBox *m_host;
    QComboBox *m_kind;
    QComboBox *m_style;
    QLabel *m_note;
    QLabel *m_hostLabel;
    QPlainTextEdit *m_text;
    bool m_dirty = true;
    bool m_refreshQueued = false;
    int m_planCount = 0;
};

} // namespace studio
