#pragma once

#include "engine/stepsequencer.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace studio {

// The Step Through panel: before each step, its host, command, explanation and the objects it
// creates; after it, its exit status and output; the steps so far; and Next, Run to End, Stop and
// Back (destroy what was built). A view: the StepThroughController decides, this shows and asks.
class StepThroughDock : public QWidget
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Waiting, Running, Finished, Destroying };

    explicit StepThroughDock(QWidget *parent = nullptr);

    // The hosts to offer ("All hosts" first); keeps the choice when it still exists.
    void setHosts(const QStringList &hosts);
    // Empty: all hosts.
    QString chosenHost() const;

    void setState(State state, const QString &message = {});
    State state() const { return m_state; }
    // A step is about to run: what it does and creates (display names), and where in the run.
    void showStep(const PendingStep &step, const QStringList &creates, int number, int total);
    void showRunning(const PendingStep &step);
    void showResult(const PendingStep &step, const StepOutcome &outcome);

    QComboBox *hostChoice() const { return m_hosts; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *runToEndButton() const { return m_runToEnd; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *backButton() const { return m_back; }
    QLabel *progress() const { return m_progress; }
    QPlainTextEdit *command() const { return m_command; }
    QPlainTextEdit *output() const { return m_output; }
    QLabel *explanation() const { return m_explanation; }
    QLabel *creates() const { return m_creates; }
    QLabel *resultTitle() const { return m_resultTitle; }
    QTreeWidget *history() const { return m_history; }

    // The language changed: every fixed text again.
    void retranslate();

signals:
    void startRequested();
    void nextRequested();
    void runToEndRequested();
    void stopRequested();
    void backRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    // A label without text takes no room (before the first step, the command box starts at the
    // top of its box, not below four empty lines).
    void hideEmptyLabels();
    void updateButtons();
    QString idleHint() const;

    State m_state = State::Idle;
    bool m_built = false; // something may be on the hosts: Back can destroy it
    QLabel *m_hostsLabel = nullptr;
    QComboBox *m_hosts = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_progress = nullptr;
    QGroupBox *m_nextBox = nullptr;
    QGroupBox *m_resultBox = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_creates = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QLabel *m_resultTitle = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QTreeWidget *m_history = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_runToEnd = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_back = nullptr;
};

} // namespace studio
