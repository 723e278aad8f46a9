#pragma once

#include "plan/plan.h"

#include "model/problemtracker.h"

#include <QSet>
#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;
class QUrl;

namespace studio {

// The Plan dock: the commands that apply (or remove) the topology, one host at a time or all with
// a header per host. Each step reads as its explanation, the objects it touches and its command;
// our long scripts show as their arguments until the reader opens them. Copy Script puts the
// exact shell script on the clipboard. It plans again only when shown and something changed.
class PlanDock : public QWidget
{
    Q_OBJECT

public:
    PlanDock(TopologyDocument *document, ProblemTracker *problems, QWidget *parent = nullptr);

    QTextBrowser *view() const { return m_view; }
    QPushButton *copyButton() const { return m_copy; }
    QComboBox *hostChoice() const { return m_host; }
    QComboBox *styleChoice() const { return m_style; }
    // The shell script of what is shown (every host's, with a header each, or the chosen one's).
    QString scriptText() const { return m_script; }
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
    void render();
    void toggleScript(const QUrl &link);
    QString stepHtml(const HostPlan &host, int index) const;
    // The hosts of the last plan that are shown: all, or the one chosen.
    std::vector<const HostPlan *> shownHosts() const;

    TopologyDocument *m_document;
    ProblemTracker *m_problems;
    QComboBox *m_host;
    QComboBox *m_kind;
    QComboBox *m_style;
    QLabel *m_note;
    QLabel *m_hostLabel;
    QTextBrowser *m_view;
    QPushButton *m_copy;
    std::optional<Plan> m_plan; // the last plan made, shown again when a script opens or closes
    QString m_script;
    QSet<QString> m_openScripts; // "HOST/STEP" of the steps whose script the reader opened
    bool m_dirty = true;
    bool m_refreshQueued = false;
    int m_planCount = 0;
};

} // namespace studio
