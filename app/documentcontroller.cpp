#include "documentcontroller.h"

#include "commands/setpropertycommand.h"
#include "model/names.h"
#include "model/projectfile.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace studio {

namespace {

const QString kUntitled = QStringLiteral("untitled");

// A valid topology name made from a file name: "my lab.json" -> "my-lab"; "-.json" makes none.
Result<QString> nameFromFile(const QString &path)
{
    QString base = QFileInfo(path).completeBaseName();
    if (base.endsWith(QLatin1String(".ovstudio")))
        base.chop(9);
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    base = base.left(63);
    if (Status valid = names::checkLabel(base); !valid)
        return valid.error();
    return base;
}

} // namespace

DocumentController::DocumentController(TopologyDocument *document, QUndoStack *undoStack,
                                       QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_autosave(new QTimer(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { m_document->setModified(!clean); });
    connect(m_document, &TopologyDocument::modifiedChanged, this,
            &DocumentController::titleChanged);
    m_autosave->setInterval(60 * 1000);
    connect(m_autosave, &QTimer::timeout, this, &DocumentController::autosave);
    m_autosave->start();
}

QString DocumentController::displayName() const
{
    return m_path.isEmpty() ? m_document->topology().name : QFileInfo(m_path).fileName();
}

bool DocumentController::mayReplace()
{
    const QString why = m_busy ? m_busy() : QString();
    if (why.isEmpty())
        return true;
    QMessageBox::information(m_window, tr("Deploy running"), why);
    return false;
}

void DocumentController::newTopology()
{
    Topology t;
    t.name = kUntitled;
    m_document->reset(t);
    m_undoStack->clear();
    m_path.clear();
    emit titleChanged();
}

bool DocumentController::openFile(const QString &path)
{
    if (!mayReplace())
        return false;
    auto loaded = projectfile::load(path);
    if (!loaded) {
        // The open topology stays as it was: a bad file never replaces good work.
        QMessageBox::warning(m_window, tr("Cannot open topology"), loaded.error().toString());
        return false;
    }
    m_document->reset(std::move(loaded).value());
    m_undoStack->clear();
    // Examples open as new, unsaved topologies.
    m_path = path.startsWith(QLatin1Char(':')) ? QString() : path;
    if (!m_path.isEmpty())
        rememberRecent(m_path);
    emit titleChanged();
    emit message(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    emit opened();
    return true;
}

void DocumentController::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Topology"), QFileInfo(m_path).path(),
        tr("OverlayStudio topologies (*.ovstudio.json *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool DocumentController::saveTo(const QString &path)
{
    // A new topology takes its name from its first file: the name tags what it deploys.
    const Topology &t = m_document->topology();
    if (m_path.isEmpty() && (t.name.isEmpty() || t.name == kUntitled)) {
        // A file name that makes no valid name leaves the topology's name as it is.
        if (const auto name = nameFromFile(path))
            m_undoStack->push(new SetPropertyCommand(m_document, kNoObject, QStringLiteral("name"),
                                                     name.value()));
    }
    if (auto saved = projectfile::save(m_document->topology(), path); !saved) {
        QMessageBox::warning(m_window, tr("Cannot save"), saved.error().toString());
        return false;
    }
    m_path = path;
    rememberRecent(path);
    QFile::remove(recoveryFile());
    m_undoStack->setClean();
    m_document->setModified(false);
    emit titleChanged();
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool DocumentController::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool DocumentController::saveAs()
{
    QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save Topology"),
        m_path.isEmpty() ? m_document->topology().name + QStringLiteral(".ovstudio.json") : m_path,
        tr("OverlayStudio topologies (*.ovstudio.json *.json)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".json"))) // *.ovstudio.json: the desktop opens it with us
        path += QStringLiteral(".ovstudio.json");
    return saveTo(path);
}

bool DocumentController::maybeSave()
{
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"),
        tr("%1 has changes that are not saved. Save them?").arg(m_document->topology().name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

QString DocumentController::recoveryFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/recovery.json");
}

void DocumentController::autosave()
{
    if (!m_document->isModified())
        return;
    QDir().mkpath(QFileInfo(recoveryFile()).path());
    if (auto st = projectfile::save(m_document->topology(), recoveryFile()); !st)
        emit message(tr("Autosave failed: %1").arg(st.error().toString()));
}

bool DocumentController::restoreRecovery()
{
    auto loaded = projectfile::load(recoveryFile());
    if (!loaded)
        return false;
    m_document->reset(std::move(loaded).value());
    m_undoStack->clear();
    m_path.clear();
    m_document->setModified(true); // recovered work is not saved anywhere yet
    emit titleChanged();
    emit message(tr("Restored the work that was not saved before OverlayStudio stopped."));
    emit opened();
    return true;
}

void DocumentController::cleanExit()
{
    QFile::remove(recoveryFile());
}

void DocumentController::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    settings.setValue(QStringLiteral("recentFiles"), recent.mid(0, 10));
}

void DocumentController::fillRecentMenu(QMenu *menu)
{
    menu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent) {
        QAction *action = menu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (maybeSave())
                openFile(path);
        });
        action->setEnabled(QFileInfo::exists(path));
    }
    if (recent.isEmpty())
        menu->addAction(tr("(none yet)"))->setEnabled(false);
}

} // namespace studio
