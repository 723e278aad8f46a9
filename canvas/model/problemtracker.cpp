#include "problemtracker.h"

#include <QFutureWatcher>
#include <QtConcurrent>

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

struct Validated
{
    quint64 generation;
    QList<Problem> problems;
};

} // namespace

// The background validation: a copy of the topology is validated on the thread pool.
class ProblemTracker::Worker : public QFutureWatcher<Validated>
{
public:
    using QFutureWatcher<Validated>::QFutureWatcher;
};

ProblemTracker::ProblemTracker(TopologyDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_worker(new Worker(this))
{
    connect(document, &TopologyDocument::objectAdded, this, &ProblemTracker::invalidate);
    connect(document, &TopologyDocument::objectRemoved, this, &ProblemTracker::invalidate);
    connect(document, &TopologyDocument::objectChanged, this, [this](ObjectId, const QString &key) {
        if (key != QLatin1String("position") && key != QLatin1String("size"))
            invalidate(); // where things are drawn is never a problem
    });
    connect(document, &TopologyDocument::modelReset, this, &ProblemTracker::invalidate);
    connect(m_worker, &QFutureWatcher<Validated>::finished, this, [this] {
        m_running = false;
        const Validated result = m_worker->result();
        // Only the newest result counts: an edit during the run makes it stale.
        if (result.generation == m_generation) {
            m_current = result.problems;
            m_currentGeneration = result.generation;
            publish(m_current);
        } else {
            validateInBackground();
        }
    });
    // The empty document is valid as it is.
    m_current = validate(m_document->topology());
    publish(m_current);
}

ProblemTracker::~ProblemTracker()
{
    m_worker->waitForFinished(); // it validates a copy; nothing here is touched
}

void ProblemTracker::invalidate()
{
    ++m_generation;
    if (m_scheduled)
        return;
    // Many changes in a row (a host deleted with its contents, a paste) validate once.
    m_scheduled = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_scheduled = false;
            validateInBackground();
        },
        Qt::QueuedConnection);
}

void ProblemTracker::validateInBackground()
{
    if (m_running)
        return; // the run under way starts the next when it ends
    if (m_currentGeneration == m_generation) {
        publish(m_current); // validated already (on demand): just announce it
        return;
    }
    m_running = true;
    const quint64 generation = m_generation;
    m_worker->setFuture(QtConcurrent::run([topology = m_document->topology(), generation] {
        return Validated{generation, validate(topology)};
    }));
}

const QList<Problem> &ProblemTracker::problems()
{
    if (m_currentGeneration != m_generation) {
        m_current = validate(m_document->topology());
        m_currentGeneration = m_generation;
    }
    return m_current;
}

int ProblemTracker::errorCount()
{
    int errors = 0;
    for (const Problem &p : problems())
        errors += p.severity == Severity::Error;
    return errors;
}

void ProblemTracker::retranslate()
{
    invalidate();
}

void ProblemTracker::flush()
{
    publish(problems());
}

void ProblemTracker::publish(QList<Problem> problems)
{
    if (same(problems, m_announced))
        return;
    m_announced = std::move(problems);
    m_byObject.clear();
    m_announcedErrors = 0;
    for (int i = 0; i < m_announced.size(); ++i) {
        m_byObject[m_announced[i].object].append(i);
        m_announcedErrors += m_announced[i].severity == Severity::Error;
    }
    emit problemsChanged();
}

QList<Problem> ProblemTracker::problemsOf(ObjectId id) const
{
    QList<Problem> of;
    for (int i : m_byObject.value(id))
        of << m_announced[i];
    return of;
}

} // namespace studio
