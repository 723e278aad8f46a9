#pragma once

#include "commandids.h"

#include "model/topologydocument.h"

#include <QUndoCommand>
#include <QVariant>

namespace studio {

// Sets one property of one object (kNoObject: of the topology). Edits merge into one undo step
// only within one run: the keys typed into one field between focusing it and pressing Return or
// leaving it. Separate gestures (two resizes, two typing runs) stay separate steps.
class SetPropertyCommand : public QUndoCommand
{
public:
    // run 0: a step of its own. Otherwise a number from newRun(), shared by the edits of one run.
    SetPropertyCommand(TopologyDocument *document, ObjectId id, const QString &key,
                       const QVariant &value, int run = 0, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override { return m_run ? commandids::SetProperty : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    // A number for a new typing run.
    static int newRun();
    // "Change gateway address of host2/br0".
    static QString describe(const Topology &t, ObjectId id, const QString &key);

private:
    TopologyDocument *m_document;
    ObjectId m_object;
    QString m_key;
    QVariant m_old;
    QVariant m_new;
    int m_run;
};

} // namespace studio
