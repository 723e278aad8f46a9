#pragma once

#include "model/topologydocument.h"

#include <QUndoCommand>

namespace studio {

// Adds a host, bridge, container or link (given as a one-object snapshot with a reserved id).
class AddObjectCommand : public QUndoCommand
{
public:
    AddObjectCommand(TopologyDocument *document, Snapshot object, const QString &text,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    Snapshot m_object;
};

} // namespace studio
