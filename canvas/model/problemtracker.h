#pragma once

#include "topologydocument.h"
#include "validation.h"

#include <QHash>
#include <QObject>

namespace studio {

// Validates the document once per batch of changes, in the background, and publishes the
// problems: the canvas badges, the Problems dock, the property editor and the status bar all read
// them from here, instead of validating the whole topology each for itself at every keystroke.
// An edit never waits for validation: a large topology's problems follow a few milliseconds
// after the repaint. Qt Core only.
class ProblemTracker : public QObject
{
    Q_OBJECT

public:
    explicit ProblemTracker(TopologyDocument *document, QObject *parent = nullptr);
    ~ProblemTracker() override;

    // The problems as last published (what problemsChanged announced); never validates.
    const QList<Problem> &published() const { return m_announced; }
    QList<Problem> problemsOf(ObjectId id) const; // of the published ones; kNoObject: topology's
    int publishedErrors() const { return m_announcedErrors; }
    int publishedWarnings() const { return int(m_announced.size()) - m_announcedErrors; }

    // Up to date with the document this instant: validates now, on this thread, if a change is
    // pending. For decisions that must not act on stale problems (starting a deploy).
    const QList<Problem> &problems();
    int errorCount();

    // Validates now if a change is pending, and publishes the result if it differs.
    void flush();
    // The language changed: the problems are worded again (validation writes the messages).
    void retranslate();

signals:
    // The published problems differ from the last ones; emitted once per batch of changes.
    void problemsChanged();

private:
    void invalidate();
    void validateInBackground();
    void publish(QList<Problem> problems);

    TopologyDocument *m_document;
    QList<Problem> m_current; // validated at m_currentGeneration
    quint64 m_generation = 0; // counts document changes
    quint64 m_currentGeneration = 0;
    bool m_scheduled = false;
    bool m_running = false; // one background validation at a time
    QList<Problem> m_announced;
    QHash<ObjectId, QList<int>> m_byObject; // indexes into m_announced
    int m_announcedErrors = 0;
    class Worker;
    Worker *m_worker = nullptr;
};

} // namespace studio
