#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>

namespace studio {

// The stepping mode of a deploy: each host's worker waits here before every step until the user
// lets that one step go (or skips it, or lets everything run to the end). Thread-safe and
// headless; release(), skip() and openAll() only queue a decision and return at once, so the GUI
// thread that calls them never waits for a worker.
class StepGate
{
public:
    enum class Decision { Run, Skip, Cancelled };

    // One decision for the host's next step, whether its worker waits already or not yet.
    void release(const QString &host) { decide(host, Decision::Run); }
    void skip(const QString &host) { decide(host, Decision::Skip); }
    // From now on no step waits (Run to End).
    void openAll();
    bool isOpen() const;
    // Waits until a decision for the host's next step arrives, the gate opens, or `cancel` is
    // set (checked at least every 20 ms, and at once after wake()).
    Decision wait(const QString &host, const std::atomic_bool &cancel);
    // Makes waiting workers look at their cancel flag now.
    void wake();

private:
    void decide(const QString &host, Decision decision);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    QHash<QString, QList<Decision>> m_decisions; // per host, oldest first
    bool m_open = false;
};

} // namespace studio
