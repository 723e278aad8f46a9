#pragma once

#include "deployengine.h"

#include <QHash>
#include <QObject>
#include <QStringList>

namespace studio {

// One step of a stepping deploy, as its host waits with it.
struct PendingStep
{
    QString host;
    int index = -1; // on its host
    int count = 0;  // steps of its host
    PlanStep step;

    bool isValid() const { return index >= 0; }
};

// Drives a stepping deploy (DeployOptions::stepping) one step at a time across its hosts, in
// turn, the way the guide goes through its hosts: host1's first step, host2's first step,
// host1's second... It waits until every host still working has said which step it waits with,
// offers the next one in turn as current(), and lets exactly that one run on next(). Lives in
// the engine's thread (the GUI's, or the CLI's main thread) and never blocks it.
class StepSequencer : public QObject
{
    Q_OBJECT

public:
    explicit StepSequencer(DeployEngine *engine, QObject *parent = nullptr);

    // Before the engine starts a stepping run on these hosts (in the topology's order).
    void begin(const QStringList &hosts);
    bool isActive() const { return m_active; }
    // The step the user decides on next; invalid while a step runs or no host has said yet.
    const PendingStep &current() const { return m_current; }
    bool isStepRunning() const { return !m_running.isEmpty(); }
    // Steps run or skipped so far, over all hosts.
    int stepsDone() const { return m_done; }
    // Steps of every host that has said how many it has: all of them once the first step is
    // offered (hosts with nothing to do never say; they have none).
    int stepsInAll() const;

    void next();     // runs the current step
    void skip();     // the current step is not run; its host goes on with the next
    void runToEnd(); // every host runs its remaining steps without waiting

signals:
    // A step is current: show it before it runs.
    void stepReady(const studio::PendingStep &step);
    void stepRunning(const studio::PendingStep &step);
    // It ran (exit status and output in the outcome) or was skipped.
    void stepDone(const studio::PendingStep &step, const studio::StepOutcome &outcome);

private:
    void waiting(const QString &host, int index, int count, const PlanStep &step);
    void result(const QString &host, int index, const StepOutcome &outcome);
    void hostFinished(const HostOutcome &outcome);
    void offerNext();

    DeployEngine *m_engine;
    QStringList m_hosts;
    QStringList m_working;                 // hosts that have not finished
    QHash<QString, PendingStep> m_waiting; // by host, not offered yet
    QHash<QString, PendingStep> m_running; // by host
    PendingStep m_current;
    int m_lastHost = -1; // index in m_hosts of the host whose step was offered last
    int m_done = 0;
    QHash<QString, int> m_counts; // steps per host, from its first waiting step
    bool m_active = false;
    bool m_free = false; // run to end
};

} // namespace studio

Q_DECLARE_METATYPE(studio::PendingStep)
