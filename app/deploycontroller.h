#pragma once

#include "deploysettings.h"

#include "engine/deployengine.h"
#include "model/problemtracker.h"
#include "ssh/credentialcache.h"

#include <QObject>

#include <atomic>
#include <memory>

class QAction;
class QWidget;

namespace studio {

class DeployDock;

// Apply, Status, Destroy and Cancel: runs the deploy engine off the GUI thread, shows its
// progress in the Deploy dock, asks for host keys and passwords on the GUI thread (passwords kept
// in memory only, per user@address:port, forgotten when the design changes or a host fails), and
// reports each host's result.
class DeployController : public QObject
{
    Q_OBJECT

public:
    DeployController(TopologyDocument *document, ProblemTracker *problems, QWidget *window);
    ~DeployController() override;

    QAction *applyAction() const { return m_apply; }
    QAction *statusAction() const { return m_status; }
    QAction *destroyAction() const { return m_destroy; }
    QAction *cancelAction() const { return m_cancel; }
    // Deploy > Deploy Settings: style and hosts at once (kept in the user's settings).
    QAction *settingsAction() const { return m_settings; }
    DeployDock *dock() const { return m_dock; }
    DeployEngine *engine() const { return m_engine; }

    void run(DeployAction action);
    // The window's language changed: the actions' texts follow.
    void retranslate();
    // Starts a run on some hosts (empty: all), stepping if asked (the engine's stepping mode,
    // driven by the caller). False when it did not start (a run is going on, the design has
    // errors).
    bool start(DeployAction action, const QStringList &hosts, bool stepping);
    // How this window connects to hosts (known hosts, host-key and password prompts on the GUI
    // thread, the passwords remembered in memory), for others that connect too.
    DeployOptions connectionOptions();
    // Tests: how to reach hosts instead of SSH (DeployOptions::shellFactory).
    void setShellFactory(decltype(DeployOptions::shellFactory) factory)
    {
        m_shellFactory = std::move(factory);
    }
    // Where the open project's file is (empty: not saved): build context files are read beside it.
    void setProjectFile(std::function<QString()> path) { m_projectFile = std::move(path); }
    bool isRunning() const { return m_engine->isRunning(); }
    // The running deploy's action, or the last one's.
    DeployAction action() const { return m_action; }
    // The prompts deploys use, for other SSH users (monitoring): they ask on the GUI thread and
    // share the passwords kept in memory.
    HostKeyPrompt hostKeyPrompt();
    std::function<QString(const Host &)> passwordSource();
    // Why the open topology may not be replaced now, or empty.
    QString busyReason() const;
    // The window is closing: true when it may close now. During a deploy the user chooses to
    // cancel it (the window closes as soon as the hosts have stopped) or to keep it running.
    bool mayClose();

signals:
    void started();
    void hostResult(const QString &host, bool ok, const QString &detail);
    void finished(const QList<studio::HostOutcome> &outcomes);
    // A close was postponed until the cancelled deploy stopped: close now.
    void closeRequested();
    void settingsChanged(const studio::DeploySettings &settings);

private:
    void updateActions();
    bool askHostKey(const UnknownHostKey &key);
    void editSettings();
    QString askPassword(const Host &host);

    TopologyDocument *m_document;
    ProblemTracker *m_problems;
    QWidget *m_window;
    DeployEngine *m_engine;
    DeployDock *m_dock;
    QAction *m_apply;
    QAction *m_status;
    QAction *m_destroy;
    QAction *m_cancel;
    QAction *m_settings;
    bool m_closeWhenStopped = false;
    decltype(DeployOptions::shellFactory) m_shellFactory;
    std::function<QString()> m_projectFile;
    // Passwords by user@address:port, in memory only; shared with the deploy workers.
    std::shared_ptr<CredentialCache> m_passwords = std::make_shared<CredentialCache>();
    DeployAction m_action = DeployAction::Status;
    // Set when the window goes: deploy workers waiting for a prompt's answer give up.
    std::shared_ptr<std::atomic<bool>> m_promptsAbandoned = std::make_shared<std::atomic<bool>>();
};

} // namespace studio
