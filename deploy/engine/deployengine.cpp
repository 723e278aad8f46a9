#include "deployengine.h"

#include "images/imagephase.h"
#include "images/imagesteps.h"
#include "plan/remotecommand.h"

#include "model/validation.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>
#include <QThreadPool>

#include <functional>
#include <map>
#include <memory>
#include <mutex>

namespace studio {

class DeployEngineText
{
    Q_DECLARE_TR_FUNCTIONS(studio::DeployEngine)
};

namespace {

class SshShell : public RemoteShell
{
public:
    SshShell(const Host &host, const DeployOptions &options)
        : m_host(host)
        , m_options(options)
    {}

    Status open() override
    {
        SshTarget target = SshTarget::forHost(m_host, m_options.knownHostsFile);
        target.connectTimeoutMs = m_options.connectTimeoutMs;
        if (m_host.auth == AuthMethod::Password) {
            if (!m_options.password)
                return Error{
                    m_host.name,
                    DeployEngineText::tr(
                        "uses password authentication, but no password can be asked for here."),
                    DeployEngineText::tr("Use a key or the SSH agent, or run interactively.")};
            target.password = m_options.password(m_host);
        }
        if (auto connected = m_session.connect(target, m_options.hostKeyPrompt); !connected)
            return connected;
        if (cancelled()) // the host key prompt may have waited for the user
            return Error{m_host.name, SshSession::cancelledMessage(), {}};
        if (auto shell = m_session.openShell(m_options.commandTimeoutMs, m_host.sudo); !shell) {
            Error e = shell.error();
            if (m_host.sudo)
                e.fix = DeployEngineText::tr("%1 needs passwordless sudo for %2 (sudo -n).")
                            .arg(m_host.name, m_host.user);
            return e;
        }
        return success();
    }

    Result<ExecResult> exec(const QString &command, int timeoutMs) override
    {
        return m_session.runInShell(command, timeoutMs);
    }

    Result<ExecResult> execStreaming(const QString &command, const SshSession::InputChunk &next,
                                     int idleTimeoutMs) override
    {
        // The persistent shell runs through sudo already; a channel of its own needs it too.
        const QString line
            = m_host.sudo ? QStringLiteral("sudo -n sh -c ") + shellQuote(command) : command;
        return m_session.execStreaming(line, next, idleTimeoutMs);
    }

    bool authenticationRejected() const override { return m_session.authenticationRejected(); }

protected:
    void cancelFlagChanged() override { m_session.setCancelFlag(cancelFlag()); }

private:
    Host m_host;
    DeployOptions m_options;
    SshSession m_session;
};

struct HostRun
{
    const Host *host = nullptr;
    std::unique_ptr<RemoteShell> shell;
    HostState state;
    HostOutcome outcome;
    bool ready = false; // connected and state read
};

Status openShell(HostRun &r, const DeployOptions &options, const std::atomic_bool &cancel)
{
    // Passwords come from the cache when the same user@address:port had one accepted; one the
    // host refuses is forgotten, and a remembered one that is refused is asked for once more.
    const std::shared_ptr<CredentialCache> cache
        = r.host->auth == AuthMethod::Password ? options.credentials : nullptr;
    const QString key = CredentialCache::keyFor(*r.host);
    for (int attempt = 0; attempt < 2; ++attempt) {
        DeployOptions hostOptions = options;
        QString typed;
        bool remembered = false;
        if (cache) {
            hostOptions.password = [&](const Host &h) {
                if (const auto known = cache->password(key)) {
                    remembered = true;
                    return *known;
                }
                typed = options.password ? options.password(h) : QString();
                return typed;
            };
        }
        r.shell = options.shellFactory(*r.host, hostOptions);
        r.shell->setCancelFlag(&cancel);
        Status opened = r.shell->open();
        if (!cache)
            return opened;
        if (opened) {
            if (!typed.isEmpty())
                cache->remember(key, typed);
            return opened;
        }
        if (!r.shell->authenticationRejected())
            return opened;
        cache->forget(key);
        if (!remembered || cancel)
            return opened;
    }
    return Error{r.host->name, DeployEngineText::tr("authentication failed."), {}};
}

// command: the step's, as reports show it (RemoteCommand::toShellBrief).
QString describeFailure(const HostRun &run, const StepOutcome &step, const QString &command)
{
    QString reason = QString::fromUtf8(step.result.err.trimmed());
    if (reason.isEmpty())
        reason = QString::fromUtf8(step.result.out.trimmed().right(500));
    const QString status
        = step.result.signal.isEmpty()
              ? DeployEngineText::tr("exit status %1").arg(step.result.exitStatus)
              : DeployEngineText::tr("ended without exit status (%1)").arg(step.result.signal);
    return DeployEngineText::tr("%1: step \"%2\" failed (%3).\n  command: %4\n  error: %5")
        .arg(run.host->name, step.explanation, status, command,
             reason.isEmpty() ? DeployEngineText::tr("(no output)") : reason);
}

} // namespace

DeployEngine::DeployEngine(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<studio::HostOutcome>();
    qRegisterMetaType<QList<studio::HostOutcome>>();
    qRegisterMetaType<studio::StepOutcome>();
    qRegisterMetaType<studio::PlanStep>();
    qRegisterMetaType<QList<studio::ObjectStatus>>();
}

DeployEngine::~DeployEngine()
{
    cancel();
    waitForFinished();
}

bool DeployEngine::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DeployEngine::cancel()
{
    m_cancel = true;
    if (m_gate)
        m_gate->wake();
}

void DeployEngine::releaseStep(const QString &host)
{
    if (m_gate)
        m_gate->release(host);
}

void DeployEngine::skipStep(const QString &host)
{
    if (m_gate)
        m_gate->skip(host);
}

void DeployEngine::runToEnd()
{
    if (m_gate)
        m_gate->openAll();
}

void DeployEngine::waitForFinished()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

std::unique_ptr<RemoteShell> DeployEngine::sshShell(const Host &host, const DeployOptions &options)
{
    return std::make_unique<SshShell>(host, options);
}

bool DeployEngine::start(DeployAction action, const Topology &topology,
                         const DeployOptions &options)
{
    if (isRunning())
        return false;
    waitForFinished();
    m_cancel = false;
    m_gate = options.stepping && action == DeployAction::Apply && !options.dryRun
                 ? std::make_shared<StepGate>()
                 : nullptr;
    m_thread = QThread::create(
        [this, action, topology, options, gate = m_gate] { run(action, topology, options, gate); });
    m_thread->start();
    return true;
}

void DeployEngine::run(DeployAction action, Topology topology, DeployOptions options,
                       std::shared_ptr<StepGate> gate)
{
    if (!options.shellFactory)
        options.shellFactory = &DeployEngine::sshShell;
    std::vector<HostRun> runs;
    for (const Host &h : topology.hosts()) {
        if (!options.onlyHosts.isEmpty() && !options.onlyHosts.contains(h.name))
            continue;
        HostRun r;
        r.host = &h;
        r.outcome.host = h.name;
        runs.push_back(std::move(r));
    }
    // Ends the run before any host is contacted, with this error (%1: the host) for each.
    const auto finishAll = [&](const QStringList &hosts, const QString &error) {
        QList<HostOutcome> outcomes;
        for (const QString &host : hosts) {
            HostOutcome o;
            o.host = host;
            o.error = error.arg(host);
            emit hostFinished(o);
            outcomes << o;
        }
        emit finished(outcomes);
    };
    QStringList selected;
    for (const HostRun &r : runs)
        selected << r.host->name;

    // The engine's own gate, whoever calls it: only a valid design reaches a host.
    const QList<Problem> problems = validate(topology);
    if (hasErrors(problems)) {
        int errors = 0;
        QString first;
        for (const Problem &p : problems) {
            if (p.severity == Severity::Error && ++errors == 1)
                first = p.text();
        }
        finishAll(selected, DeployEngineText::tr(
                                "%1: nothing was done: the topology has %n error(s); the first: %2",
                                nullptr, errors)
                                .arg(QStringLiteral("%1"), first));
        return;
    }
    QStringList unknown;
    for (const QString &name : options.onlyHosts) {
        if (std::none_of(topology.hosts().begin(), topology.hosts().end(),
                         [&name](const Host &h) { return h.name == name; }))
            unknown << name;
    }
    if (!unknown.isEmpty()) {
        finishAll(options.onlyHosts,
                  DeployEngineText::tr("%1: nothing was done: the topology has no host named %2.")
                      .arg(QStringLiteral("%1"), unknown.join(QStringLiteral(", "))));
        return;
    }

    // Every host in its own thread: SSH round trips, not CPU, set the pace. Each host is its own
    // task: a map over the hosts may hand several to one thread when the pool is slow to grow
    // (a loaded machine), and a long step of one host would then hold back the next. At most
    // maxParallelHosts of them at once: a classroom of 100 hosts is not 100 connections at once.
    const int hostCount = int(runs.size());
    const int atOnce = options.maxParallelHosts > 0
                           ? std::min(options.maxParallelHosts, std::max(1, hostCount))
                           : std::max(1, hostCount);
    // Not every host fits: each is read and let go, and connected again for its changes.
    const bool letGo = hostCount > atOnce;
    const bool reconnect = letGo && action != DeployAction::Status && !options.dryRun;
    QThreadPool pool;
    pool.setMaxThreadCount(atOnce);
    const auto onEveryHost = [&pool, &runs](const std::function<void(HostRun &)> &work) {
        for (HostRun &r : runs)
            pool.start([&work, &r] { work(r); });
        pool.waitForDone();
    };
    std::atomic_bool failed{false};
    const auto cancelledBy = [this](HostRun &r, const QString &when) {
        r.outcome.cancelled = true;
        r.outcome.error
            = DeployEngineText::tr("%1: cancelled by the user %2.").arg(r.host->name, when);
    };
    if (hostCount > atOnce) {
        for (const HostRun &r : runs)
            emit hostPhase(
                r.host->name,
                DeployEngineText::tr("waiting for its turn (%1 hosts at a time)").arg(atOnce));
    }

    // Connects and reads what exists; false (with the outcome saying why) when that fails.
    const auto connectAndRead = [&](HostRun &r) {
        emit hostPhase(r.host->name,
                       DeployEngineText::tr("connecting to %1").arg(r.host->managementAddress));
        QElapsedTimer phase;
        phase.start();
        const auto opened = openShell(r, options, m_cancel);
        r.outcome.connectMs += phase.restart();
        if (!opened) {
            if (m_cancel)
                cancelledBy(r, DeployEngineText::tr("while connecting; nothing was changed"));
            else
                r.outcome.error = opened.error().toString();
            return false;
        }
        r.outcome.reachable = true;
        emit hostPhase(r.host->name, DeployEngineText::tr("reading state"));
        QStringList hostImages;
        for (const Container *c : topology.containersOf(r.host->id)) {
            if (!hostImages.contains(c->image))
                hostImages << c->image;
        }
        if (action == DeployAction::Destroy)
            hostImages.clear();
        const RemoteCommand probe = probeCommand(
            topology.name, r.host->name,
            action == DeployAction::Destroy ? ProbeFor::Destroy : ProbeFor::ApplyOrStatus);
        auto output = r.shell->exec(probe.toShell(), options.commandTimeoutMs);
        r.outcome.readMs += phase.elapsed();
        if (m_cancel) {
            cancelledBy(
                r, DeployEngineText::tr("while reading the host's state; nothing was changed"));
        } else if (!output) {
            r.outcome.error = output.error().toString();
        } else if (!output.value().succeeded()) {
            r.outcome.error
                = DeployEngineText::tr("%1: reading the host's state failed: %2")
                      .arg(r.host->name, QString::fromUtf8(output.value().err.trimmed()));
        } else if (auto parsed
                   = parseProbe(output.value().out, topology.name, r.host->name, hostImages);
                   !parsed) {
            r.outcome.error
                = DeployEngineText::tr("%1: %2").arg(r.host->name, parsed.error().toString());
        } else {
            r.state = std::move(parsed).value();
            return true;
        }
        return false;
    };

    // Phase 1: connect and read what exists, on all hosts, before anything changes.
    onEveryHost([&](HostRun &r) {
        QElapsedTimer timer;
        timer.start();
        if (m_cancel) {
            cancelledBy(r, DeployEngineText::tr("before connecting; nothing was changed"));
            return;
        }
        r.ready = connectAndRead(r);
        if (!r.ready && !r.outcome.cancelled)
            failed = true;
        if (letGo)
            r.shell.reset(); // make room for the others; its turn to change comes later
        r.outcome.elapsedMs = timer.elapsed();
    });

    // Missing programs anywhere: report them all and change nothing. (Missing images are the
    // image phase's job.)
    QStringList missing;
    for (HostRun &r : runs) {
        if (!r.ready)
            continue;
        if (!r.state.missingTools.isEmpty())
            emit hostPhase(r.host->name,
                           DeployEngineText::tr(
                               "note: %1 is missing; the deploy does not need it, but Capture "
                               "(Show Packet Path) does. Install it (apt-get install %1).")
                               .arg(r.state.missingTools.join(QStringLiteral(", "))));
        if (!r.state.missingPrograms.isEmpty())
            missing << DeployEngineText::tr("%1 lacks %2")
                           .arg(r.host->name, r.state.missingPrograms.join(QStringLiteral(", ")));
    }
    if (!missing.isEmpty() && action != DeployAction::Status) {
        for (HostRun &r : runs) {
            if (r.ready) {
                r.ready = false;
                r.outcome.error
                    = DeployEngineText::tr(
                          "nothing was changed: prerequisites are missing (%1). Install "
                          "them (openvswitch-switch, docker.io, iproute2, iptables, util-linux), "
                          "then apply again.")
                          .arg(missing.join(QStringLiteral("; ")));
            }
        }
    }

    // Hosts on one machine (the local lab's namespaces) share its Docker engine: one of them gets
    // an image and the others take it, instead of building one name side by side (the second
    // build moves the name away from the image the first host's containers were made from, and
    // the next apply would re-create them).
    struct SharedEngine
    {
        std::mutex turn;
        QSet<QString> obtained;
    };
    std::mutex enginesLock;
    std::map<QString, std::shared_ptr<SharedEngine>> engines;
    const auto engineOf = [&](const HostRun &r) -> std::shared_ptr<SharedEngine> {
        if (r.state.machineId.isEmpty())
            return nullptr;
        const std::lock_guard<std::mutex> lock(enginesLock);
        std::shared_ptr<SharedEngine> &engine = engines[r.state.machineId];
        if (!engine)
            engine = std::make_shared<SharedEngine>();
        return engine;
    };

    // Images: each host that lacks an image builds, copies or pulls it before its other steps
    // (hosts side by side); false when it could not, and then nothing else runs there.
    const auto getImages = [&](HostRun &r) {
        if (action != DeployAction::Apply || r.state.missingImages.isEmpty())
            return true;
        if (options.dryRun) {
            for (const ImageStep &s : ImageSteps::forMissing(topology, r.state.missingImages))
                r.outcome.steps.push_back({s.explanation, s.command.toShell(), {}});
            return true;
        }
        const QString host = r.host->name;
        QStringList wanted = r.state.missingImages;
        const std::shared_ptr<SharedEngine> engine = engineOf(r);
        std::unique_lock<std::mutex> turn;
        if (engine) {
            turn = std::unique_lock<std::mutex>(engine->turn);
            QStringList taken;
            for (const QString &image : std::as_const(wanted)) {
                if (engine->obtained.contains(image))
                    taken << image;
            }
            for (const QString &image : std::as_const(taken))
                wanted.removeAll(image);
            if (!taken.isEmpty())
                emit hostPhase(host, DeployEngineText::tr("%1: another host on this machine got "
                                                          "it (they share one Docker engine)")
                                         .arg(taken.join(QStringLiteral(", "))));
            if (wanted.isEmpty())
                return true;
        }
        ImagePhase::Callbacks callbacks;
        callbacks.progress = [&](const QString &text) {
            emit hostPhase(host, text);
        };
        callbacks.started = [&](int i, int n, const QString &explanation, const QString &command) {
            emit stepStarted(host, i, n, explanation, command);
        };
        callbacks.finished = [&](int i, bool ok, const QString &output) {
            emit stepFinished(host, i, ok, output);
        };
        std::vector<ImagePhase::Done> done;
        const Status got = ImagePhase::run(topology, *r.host, wanted, options.projectDir, *r.shell,
                                           options.commandTimeoutMs, &m_cancel, callbacks, &done);
        for (const ImagePhase::Done &d : done)
            r.outcome.steps.push_back({d.explanation, d.command, d.result});
        if (got) {
            if (engine)
                engine->obtained.unite(QSet<QString>(wanted.begin(), wanted.end()));
            return true;
        }
        r.outcome.cancelled = m_cancel;
        r.outcome.error = got.error().toString();
        if (!m_cancel)
            failed = true;
        return false;
    };

    // Phase 2: reconcile and run, all hosts at once; a failing host stops, the others go on
    // (unless fail-fast).
    onEveryHost([&](HostRun &r) {
        // Done with the host: make room for the next one.
        const auto release = qScopeGuard([&] {
            if (letGo)
                r.shell.reset();
        });
        if (r.ready && m_cancel) {
            r.ready = false;
            cancelledBy(r, DeployEngineText::tr("before any change; nothing was changed"));
        }
        if (!r.ready) {
            emit hostFinished(r.outcome);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        if (reconnect) {
            // Read again: the host may have changed while it waited for its turn.
            r.state = HostState();
            if (!connectAndRead(r)) {
                if (!r.outcome.cancelled)
                    failed = true;
                r.outcome.elapsedMs += timer.elapsed();
                emit hostFinished(r.outcome);
                return;
            }
        }
        // Images before anything else on the host: nothing more runs there without them.
        if (!getImages(r)) {
            r.outcome.elapsedMs += timer.elapsed();
            emit hostFinished(r.outcome);
            return;
        }
        Reconciliation plan
            = action == DeployAction::Destroy
                  ? reconcileDestroy(topology.name, r.host->name, r.state, options.style)
                  : reconcileApply(topology, *r.host, r.state, options.style);
        if (action == DeployAction::Destroy && options.removeImages)
            plan.steps.push_back(ImagePhase::removeStep(topology.name));
        r.outcome.status = plan.status;
        ImagePhase::appendStatus(topology, r.state.missingImages, &r.outcome.status);
        r.outcome.conflicts = plan.conflicts;
        emit hostStatus(r.host->name, QList<ObjectStatus>(plan.status.begin(), plan.status.end()));
        if (action == DeployAction::Status || options.dryRun) {
            r.outcome.ok = plan.conflicts.isEmpty();
            for (const PlanStep &s : plan.steps)
                r.outcome.steps.push_back({s.explanation, s.command.toShell(), {}});
            if (options.dryRun)
                r.outcome.ok = true;
            emit hostFinished(r.outcome);
            return;
        }
        if (!plan.conflicts.isEmpty()) {
            r.outcome.error = DeployEngineText::tr("%1: nothing was changed, because: %2")
                                  .arg(r.host->name, plan.conflicts.join(QStringLiteral(" ")));
            failed = true;
            emit hostFinished(r.outcome);
            return;
        }
        const int count = int(plan.steps.size());
        QStringList deferred; // failures of steps after which the host went on
        for (int i = 0; i < count; ++i) {
            const PlanStep &step = plan.steps[std::size_t(i)];
            // Stepping: wait for the user's word on this step (a cancel ends the wait).
            if (gate && !m_cancel && !(options.failFast && failed)) {
                emit stepWaiting(r.host->name, i, count, step);
                if (gate->wait(r.host->name, m_cancel) == StepGate::Decision::Skip) {
                    StepOutcome skipped{step.explanation, step.command.toShell(), {}, true};
                    r.outcome.steps.push_back(skipped);
                    emit stepResult(r.host->name, i, skipped);
                    continue;
                }
            }
            if (m_cancel) {
                r.outcome.cancelled = true;
                r.outcome.error
                    = DeployEngineText::tr("%1: cancelled by the user after %2 of %3 steps.")
                          .arg(r.host->name)
                          .arg(i)
                          .arg(count);
                r.outcome.elapsedMs += timer.elapsed();
                emit hostFinished(r.outcome);
                return;
            }
            if (options.failFast && failed) {
                r.outcome.error
                    = DeployEngineText::tr(
                          "%1: stopped after %2 of %3 steps because another host failed.")
                          .arg(r.host->name)
                          .arg(i)
                          .arg(count);
                r.outcome.elapsedMs += timer.elapsed();
                emit hostFinished(r.outcome);
                return;
            }
            StepOutcome done{step.explanation, step.command.toShell(), {}};
            const QString brief = step.command.toShellBrief(); // for the log and a failure
            emit stepStarted(r.host->name, i, count, step.explanation, brief);
            auto result = r.shell->exec(done.command, options.commandTimeoutMs);
            if (!result) {
                done.result.err = result.error().toString().toUtf8();
                done.result.signal = m_cancel ? DeployEngineText::tr("cancelled")
                                              : DeployEngineText::tr("connection lost");
            } else {
                done.result = result.value();
            }
            const bool ok = done.result.succeeded();
            emit stepResult(r.host->name, i, done);
            emit stepFinished(r.host->name, i, ok,
                              QString::fromUtf8(done.result.out + done.result.err));
            r.outcome.steps.push_back(done);
            if (!ok && step.continueOnFailure && !m_cancel && result) {
                deferred << describeFailure(r, done, brief);
                continue;
            }
            if (!ok) {
                if (m_cancel) {
                    r.outcome.cancelled = true;
                    r.outcome.error
                        = DeployEngineText::tr(
                              "%1: cancelled by the user during step %2 of %3 (\"%4\"); that "
                              "command may still be running on the host.")
                              .arg(r.host->name)
                              .arg(i + 1)
                              .arg(count)
                              .arg(step.explanation);
                } else {
                    r.outcome.error = describeFailure(r, done, brief);
                    failed = true;
                }
                r.outcome.elapsedMs += timer.elapsed();
                emit hostFinished(r.outcome);
                return;
            }
        }
        r.outcome.ok = deferred.isEmpty();
        r.outcome.error = deferred.join(QLatin1Char('\n'));
        if (!r.outcome.ok)
            failed = true;
        r.outcome.elapsedMs += timer.elapsed();
        emit hostFinished(r.outcome);
    });

    QList<HostOutcome> outcomes;
    for (HostRun &r : runs)
        outcomes << r.outcome;
    runs.clear(); // closes the connections in this thread
    emit finished(outcomes);
}

} // namespace studio
