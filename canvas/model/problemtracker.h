#pragma once

#include "topologydocument.h"
#include "validation.h"

#include <QHash>
#include <QObject>

namespace studio {

// Validates the document once per batch of changes and publishes the problems: the canvas badges,
// the Problems dock, the property editor and the status bar all read them from here, instead of
// validating the whole topology each for itself at every keystroke. Qt Core only.
class ProblemTracker : public QObject
{
    Q_OBJECT

public:
    explicit ProblemTracker(TopologyDocument *document, QObject *parent = nullptr);

    // Up to date with the document (validates now if a change is pending).
    const QList<Problem> &problems() const;
    QList<Problem> problemsOf(ObjectId id) const; // kNoObject: the topology's own
    int errorCount() const;
    int warningCount() const { return int(problems().size()) - errorCount(); }

    // Validates now if a change is pending, and announces the result if it differs.
    void flush();

signals:
    // The problems differ from the last announcement; emitted once per batch of changes.
    void problemsChanged();

private:
    void invalidate();
    void revalidate() const;

    TopologyDocument *m_document;
    mutable QList<Problem> m_problems;
    mutable QHash<ObjectId, QList<int>> m_byObject; // indexes into m_problems
    mutable int m_errors = 0;
    mutable bool m_stale = true;
    bool m_flushQueued = false;
    QList<Problem> m_announced;
};

} // namespace studio
