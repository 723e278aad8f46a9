#pragma once

#include "model/topologydocument.h"

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace studio {

class TopologyScene;

// Cut, copy, paste and duplicate of the canvas's selection, through the system clipboard (in the
// project-file format, so a fragment pastes into another window too). Each is one undo step.
class ClipboardController : public QObject
{
    Q_OBJECT

public:
    ClipboardController(TopologyDocument *document, QUndoStack *undoStack, TopologyScene *scene,
                        QWidget *canvas);

    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *duplicateAction() const { return m_duplicate; }
    bool canPaste() const;
    // The window's language changed: the actions' texts follow.
    void retranslate();

    void copySelection();
    void cutSelection();
    void paste();
    // A copy next to the selection, leaving the clipboard alone.
    void duplicateSelection();

signals:
    void message(const QString &text);

private:
    // The selection onto the system clipboard; false (and a message) when nothing was copied.
    bool copyToClipboard();
    // Adds the fragment's objects with fresh names and addresses, selected, as one undo step.
    void insert(const QByteArray &fragment, bool duplicate);

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    TopologyScene *m_scene;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_duplicate;
};

} // namespace studio
