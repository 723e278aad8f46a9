#include "clipboardcontroller.h"

#include "commands/addobjectcommand.h"
#include "commands/clipboard.h"
#include "scene/topologyscene.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QUndoStack>
#include <QWidget>

namespace studio {

ClipboardController::ClipboardController(TopologyDocument *document, QUndoStack *undoStack,
                                         TopologyScene *scene, QWidget *canvas)
    : QObject(canvas)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_scene(scene)
{
    m_cut = new QAction(this);
    m_cut->setShortcut(QKeySequence::Cut);
    connect(m_cut, &QAction::triggered, this, &ClipboardController::cutSelection);
    m_copy = new QAction(this);
    m_copy->setShortcut(QKeySequence::Copy);
    connect(m_copy, &QAction::triggered, this, &ClipboardController::copySelection);
    m_paste = new QAction(this);
    m_paste->setShortcut(QKeySequence::Paste);
    connect(m_paste, &QAction::triggered, this, &ClipboardController::paste);
    m_duplicate = new QAction(this);
    m_duplicate->setShortcut(Qt::CTRL | Qt::Key_D);
    connect(m_duplicate, &QAction::triggered, this, &ClipboardController::duplicateSelection);
    retranslate();
    for (QAction *a : {m_cut, m_copy, m_paste, m_duplicate}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut); // typing in a field keeps its own
        canvas->addAction(a);
    }
}

void ClipboardController::retranslate()
{
    m_cut->setText(tr("Cu&t"));
    m_cut->setToolTip(tr("Remove the selection and keep it on the clipboard"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the selection to the clipboard"));
    m_paste->setText(tr("&Paste"));
    m_paste->setToolTip(tr("Paste with fresh names and addresses"));
    m_duplicate->setText(tr("D&uplicate"));
    m_duplicate->setToolTip(
        tr("Copy the selection next to itself, with fresh names and addresses"));
}

bool ClipboardController::canPaste() const
{
    const QMimeData *clip = QGuiApplication::clipboard()->mimeData();
    return clip && clip->hasFormat(clipboard::mimeType());
}

void ClipboardController::copySelection()
{
    const QList<ObjectId> selection = m_scene->selectedIds();
    if (selection.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setData(clipboard::mimeType(), clipboard::copy(m_document->topology(), selection));
    QGuiApplication::clipboard()->setMimeData(data);
}

void ClipboardController::cutSelection()
{
    copySelection();
    m_scene->deleteSelection();
}

void ClipboardController::paste()
{
    if (!canPaste())
        return;
    insert(QGuiApplication::clipboard()->mimeData()->data(clipboard::mimeType()), false);
}

void ClipboardController::duplicateSelection()
{
    const QList<ObjectId> selection = m_scene->selectedIds();
    if (selection.isEmpty())
        return;
    insert(clipboard::copy(m_document->topology(), selection), true);
}

void ClipboardController::insert(const QByteArray &fragment, bool duplicate)
{
    QString why;
    const Snapshot added = clipboard::paste(m_document, fragment, QPointF(60, 60), &why);
    if (!why.isEmpty()) {
        emit message(why);
        return;
    }
    const int count = int(added.hosts.size() + added.bridges.size() + added.containers.size()
                          + added.links.size());
    m_undoStack->push(new AddObjectCommand(m_document, added,
                                           duplicate ? tr("Duplicate %n object(s)", nullptr, count)
                                                     : tr("Paste %n object(s)", nullptr, count)));
    m_scene->selectObject(added.root());
}

} // namespace studio
