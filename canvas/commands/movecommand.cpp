#include "movecommand.h"

#include "commandids.h"
#include "commandtext.h"

namespace studio {

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

void MoveCommand::place(bool forward)
{
    for (const Move &m : m_moves) {
        // Positions come from the canvas, inside the model's range: a refusal is a bug.
        if (auto st
            = m_document->setProperty(m.id, QStringLiteral("position"), forward ? m.to : m.from);
            !st)
            qWarning("MoveCommand: %s", qPrintable(st.error().toString()));
    }
}

void MoveCommand::redo()
{
    place(true);
}

void MoveCommand::undo()
{
    place(false);
}

int MoveCommand::id() const
{
    return m_kind == Kind::Nudge ? commandids::Nudge : -1; // only nudges merge
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

} // namespace studio
