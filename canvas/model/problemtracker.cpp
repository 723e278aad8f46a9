#include "problemtracker.h"

namespace studio {

namespace {

bool same(const QList<Problem> &a, const QList<Problem> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Problem &p = a[i], &q = b[i];
        if (p.severity != q.severity || p.object != q.object || p.field != q.field
            || p.code != q.code || p.message != q.message || p.fix != q.fix)
            return false;
    }
    return true;
}

} // namespace

ProblemTracker::ProblemTracker(TopologyDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &TopologyDocument::objectAdded, this, &ProblemTracker::invalidate);
    connect(document, &TopologyDocument::objectRemoved, this, &ProblemTracker::invalidate);
    connect(document, &TopologyDocument::objectChanged, this, [this](ObjectId, const QString &key) {
        if (key != QLatin1String("position") && key != QLatin1String("size"))
            invalidate(); // where things are drawn is never a problem
    });
    connect(document, &TopologyDocument::modelReset, this, &ProblemTracker::invalidate);
}

void ProblemTracker::invalidate()
{
    m_stale = true;
    if (m_flushQueued)
        return;
    // Many changes in a row (a host deleted with its contents, a paste) validate once.
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &ProblemTracker::flush, Qt::QueuedConnection);
}

void ProblemTracker::revalidate() const
{
    m_problems = validate(m_document->topology());
    m_byObject.clear();
    m_errors = 0;
    for (int i = 0; i < m_problems.size(); ++i) {
        m_byObject[m_problems[i].object].append(i);
        m_errors += m_problems[i].severity == Severity::Error;
    }
    m_stale = false;
}

const QList<Problem> &ProblemTracker::problems() const
{
    if (m_stale)
        revalidate();
    return m_problems;
}

QList<Problem> ProblemTracker::problemsOf(ObjectId id) const
{
    const QList<Problem> &all = problems();
    QList<Problem> of;
    for (int i : m_byObject.value(id))
        of << all[i];
    return of;
}

int ProblemTracker::errorCount() const
{
    problems();
    return m_errors;
}

void ProblemTracker::flush()
{
    m_flushQueued = false;
    const QList<Problem> &now = problems();
    if (same(now, m_announced))
        return;
    m_announced = now;
    emit problemsChanged();
}

} // namespace studio
