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

bool ClipboardController::copyToClipboard()
{
    const QList<ObjectId> selection = m_scene->selectedIds();
    if (selection.isEmpty())
        return false;
    auto fragment = clipboard::copy(m_document->topology(), selection);
    if (!fragment) {
        emit message(fragment.error().toString());
        return false;
    }
    auto *data = new QMimeData;
    data->setData(clipboard::mimeType(), fragment.value());
    QGuiApplication::clipboard()->setMimeData(data);
    return true;
}

void ClipboardController::copySelection()
{
    copyToClipboard(); // a failure was reported to the status bar
}

void ClipboardController::cutSelection()
{
    if (copyToClipboard()) // nothing is deleted that is not on the clipboard
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
    auto fragment = clipboard::copy(m_document->topology(), selection);
    if (!fragment) {
        emit message(fragment.error().toString());
        return;
    }
    insert(fragment.value(), true);
}

void ClipboardController::insert(const QByteArray &fragment, bool duplicate)
{
    const auto pasted = clipboard::paste(m_document, fragment, QPointF(60, 60));
    if (!pasted) {
        emit message(pasted.error().toString());
        return;
    }
    const Snapshot &added = pasted.value();
    const int count = int(added.hosts.size() + added.bridges.size() + added.containers.size()
                          + added.links.size());
    m_undoStack->push(new AddObjectCommand(m_document, added,
                                           duplicate ? tr("Duplicate %n object(s)", nullptr, count)
                                                     : tr("Paste %n object(s)", nullptr, count)));
    m_scene->selectObject(added.root());
}

} // namespace studio
