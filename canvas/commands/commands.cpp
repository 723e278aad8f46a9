#include "commands.h"

#include <QCoreApplication>

namespace studio {

class Commands
{
    Q_DECLARE_TR_FUNCTIONS(studio::Commands)
};

AddObjectCommand::AddObjectCommand(TopologyDocument *document, Snapshot object, const QString &text,
                                   QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_object(std::move(object))
{}

void AddObjectCommand::redo()
{
    const Status restored = m_document->restore(m_object);
    Q_ASSERT_X(restored.ok(), "AddObjectCommand",
               qPrintable(restored ? QString() : restored.error().toString()));
}

void AddObjectCommand::undo()
{
    // Links, containers, bridges, hosts: each removal finds its object still there (or already
    // taken along by a host removed before).
    for (const VxlanLink &l : m_object.links)
        m_document->remove(l.id);
    for (const Container &c : m_object.containers)
        m_document->remove(c.id);
    for (const Bridge &b : m_object.bridges)
        m_document->remove(b.id);
    for (const Host &h : m_object.hosts)
        m_document->remove(h.id);
}

RemoveObjectCommand::RemoveObjectCommand(TopologyDocument *document, ObjectId id,
                                         QUndoCommand *parent)
    : QUndoCommand(Commands::tr("Delete %1").arg(document->topology().displayName(id)), parent)
    , m_document(document)
    , m_id(id)
{}

void RemoveObjectCommand::redo()
{
    m_removed = m_document->remove(m_id);
}

void RemoveObjectCommand::undo()
{
    const Status restored = m_document->restore(m_removed);
    Q_ASSERT_X(restored.ok(), "RemoveObjectCommand",
               qPrintable(restored ? QString() : restored.error().toString()));
}

MoveCommand::MoveCommand(TopologyDocument *document, std::vector<Move> moves, Kind kind,
                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_moves(std::move(moves))
    , m_kind(kind)
{
    setText(m_moves.size() == 1
                ? Commands::tr("Move %1").arg(document->topology().displayName(m_moves.front().id))
                : Commands::tr("Move %n object(s)", nullptr, int(m_moves.size())));
}

void MoveCommand::redo()
{
    for (const Move &m : m_moves)
        (void)m_document->setProperty(m.id, QStringLiteral("position"), m.to);
}

void MoveCommand::undo()
{
    for (const Move &m : m_moves)
        (void)m_document->setProperty(m.id, QStringLiteral("position"), m.from);
}

int MoveCommand::id() const
{
    constexpr int kNudgeId = 0x4e55; // any fixed id: only nudges merge
    return m_kind == Kind::Nudge ? kNudgeId : -1;
}

bool MoveCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const MoveCommand *>(other);
    if (next->m_moves.size() != m_moves.size())
        return false;
    for (std::size_t i = 0; i < m_moves.size(); ++i) {
        if (next->m_moves[i].id != m_moves[i].id || next->m_moves[i].from != m_moves[i].to)
            return false;
    }
    bool moved = false;
    for (std::size_t i = 0; i < m_moves.size(); ++i) {
        m_moves[i].to = next->m_moves[i].to;
        moved = moved || m_moves[i].to != m_moves[i].from;
    }
    setObsolete(!moved); // back where they started: no step left
    return true;
}

SetPropertyCommand::SetPropertyCommand(TopologyDocument *document, ObjectId id, const QString &key,
                                       const QVariant &value, QUndoCommand *parent)
    : QUndoCommand(Commands::tr("Change %1 of %2").arg(key, document->topology().displayName(id)),
                   parent)
    , m_document(document)
    , m_object(id)
    , m_key(key)
    , m_old(document->property(id, key))
    , m_new(value)
{}

void SetPropertyCommand::redo()
{
    if (auto st = m_document->setProperty(m_object, m_key, m_new); !st)
        setObsolete(true); // a value of the wrong type changes nothing and leaves no undo step
}

void SetPropertyCommand::undo()
{
    (void)m_document->setProperty(m_object, m_key, m_old);
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetPropertyCommand *>(other);
    if (next->m_object != m_object || next->m_key != m_key)
        return false;
    m_new = next->m_new;
    setObsolete(m_new == m_old); // typed back to where it was: no step at all
    return true;
}

} // namespace studio
