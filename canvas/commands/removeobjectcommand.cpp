#include "removeobjectcommand.h"

#include "commandtext.h"

namespace studio {

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

} // namespace studio
