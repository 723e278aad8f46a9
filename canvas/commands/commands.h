#pragma once

#include "model/topologydocument.h"

#include <QPointF>
#include <QUndoCommand>
#include <QVariant>

namespace studio {

// One undo command per user gesture. Commands hold the document and ids, never scene items, so
// undo/redo works (and is tested) without a GUI.
namespace commandids {
enum { SetProperty = 1 };
}

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
    TopologyDocument *m_document;
    std::vector<Move> m_moves;
    Kind m_kind;
};

// Sets one property; consecutive edits of the same property of the same object (typing) merge.
class SetPropertyCommand : public QUndoCommand
{
public:
    SetPropertyCommand(TopologyDocument *document, ObjectId id, const QString &key,
                       const QVariant &value, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return commandids::SetProperty; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    TopologyDocument *m_document;
    ObjectId m_object;
    QString m_key;
    QVariant m_old;
    QVariant m_new;
};

} // namespace studio
