#pragma once

#include "model/problemtracker.h"
#include "model/topologydocument.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QUndoStack;

namespace studio {

class ElidedLabel;
struct PropertySpec;

// Edits every field of the selected object, or of the topology itself when nothing is selected.
// The form is built once per object; afterwards each model change updates only its own field, so
// a field being typed into is never replaced. Typing into one field is one undo step (a typing run
// ends with Return or when the field loses the focus); fields with a validation problem are
// marked and say why.
class PropertyEditor : public QWidget
{
    Q_OBJECT

public:
    PropertyEditor(TopologyDocument *document, QUndoStack *undoStack, ProblemTracker *problems,
                   QWidget *parent = nullptr);

    // kNoObject shows the topology's own fields (its name and description).
    void showObject(ObjectId id);
    ObjectId object() const { return m_object; }
    QWidget *field(const QString &key) const { return m_fields.value(key); }
    // Focuses a field and selects its text, ready to be typed over (a double click on the canvas).
    void focusField(const QString &key);

signals:
    // A status-bar sentence about an edit ("Attached container1 to br1 with address ...").
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    QWidget *createField(const PropertySpec &spec);
    void refreshField(const QString &key);
    void refreshBridgeChoices();
    void refreshTitle();
    void markProblems();
    void edit(const QString &key, const QVariant &value);
    int runOf(const QString &key);
    void endRun(const QString &key) { m_runs.remove(key); }

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    ProblemTracker *m_problems;
    ObjectId m_object = kNoObject;
    ObjectKind m_kind = ObjectKind::None;
    bool m_built = false;
    QLabel *m_title = nullptr;
    ElidedLabel *m_subtitle = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_problemText = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, int> m_runs; // key -> the typing run under way in that field
    bool m_updating = false;
};

} // namespace studio
