#pragma once

#include <QMetaObject>
#include <QObject>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace studio {

// Asks a question on the GUI thread (a host key, a password) from a deploy worker and waits for
// the answer. Unlike a BlockingQueuedConnection it cannot deadlock when the window goes away
// first: once `abandoned` is set, or the context object is destroyed before asking, the worker
// stops waiting and takes `fallback` (distrust, no password), so the engine can finish and
// its owner's destructor, which waits for the workers, returns.
template<typename T>
T askOnGuiThread(QObject *context, std::function<T()> ask, T fallback,
                 const std::shared_ptr<std::atomic<bool>> &abandoned)
{
    struct Pending
    {
        std::mutex mutex;
        std::condition_variable answered;
        bool done = false;
        T answer;
    };
    auto pending = std::make_shared<Pending>();
    pending->answer = fallback;
    // Runs only while the context lives; if the context dies first the functor is dropped.
    QMetaObject::invokeMethod(
        context,
        [pending, ask = std::move(ask), abandoned] {
            T answer = abandoned->load() ? T() : ask();
            const std::lock_guard lock(pending->mutex);
            if (!abandoned->load())
                pending->answer = std::move(answer);
            pending->done = true;
            pending->answered.notify_all();
        },
        Qt::QueuedConnection);
    std::unique_lock lock(pending->mutex);
    while (!pending->done && !abandoned->load())
        pending->answered.wait_for(lock, std::chrono::milliseconds(50));
    return pending->answer;
}

} // namespace studio
