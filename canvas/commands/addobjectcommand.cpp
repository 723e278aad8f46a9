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
    // Hosts first: each takes its bridges, containers and links along in one removal, which
    // listeners (the structure tree) handle as one row. What is left (parts added to hosts that
    // stay) goes one by one; objects already taken along are simply not found.
    for (const Host &h : m_object.hosts)
        m_document->remove(h.id);
    for (const Bridge &b : m_object.bridges)
        m_document->remove(b.id);
    for (const Container &c : m_object.containers)
        m_document->remove(c.id);
    for (const VxlanLink &l : m_object.links)
        m_document->remove(l.id);
}

} // namespace studio
