#include "deploycontroller.h"

#include "deploydock.h"
#include "deploysettingsdialog.h"
#include "guiprompt.h"
#include "themedicon.h"

#include "ssh/knownhostsfile.h"

#include <QAction>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace studio {

DeployController::DeployController(TopologyDocument *document, ProblemTracker *problems,
                                   QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_problems(problems)
    , m_window(window)
    , m_engine(new DeployEngine(this))
    , m_dock(new DeployDock(window))
{
    m_apply = new QAction(themedIcon(QStringLiteral(":/icons/apply.svg")), QString(), this);
    m_apply->setShortcut(Qt::CTRL | Qt::Key_R);
    connect(m_apply, &QAction::triggered, this, [this] { run(DeployAction::Apply); });
    m_status = new QAction(themedIcon(QStringLiteral(":/icons/status.svg")), QString(), this);
    m_status->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    connect(m_status, &QAction::triggered, this, [this] { run(DeployAction::Status); });
    m_destroy = new QAction(themedIcon(QStringLiteral(":/icons/destroy.svg")), QString(), this);
    connect(m_destroy, &QAction::triggered, this, [this] {
        const auto answer = QMessageBox::question(
            m_window, tr("Destroy topology"),
            tr("Remove everything topology %1 created on its hosts (containers, ports, bridges, "
               "NAT rules)? Objects OverlayStudio did not create are left alone.")
                .arg(m_document->topology().name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            run(DeployAction::Destroy);
    });
    m_cancel = new QAction(themedIcon(QStringLiteral(":/icons/cancel.svg")), QString(), this);
    connect(m_cancel, &QAction::triggered, m_engine, &DeployEngine::cancel);
    m_settings = new QAction(QString(), this);
    connect(m_settings, &QAction::triggered, this, &DeployController::editSettings);
    retranslate();

    connect(m_engine, &DeployEngine::hostPhase, m_dock, &DeployDock::setPhase);
    connect(m_engine, &DeployEngine::stepStarted, m_dock, &DeployDock::stepStarted);
    connect(m_engine, &DeployEngine::stepFinished, m_dock, &DeployDock::stepFinished);
    connect(m_engine, &DeployEngine::hostFinished, m_dock, &DeployDock::hostFinished);
    connect(m_engine, &DeployEngine::finished, this, [this](const QList<HostOutcome> &outcomes) {
        m_engine->waitForFinished();
        m_dock->finish(outcomes);
        for (const HostOutcome &o : outcomes)
            emit hostResult(o.host, o.ok, o.ok ? QString() : o.error);
        updateActions();
        emit finished(outcomes);
        if (std::exchange(m_closeWhenStopped, false))
            emit closeRequested();
    });

    // A password belongs to one server: any change of who or where forgets them all.
    // Another document: its hosts' passwords are asked for afresh. (Within one document the
    // cache's key, user@address:port, already keeps an edited host from getting another's.)
    connect(document, &TopologyDocument::modelReset, this, [this] {
        m_passwords->clear();
        updateActions();
    });
    connect(document, &TopologyDocument::objectAdded, this, &DeployController::updateActions);
    connect(document, &TopologyDocument::objectRemoved, this, &DeployController::updateActions);
    updateActions();
}

DeployController::~DeployController()
{
    // A worker waiting for an answer from this window stops waiting (and distrusts), so the
    // engine can finish instead of waiting for it forever.
    m_promptsAbandoned->store(true);
    m_engine->disconnect(this);
}

void DeployController::retranslate()
{
    m_apply->setText(tr("&Apply"));
    m_apply->setToolTip(tr("Build the topology on its hosts; only what differs is changed"));
    m_status->setText(tr("&Status"));
    m_status->setToolTip(tr("Compare the hosts with the design without changing anything"));
    m_destroy->setText(tr("&Destroy..."));
    m_destroy->setToolTip(tr("Remove everything the topology created on its hosts"));
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop every host after its current step"));
    m_settings->setText(tr("Deploy S&ettings..."));
    m_settings->setToolTip(tr("How containers are started and plugged, and how many hosts are "
                              "connected at once"));
}

QString DeployController::busyReason() const
{
    return isRunning() ? tr("Wait for the running deploy to finish, or cancel it, before opening "
                            "another topology.")
                       : QString();
}

void DeployController::updateActions()
{
    const bool running = m_engine->isRunning();
    const bool hosts = !m_document->topology().hosts().empty();
    m_apply->setEnabled(!running && hosts);
    m_status->setEnabled(!running && hosts);
    m_destroy->setEnabled(!running && hosts);
    m_cancel->setEnabled(running);
}

void DeployController::run(DeployAction action)
{
    start(action, {}, false);
}

bool DeployController::start(DeployAction action, const QStringList &only, bool stepping)
{
    if (m_engine->isRunning())
        return false;
    if (m_problems->errorCount() > 0) {
        QMessageBox::warning(m_window, tr("Cannot deploy"),
                             tr("The topology has errors; fix those listed under Problems first."));
        return false;
    }
    DeployOptions options = connectionOptions();
    options.onlyHosts = only;
    options.stepping = stepping;
    if (const QString file = m_projectFile ? m_projectFile() : QString(); !file.isEmpty())
        options.projectDir = QFileInfo(file).absolutePath();
    if (stepping) // the hosts take turns: every one must be connected to say its next step
        options.maxParallelHosts = 0;
    QStringList hosts;
    for (const Host &h : m_document->topology().hosts()) {
        if (only.isEmpty() || only.contains(h.name))
            hosts << h.name;
    }
    const QString name = action == DeployAction::Apply     ? tr("Apply")
                         : action == DeployAction::Destroy ? tr("Destroy")
                                                           : tr("Status");
    m_action = action;
    m_dock->begin(name, hosts);
    emit started();
    const bool started = m_engine->start(action, m_document->topology(), options);
    if (!started)
        m_dock->log(tr("The deploy could not start: another one is still running."), true);
    updateActions();
    return started;
}

DeployOptions DeployController::connectionOptions()
{
    DeployOptions options;
    options.knownHostsFile = defaultKnownHostsFile();
    options.hostKeyPrompt = hostKeyPrompt();
    options.password = passwordSource();
    options.credentials = m_passwords; // asked only when missing; a refused one is forgotten
    const DeploySettings settings = DeploySettings::load();
    options.style = settings.style;
    options.maxParallelHosts = settings.maxParallelHosts;
    options.shellFactory = m_shellFactory;
    return options;
}

HostKeyPrompt DeployController::hostKeyPrompt()
{
    // Workers ask on the GUI thread and wait for the answer, or for the window to go away.
    return [this, abandoned = m_promptsAbandoned](const UnknownHostKey &key) {
        return askOnGuiThread<bool>(
            this, [this, key] { return askHostKey(key); }, false, abandoned);
    };
}

std::function<QString(const Host &)> DeployController::passwordSource()
{
    // A password typed once (for Apply, or for monitoring) serves both until the document changes.
    return [this, abandoned = m_promptsAbandoned, cache = m_passwords](const Host &host) {
        const QString key = CredentialCache::keyFor(host);
        if (const std::optional<QString> known = cache->password(key))
            return *known;
        const QString typed = askOnGuiThread<QString>(
            this, [this, host] { return askPassword(host); }, QString(), abandoned);
        if (!typed.isEmpty())
            cache->remember(key, typed);
        return typed;
    };
}

bool DeployController::mayClose()
{
    if (!m_engine->isRunning())
        return true;
    if (m_closeWhenStopped)
        return false; // already stopping; the window closes when it has
    QMessageBox box(QMessageBox::Question, tr("Deploy running"),
                    tr("A deploy is still running on the hosts. Stopping it now leaves each host "
                       "after its current step; Apply again later converges, Destroy removes "
                       "what was made."),
                    QMessageBox::NoButton, m_window);
    QPushButton *stop = box.addButton(tr("Cancel Deploy and Quit"), QMessageBox::DestructiveRole);
    box.addButton(tr("Keep Running"), QMessageBox::RejectRole);
    box.setDefaultButton(stop);
    box.exec();
    if (box.clickedButton() != stop || !m_engine->isRunning())
        return !m_engine->isRunning();
    m_closeWhenStopped = true;
    m_engine->cancel();
    return false;
}

void DeployController::editSettings()
{
    // Window-modal and not exec(): no nested event loop while the deploy engine reports.
    auto *dialog = new DeploySettingsDialog(DeploySettings::load(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DeploySettings chosen = dialog->settings();
        if (chosen == DeploySettings::load())
            return;
        chosen.save();
        emit settingsChanged(chosen);
    });
    dialog->open();
}

bool DeployController::askHostKey(const UnknownHostKey &key)
{
    QMessageBox box(
        QMessageBox::Question, tr("Unknown host key"),
        tr("<p>OverlayStudio has never connected to <b>%1</b> (%2) before.</p>"
           "<p>It presents this %3 key:<br><tt>%4</tt></p>"
           "<p>Compare it with the host's own fingerprint (<tt>ssh-keygen -lf "
           "/etc/ssh/ssh_host_*_key.pub</tt> on the host). Trust it and remember it?</p>")
            .arg(key.host.toHtmlEscaped(), key.address.toHtmlEscaped(), key.keyType.toHtmlEscaped(),
                 key.fingerprint.toHtmlEscaped()),
        QMessageBox::Yes | QMessageBox::No, m_window);
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

QString DeployController::askPassword(const Host &host)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        m_window, tr("Password"),
        tr("Password for %1 (kept only in memory, until OverlayStudio quits):")
            .arg(CredentialCache::keyFor(host)),
        QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
}

} // namespace studio
