#pragma once

#include "model/topologydocument.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QUndoStack;

namespace studio {

// Edits every field of the selected object. Each edit is an undoable command (typing in one field
// merges into one step); fields with a validation problem are marked and say why.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    PropertyEditor(TopologyDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    void showObject(ObjectId id);
    ObjectId object() const { return m_object; }
    QWidget *field(const QString &key) const { return m_fields.value(key); }

private:
    void rebuild();
    void refreshValues();
    void markProblems();
    void edit(const QString &key, const QVariant &value);

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    ObjectId m_object = kNoObject;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_problems = nullptr;
    QHash<QString, QWidget *> m_fields;
    bool m_updating = false;
};

} // namespace studio
