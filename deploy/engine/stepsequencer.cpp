#include "stepsequencer.h"

namespace studio {

StepSequencer::StepSequencer(DeployEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    qRegisterMetaType<studio::PendingStep>();
    connect(engine, &DeployEngine::stepWaiting, this, &StepSequencer::waiting);
    connect(engine, &DeployEngine::stepResult, this, &StepSequencer::result);
    connect(engine, &DeployEngine::hostFinished, this, &StepSequencer::hostFinished);
    connect(engine, &DeployEngine::finished, this, [this] {
        m_active = false;
        m_current = {};
        m_waiting.clear();
        m_running.clear();
    });
}

void StepSequencer::begin(const QStringList &hosts)
{
    m_hosts = hosts;
    m_working = hosts;
    m_waiting.clear();
    m_running.clear();
    m_current = {};
    m_lastHost = -1;
    m_done = 0;
    m_counts.clear();
    m_active = true;
    m_free = false;
}

void StepSequencer::waiting(const QString &host, int index, int count, const PlanStep &step)
{
    if (!m_active)
        return;
    const PendingStep pending{host, index, count, step};
    m_counts.insert(host, count);
    if (m_free) { // the gate is open: the step runs already
        m_running.insert(host, pending);
        emit stepRunning(pending);
        return;
    }
    m_waiting.insert(host, pending);
    offerNext();
}

int StepSequencer::stepsInAll() const
{
    int total = 0;
    for (int count : m_counts)
        total += count;
    return total;
}

void StepSequencer::result(const QString &host, int index, const StepOutcome &outcome)
{
    if (!m_active)
        return;
    PendingStep step = m_running.take(host);
    if (!step.isValid() || step.index != index) {
        // Skipped without having run, or a result we did not see start: still report it.
        step.host = host;
        step.index = index;
    }
    ++m_done;
    emit stepDone(step, outcome);
    offerNext();
}

void StepSequencer::hostFinished(const HostOutcome &outcome)
{
    if (!m_active)
        return;
    m_working.removeAll(outcome.host);
    m_waiting.remove(outcome.host);
    if (m_current.host == outcome.host) // cancelled while it waited
        m_current = {};
    offerNext();
}

void StepSequencer::offerNext()
{
    // Stopped: the hosts end; none of their waiting steps is offered any more.
    if (m_free || m_current.isValid() || !m_running.isEmpty() || m_engine->isCancelled())
        return;
    // Every host still working must have said which step it waits with: then the turn order,
    // not the order their workers happened to get there, decides.
    for (const QString &host : std::as_const(m_working)) {
        if (!m_waiting.contains(host))
            return;
    }
    for (int i = 1; i <= m_hosts.size(); ++i) {
        const int at = (m_lastHost + i) % int(m_hosts.size());
        const auto it = m_waiting.find(m_hosts[at]);
        if (it == m_waiting.end())
            continue;
        m_current = it.value();
        m_waiting.erase(it);
        m_lastHost = at;
        emit stepReady(m_current);
        return;
    }
}

void StepSequencer::next()
{
    if (!m_current.isValid())
        return;
    const PendingStep step = std::exchange(m_current, {});
    m_running.insert(step.host, step);
    emit stepRunning(step);
    m_engine->releaseStep(step.host);
}

void StepSequencer::skip()
{
    if (!m_current.isValid())
        return;
    const PendingStep step = std::exchange(m_current, {});
    m_running.insert(step.host, step); // until its (skipped) result arrives
    m_engine->skipStep(step.host);
}

void StepSequencer::runToEnd()
{
    if (!m_active)
        return;
    m_free = true;
    // The current step and every waiting one run now.
    if (m_current.isValid()) {
        m_running.insert(m_current.host, m_current);
        emit stepRunning(m_current);
        m_current = {};
    }
    for (const PendingStep &step : std::as_const(m_waiting)) {
        m_running.insert(step.host, step);
        emit stepRunning(step);
    }
    m_waiting.clear();
    m_engine->runToEnd();
}

} // namespace studio
