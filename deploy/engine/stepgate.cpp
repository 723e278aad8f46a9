#include "stepgate.h"

#include <chrono>

namespace studio {

void StepGate::decide(const QString &host, Decision decision)
{
    {
        const std::lock_guard lock(m_mutex);
        m_decisions[host].append(decision);
    }
    m_changed.notify_all();
}

void StepGate::openAll()
{
    {
        const std::lock_guard lock(m_mutex);
        m_open = true;
    }
    m_changed.notify_all();
}

bool StepGate::isOpen() const
{
    const std::lock_guard lock(m_mutex);
    return m_open;
}

void StepGate::wake()
{
    m_changed.notify_all();
}

StepGate::Decision StepGate::wait(const QString &host, const std::atomic_bool &cancel)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (cancel)
            return Decision::Cancelled;
        QList<Decision> &queued = m_decisions[host];
        if (!queued.isEmpty())
            return queued.takeFirst();
        if (m_open)
            return Decision::Run;
        // The cancel flag is set without this mutex: look again at least every 20 ms.
        m_changed.wait_for(lock, std::chrono::milliseconds(20));
    }
}

} // namespace studio
