#pragma once

#include "model/topologydocument.h"

#include <QUndoCommand>

namespace studio {

// Removes an object with everything that depends on it; undo restores all of it, same ids.
class RemoveObjectCommand : public QUndoCommand
{
public:
    RemoveObjectCommand(TopologyDocument *document, ObjectId id, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    ObjectId m_id;
    Snapshot m_removed;
};

} // namespace studio
