#pragma once

#include "model/topologydocument.h"

#include <QPointF>
#include <QUndoCommand>

#include <vector>

namespace studio {

// Moves objects: pushed once when a drag ends, with where each object started and ended.
class MoveCommand : public QUndoCommand
{
public:
    struct Move
    {
        ObjectId id;
        QPointF from;
        QPointF to;
    };
    // A drag is one step by itself; keyboard nudges of the same objects in a row merge into one.
    enum class Kind { Drag, Nudge };
    MoveCommand(TopologyDocument *document, std::vector<Move> moves, Kind kind = Kind::Drag,
                QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void place(bool forward);

    TopologyDocument *m_document;
    std::vector<Move> m_moves;
    Kind m_kind;
};

} // namespace studio
