#include "deploycontroller.h"

#include "deploydock.h"
#include "guiprompt.h"
#include "themedicon.h"

#include "ssh/knownhostsfile.h"

#include <QAction>
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
    m_apply = new QAction(themedIcon(QStringLiteral(":/icons/apply.svg")), tr("&Apply"), this);
    m_apply->setShortcut(Qt::CTRL | Qt::Key_R);
    m_apply->setToolTip(tr("Build the topology on its hosts; only what differs is changed"));
    connect(m_apply, &QAction::triggered, this, [this] { run(DeployAction::Apply); });
    m_status = new QAction(themedIcon(QStringLiteral(":/icons/status.svg")), tr("&Status"), this);
    m_status->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    m_status->setToolTip(tr("Compare the hosts with the design without changing anything"));
    connect(m_status, &QAction::triggered, this, [this] { run(DeployAction::Status); });
    m_destroy
        = new QAction(themedIcon(QStringLiteral(":/icons/destroy.svg")), tr("&Destroy..."), this);
    m_destroy->setToolTip(tr("Remove everything the topology created on its hosts"));
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
    m_cancel = new QAction(themedIcon(QStringLiteral(":/icons/cancel.svg")), tr("&Cancel"), this);
    m_cancel->setToolTip(tr("Stop every host after its current step"));
    connect(m_cancel, &QAction::triggered, m_engine, &DeployEngine::cancel);

    connect(m_engine, &DeployEngine::hostPhase, m_dock, &DeployDock::setPhase);
    connect(m_engine, &DeployEngine::stepStarted, m_dock, &DeployDock::stepStarted);
    connect(m_engine, &DeployEngine::stepFinished, m_dock, &DeployDock::stepFinished);
    connect(m_engine, &DeployEngine::hostFinished, m_dock, &DeployDock::hostFinished);
    connect(m_engine, &DeployEngine::finished, this, [this](const QList<HostOutcome> &outcomes) {
        m_engine->waitForFinished();
        m_dock->finish(outcomes);
        for (const HostOutcome &o : outcomes) {
            if (!o.ok) { // a wrong password is asked again next time
                for (const Host &h : m_document->topology().hosts()) {
                    if (h.name == o.host)
                        m_passwords.remove(credentialKey(h));
                }
            }
            emit hostResult(o.host, o.ok, o.ok ? QString() : o.error);
        }
        updateActions();
        emit finished(outcomes);
        if (std::exchange(m_closeWhenStopped, false))
            emit closeRequested();
    });

    // A password belongs to one server: any change of who or where forgets them all.
    connect(document, &TopologyDocument::modelReset, this, [this] {
        m_passwords.clear();
        updateActions();
    });
    connect(document, &TopologyDocument::objectChanged, this, [this](ObjectId, const QString &key) {
        if (key == QLatin1String("managementAddress") || key == QLatin1String("user")
            || key == QLatin1String("sshPort") || key == QLatin1String("auth"))
            m_passwords.clear();
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

QString DeployController::credentialKey(const Host &host)
{
    return QStringLiteral("%1@%2:%3").arg(host.user, host.managementAddress).arg(host.sshPort);
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
    if (m_engine->isRunning())
        return;
    if (m_problems->errorCount() > 0) {
        QMessageBox::warning(m_window, tr("Cannot deploy"),
                             tr("The topology has errors; fix those listed under Problems first."));
        return;
    }
    DeployOptions options;
    options.knownHostsFile = defaultKnownHostsFile();
    // Workers ask on the GUI thread and wait for the answer, or for the window to go away.
    options.hostKeyPrompt = [this, abandoned = m_promptsAbandoned](const UnknownHostKey &key) {
        return askOnGuiThread<bool>(
            this, [this, key] { return askHostKey(key); }, false, abandoned);
    };
    options.password = [this, abandoned = m_promptsAbandoned](const Host &host) {
        return askOnGuiThread<QString>(
            this, [this, host] { return askPassword(host); }, QString(), abandoned);
    };
    QStringList hosts;
    for (const Host &h : m_document->topology().hosts())
        hosts << h.name;
    const QString name = action == DeployAction::Apply     ? tr("Apply")
                         : action == DeployAction::Destroy ? tr("Destroy")
                                                           : tr("Status");
    m_dock->begin(name, hosts);
    emit started();
    m_engine->start(action, m_document->topology(), options);
    updateActions();
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
    const QString key = credentialKey(host);
    if (m_passwords.contains(key))
        return m_passwords.value(key);
    bool ok = false;
    const QString password = QInputDialog::getText(
        m_window, tr("Password"),
        tr("Password for %1 (kept only until OverlayStudio quits):").arg(key), QLineEdit::Password,
        QString(), &ok);
    if (ok)
        m_passwords.insert(key, password);
    return ok ? password : QString();
}

} // namespace studio
