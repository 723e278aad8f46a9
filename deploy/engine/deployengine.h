#pragma once

#include "reconciler.h"
#include "remoteshell.h"
#include "stepgate.h"

#include "ssh/credentialcache.h"
#include "ssh/sshsession.h"

#include "model/topology.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace studio {

enum class DeployAction { Apply, Destroy, Status };

struct StepOutcome
{
    QString explanation;
    QString command;
    ExecResult result;
    bool skipped = false; // stepping mode: the user chose not to run it
};

struct HostOutcome
{
    QString host;
    bool ok = false;
    QString error;                    // why the host failed: names the host, step, command, stderr
    QStringList conflicts;            // objects in the way (apply refuses to touch them)
    std::vector<StepOutcome> steps;   // what ran
    std::vector<ObjectStatus> status; // per object, before the run
    bool reachable = false;
    bool cancelled = false; // stopped by DeployEngine::cancel(), not by a failure
    qint64 elapsedMs = 0;
    // Where the time went, for benchmarks: connecting (SSH and the remote shell) and reading the
    // host's state; each step's own time is in its result.
    qint64 connectMs = 0;
    qint64 readMs = 0;

    bool changed() const { return !steps.empty(); }
};

struct DeployOptions
{
    QString knownHostsFile;
    HostKeyPrompt hostKeyPrompt;                   // called from worker threads
    std::function<QString(const Host &)> password; // for password auth; called from workers
    // Passwords remembered by user@address:port, asked for only when missing; one the host refuses
    // is forgotten (and asked for again once). Null: ask every time.
    std::shared_ptr<CredentialCache> credentials;
    bool failFast = false;     // a failing host stops the others after their current step
    bool dryRun = false;       // read and reconcile, run nothing
    bool removeImages = false; // destroy also removes the images this topology built or copied
    // The project file's folder: images built with context files read them there (empty: the
    // project is not saved, and such a build fails with a message saying so).
    QString projectDir;
    // Apply step by step: each host waits before every step until releaseStep(), skipStep() or
    // runToEnd() lets it go (stepWaiting says what it waits with).
    bool stepping = false;
    QStringList onlyHosts; // empty: every host
    int connectTimeoutMs = 10000;
    int commandTimeoutMs = 300000;
    PlanStyle style = PlanStyle::Fast; // how containers are started and plugged (see PlanStyle)
    // At most this many hosts are connected at once (0: all of them); the others wait their turn.
    // When the hosts do not all fit, each is read and disconnected first, and connected (and
    // read) again when its turn to change comes.
    int maxParallelHosts = kDefaultMaxParallelHosts;
    static constexpr int kDefaultMaxParallelHosts = 32;
    // Makes the shell for a host; default: SSH with the options above.
    std::function<std::unique_ptr<RemoteShell>(const Host &, const DeployOptions &)> shellFactory;
};

// Runs apply, destroy or status on all hosts at once, off the calling thread. Progress and results
// arrive as signals (queued to the thread the engine lives in); nothing here blocks a GUI.
class DeployEngine : public QObject
{
    Q_OBJECT

public:
    explicit DeployEngine(QObject *parent = nullptr);
    ~DeployEngine() override;

    bool isRunning() const;
    // Refused (false, nothing starts) while a run is in progress. A topology with validation
    // errors starts a run that touches no host and reports the errors for every host.
    bool start(DeployAction action, const Topology &topology, const DeployOptions &options);
    // Returns at once. Every host stops within tens of milliseconds: connecting, reading or
    // running a step, which is abandoned (and may still finish on its host). Outcomes say so.
    void cancel();
    bool isCancelled() const { return m_cancel; }
    void waitForFinished();

    // Stepping mode (DeployOptions::stepping). Each returns at once; a decision given before the
    // host waits is kept for its next step. Without a stepping run they do nothing.
    void releaseStep(const QString &host);
    void skipStep(const QString &host);
    void runToEnd();

    static std::unique_ptr<RemoteShell> sshShell(const Host &host, const DeployOptions &options);

signals:
    void hostPhase(const QString &host, const QString &phase);
    // command: one line for a log, a script of ours shown as '…' with its arguments (the step's
    // outcome and the plan carry it whole).
    void stepStarted(const QString &host, int index, int count, const QString &explanation,
                     const QString &command);
    void stepFinished(const QString &host, int index, bool ok, const QString &output);
    // What a step did: its exit status and output, or that it was skipped.
    void stepResult(const QString &host, int index, const studio::StepOutcome &outcome);
    // Stepping mode: the host waits before this step until it is released or skipped.
    void stepWaiting(const QString &host, int index, int count, const studio::PlanStep &step);
    // Per object, what the host had before any change (apply and status; after reading it).
    void hostStatus(const QString &host, const QList<studio::ObjectStatus> &status);
    void hostFinished(const studio::HostOutcome &outcome);
    void finished(const QList<studio::HostOutcome> &outcomes);

private:
    void run(DeployAction action, Topology topology, DeployOptions options,
             std::shared_ptr<StepGate> gate);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    std::shared_ptr<StepGate> m_gate; // stepping runs only
};

} // namespace studio

Q_DECLARE_METATYPE(studio::HostOutcome)
Q_DECLARE_METATYPE(studio::StepOutcome)
Q_DECLARE_METATYPE(studio::PlanStep)
Q_DECLARE_METATYPE(studio::ObjectStatus)
