#include "addobjectcommand.h"

#include "commandtext.h"

namespace studio {

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

} // namespace studio
