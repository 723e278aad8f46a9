#include "setpropertycommand.h"

#include "commandtext.h"

#include "model/propertyspec.h"

namespace studio {

SetPropertyCommand::SetPropertyCommand(TopologyDocument *document, ObjectId id, const QString &key,
                                       const QVariant &value, int run, QUndoCommand *parent)
    : QUndoCommand(describe(document->topology(), id, key), parent)
    , m_document(document)
    , m_object(id)
    , m_key(key)
    , m_old(document->property(id, key))
    , m_new(value)
    , m_run(run)
{}

int SetPropertyCommand::newRun()
{
    static int last = 0;
    return ++last;
}

QString SetPropertyCommand::describe(const Topology &t, ObjectId id, const QString &key)
{
    const PropertySpec *spec = propertyspecs::find(t.kindOf(id), key);
    const QString noun = spec ? spec->displayNoun() : key;
    if (id == kNoObject)
        return Commands::tr("Change %1 of the topology").arg(noun);
    return Commands::tr("Change %1 of %2").arg(noun, t.displayName(id));
}

void SetPropertyCommand::redo()
{
    if (auto st = m_document->setProperty(m_object, m_key, m_new); !st)
        setObsolete(true); // a value of the wrong type changes nothing and leaves no undo step
}

void SetPropertyCommand::undo()
{
    [[maybe_unused]] const Status restored = m_document->setProperty(m_object, m_key, m_old);
    Q_ASSERT(restored.ok()); // the old value was the model's own
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPropertyCommand *>(other);
    // A refused edit (obsolete) changed nothing: it must not replace this step's value.
    if (next->isObsolete() || next->m_run != m_run || next->m_object != m_object
        || next->m_key != m_key)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old); // typed back to where it was: no step at all
    return true;
}

} // namespace studio
