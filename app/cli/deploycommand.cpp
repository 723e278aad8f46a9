#include "clicommands.h"

#include "engine/deployengine.h"
#include "engine/stepsequencer.h"
#include "model/projectfile.h"
#include "model/validation.h"
#include "ssh/knownhostsfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTimer>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <termios.h>
#include <unistd.h>

namespace studio {
class DeployCli
{
    Q_DECLARE_TR_FUNCTIONS(studio::DeployCli)
};
} // namespace studio

namespace studio::cli {

namespace {

std::mutex g_terminal; // prompts from several host workers, one at a time

// The first Ctrl-C cancels the deploy (every host stops promptly and says what it did); the
// handler then steps aside, so a second one ends the program at once.
volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onInterrupt(int)
{
    g_interrupted = 1;
    std::signal(SIGINT, SIG_DFL);
}

QString askLine(const QString &question, bool echo)
{
    std::lock_guard<std::mutex> lock(g_terminal);
    std::fprintf(stderr, "%s", question.toLocal8Bit().constData());
    std::fflush(stderr);
    termios saved{};
    const bool tty = ::isatty(STDIN_FILENO);
    if (tty && !echo) {
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty && !echo) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    return QString::fromStdString(line);
}

QJsonObject outcomeJson(const HostOutcome &o)
{
    QJsonArray steps;
    for (const StepOutcome &s : o.steps)
        steps.append(QJsonObject{{QStringLiteral("explanation"), s.explanation},
                                 {QStringLiteral("command"), s.command},
                                 {QStringLiteral("exitStatus"), s.result.exitStatus},
                                 {QStringLiteral("stdout"), QString::fromUtf8(s.result.out)},
                                 {QStringLiteral("stderr"), QString::fromUtf8(s.result.err)},
                                 {QStringLiteral("elapsedMs"), s.result.elapsedMs}});
    QJsonArray status;
    for (const ObjectStatus &s : o.status)
        status.append(QJsonObject{{QStringLiteral("object"), s.name},
                                  {QStringLiteral("objectId"), qint64(s.object)},
                                  {QStringLiteral("state"), stateText(s.state)},
                                  {QStringLiteral("detail"), s.detail}});
    return {{QStringLiteral("host"), o.host},
            {QStringLiteral("ok"), o.ok},
            {QStringLiteral("reachable"), o.reachable},
            {QStringLiteral("cancelled"), o.cancelled},
            {QStringLiteral("changed"), o.changed()},
            {QStringLiteral("error"), o.error},
            {QStringLiteral("conflicts"), QJsonArray::fromStringList(o.conflicts)},
            {QStringLiteral("elapsedMs"), o.elapsedMs},
            {QStringLiteral("connectMs"), o.connectMs},
            {QStringLiteral("readMs"), o.readMs},
            {QStringLiteral("steps"), steps},
            {QStringLiteral("status"), status}};
}

} // namespace

int deployCommand(const QString &verb, const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption host(QStringLiteral("host"),
                                  DeployCli::tr("Only this host (repeatable)."),
                                  DeployCli::tr("name"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  DeployCli::tr("Print the result as JSON."));
    const QCommandLineOption failFast(QStringLiteral("fail-fast"),
                                      DeployCli::tr("Stop every host when one fails."));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        DeployCli::tr("Read the hosts and show what would change; change nothing."));
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        DeployCli::tr("known_hosts file to check host keys against."), DeployCli::tr("file"),
        defaultKnownHostsFile());
    const QCommandLineOption acceptNew(
        QStringLiteral("accept-new-host-keys"),
        DeployCli::tr("Trust host keys never seen before (changed keys are "
                      "always refused)."));
    const QCommandLineOption timeout(QStringLiteral("command-timeout"),
                                     DeployCli::tr("Seconds a command may take."),
                                     DeployCli::tr("s"), QStringLiteral("300"));
    const QCommandLineOption style(
        QStringLiteral("style"),
        DeployCli::tr("How containers are started and plugged: fast (default) or guide "
                      "(ovs-docker, one after another, as the tutorial does)."),
        DeployCli::tr("style"), QStringLiteral("fast"));
    const QCommandLineOption forks(
        QStringLiteral("forks"),
        DeployCli::tr("At most this many hosts connected at once (0: all; default %1).")
            .arg(DeployOptions::kDefaultMaxParallelHosts),
        DeployCli::tr("n"), QString::number(DeployOptions::kDefaultMaxParallelHosts));
    const QCommandLineOption step(
        QStringLiteral("step"),
        DeployCli::tr("apply only: show each step and ask before running it (y/n/all/quit)."));
    const QCommandLineOption removeImages(
        QStringLiteral("remove-images"),
        DeployCli::tr("destroy: also remove the images this topology built or copied."));
    parser.addOptions({host, json, failFast, dryRun, knownHosts, acceptNew, timeout, style, forks,
                       step, removeImages});
    parser.addPositionalArgument(QStringLiteral("file"), DeployCli::tr("The topology file."));
    const QString usage
        = DeployCli::tr("usage: overlaystudio-cli %1 FILE [--host NAME] [--json] [--fail-fast] "
                        "[--dry-run] [--known-hosts FILE] [--accept-new-host-keys] "
                        "[--style fast|guide] [--forks N]%2%3")
              .arg(verb, verb == QLatin1String("apply") ? QStringLiteral(" [--step]") : QString(),
                   verb == QLatin1String("destroy") ? QStringLiteral(" [--remove-images]")
                                                    : QString());
    if (helpAsked(args))
        return printHelp(parser, usage, io);
    if (!parser.parse(QStringList{verb} + args) || parser.positionalArguments().size() != 1) {
        io.err << usage << '\n';
        if (!parser.errorText().isEmpty())
            io.err << parser.errorText() << '\n';
        return Usage;
    }
    if (parser.isSet(removeImages) && verb != QLatin1String("destroy")) {
        io.err << DeployCli::tr("error: --remove-images is for destroy only.") << '\n';
        return Usage;
    }
    const auto planStyle = parsePlanStyle(parser.value(style));
    bool forksOk = false;
    const int maxHosts = parser.value(forks).toInt(&forksOk);
    if (!planStyle || !forksOk || maxHosts < 0) {
        io.err << (planStyle ? DeployCli::tr("error: --forks takes a number of hosts (0: all), "
                                             "not '%1'.")
                                   .arg(parser.value(forks))
                             : DeployCli::tr("error: unknown style '%1'; use fast or guide.")
                                   .arg(parser.value(style)))
               << '\n';
        return Usage;
    }
    const bool stepping = parser.isSet(step);
    if (stepping && (verb != QLatin1String("apply") || parser.isSet(dryRun))) {
        io.err << DeployCli::tr("error: --step goes with apply only, and not with --dry-run.")
               << '\n';
        return Usage;
    }
    const QString file = parser.positionalArguments().first();
    auto loaded = projectfile::load(file);
    if (!loaded) {
        io.err << DeployCli::tr("error: %1").arg(loaded.error().toString()) << '\n';
        return Problems;
    }
    const Topology topology = std::move(loaded).value();
    const QList<Problem> problems = validate(topology);
    if (hasErrors(problems)) {
        for (const Problem &p : problems) {
            if (p.severity == Severity::Error)
                io.err << DeployCli::tr("error: %1").arg(p.text()) << '\n';
        }
        io.err << DeployCli::tr(
                      "%1 has errors; nothing was deployed. Run 'overlaystudio-cli validate %1'.")
                      .arg(file)
               << '\n';
        return Problems;
    }
    for (const QString &name : parser.values(host)) {
        if (std::none_of(topology.hosts().begin(), topology.hosts().end(),
                         [&](const Host &h) { return h.name == name; })) {
            io.err << DeployCli::tr("error: %1 has no host named '%2'.").arg(file, name) << '\n';
            return Usage;
        }
    }

    DeployOptions options;
    options.knownHostsFile = parser.value(knownHosts);
    options.failFast = parser.isSet(failFast);
    options.dryRun = parser.isSet(dryRun);
    options.removeImages = parser.isSet(removeImages);
    options.projectDir = QFileInfo(file).absolutePath(); // where build context files are read
    options.onlyHosts = parser.values(host);
    options.commandTimeoutMs = parser.value(timeout).toInt() * 1000;
    options.style = *planStyle;
    options.maxParallelHosts = maxHosts;
    options.stepping = stepping;
    if (stepping) // the hosts take turns: every one must be connected to say its next step
        options.maxParallelHosts = 0;
    const bool acceptNewKeys = parser.isSet(acceptNew);
    const bool interactive = ::isatty(STDIN_FILENO);
    options.hostKeyPrompt = [acceptNewKeys, interactive](const UnknownHostKey &key) {
        const QString text = DeployCli::tr("The host key of %1 (%2) is not known yet: %3 %4.")
                                 .arg(key.host, key.address, key.keyType, key.fingerprint);
        if (acceptNewKeys) {
            std::lock_guard<std::mutex> lock(g_terminal);
            std::fprintf(stderr, "%s\n",
                         qPrintable(text + DeployCli::tr(" Trusted (--accept-new-host-keys).")));
            return true;
        }
        if (!interactive)
            return false;
        const QString answer
            = askLine(text + DeployCli::tr(" Trust it? [y/N] "), true).trimmed().toLower();
        return answer == QLatin1String("y") || answer == QLatin1String("yes");
    };
    options.password = [interactive](const Host &h) -> QString {
        if (!interactive)
            return {};
        return askLine(DeployCli::tr("Password for %1@%2: ").arg(h.user, h.managementAddress),
                       false);
    };
    // Memory only, for this run: a password the host refuses is forgotten.
    options.credentials = std::make_shared<CredentialCache>();

    const DeployAction action = verb == QLatin1String("apply")     ? DeployAction::Apply
                                : verb == QLatin1String("destroy") ? DeployAction::Destroy
                                                                   : DeployAction::Status;
    DeployEngine engine;
    QObject::connect(&engine, &DeployEngine::hostPhase, &engine,
                     [&io](const QString &h, const QString &phase) {
                         io.err << "[" << h << "] " << phase << '\n';
                         io.err.flush();
                     });
    QObject::connect(&engine, &DeployEngine::stepStarted, &engine,
                     [&io](const QString &h, int i, int n, const QString &what, const QString &) {
                         io.err << "[" << h << "] " << i + 1 << "/" << n << " " << what << '\n';
                         io.err.flush();
                     });
    // --step: one step at a time, hosts in turn; the answer is read from the terminal (or
    // whatever stdin is: a script may answer too; its end quits).
    StepSequencer sequencer(&engine);
    if (stepping) {
        QStringList hosts;
        for (const Host &h : topology.hosts()) {
            if (options.onlyHosts.isEmpty() || options.onlyHosts.contains(h.name))
                hosts << h.name;
        }
        sequencer.begin(hosts);
        QObject::connect(&sequencer, &StepSequencer::stepReady, &engine, [&](const PendingStep &s) {
            QString text = DeployCli::tr("\n[%1] step %2 of %3: %4\n")
                               .arg(s.host)
                               .arg(s.index + 1)
                               .arg(s.count)
                               .arg(s.step.explanation);
            for (const QString &d : s.step.details)
                text += QStringLiteral("    - ") + d + QLatin1Char('\n');
            QStringList creates;
            for (ObjectId id : s.step.creates)
                creates << topology.displayName(id);
            if (!creates.isEmpty())
                text += DeployCli::tr("  creates: %1\n").arg(creates.join(QStringLiteral(", ")));
            text += QStringLiteral("  $ ") + s.step.command.toShell(true) + QLatin1Char('\n');
            io.err.flush();
            for (;;) {
                if (!std::cin) {
                    engine.cancel();
                    return;
                }
                const QString answer = askLine(text
                                                   + DeployCli::tr("Run it? [y]es, [n]o (skip), "
                                                                   "[a]ll, [q]uit: "),
                                               true)
                                           .trimmed()
                                           .toLower();
                text.clear();
                if (answer == QLatin1String("y") || answer == QLatin1String("yes"))
                    return sequencer.next();
                if (answer == QLatin1String("n") || answer == QLatin1String("no"))
                    return sequencer.skip();
                if (answer == QLatin1String("a") || answer == QLatin1String("all"))
                    return sequencer.runToEnd();
                if (answer == QLatin1String("q") || answer == QLatin1String("quit") || !std::cin) {
                    engine.cancel();
                    return;
                }
            }
        });
        QObject::connect(
            &sequencer, &StepSequencer::stepDone, &engine,
            [&io](const PendingStep &s, const StepOutcome &o) {
                const QString output = QString::fromUtf8(o.result.out + o.result.err).trimmed();
                if (!output.isEmpty())
                    io.err << output << '\n';
                io.err
                    << "[" << s.host << "] "
                    << (o.skipped ? DeployCli::tr("skipped")
                        : o.result.signal.isEmpty()
                            ? DeployCli::tr("exit status %1").arg(o.result.exitStatus)
                            : DeployCli::tr("ended without exit status (%1)").arg(o.result.signal))
                    << '\n';
                io.err.flush();
            });
    }
    QList<HostOutcome> outcomes;
    QEventLoop loop;
    QObject::connect(&engine, &DeployEngine::finished, &loop, [&](const QList<HostOutcome> &o) {
        outcomes = o;
        loop.quit();
    });
    QTimer interrupts;
    QObject::connect(&interrupts, &QTimer::timeout, &engine, [&engine, &io] {
        if (g_interrupted && !engine.isCancelled()) {
            io.err << DeployCli::tr("Cancelling: every host stops now; a command already "
                                    "running may still finish on its host (Ctrl-C again to "
                                    "quit at once).")
                   << '\n';
            io.err.flush();
            engine.cancel();
        }
    });
    g_interrupted = 0;
    const auto previous = std::signal(SIGINT, onInterrupt);
    interrupts.start(50);
    QElapsedTimer timer;
    timer.start();
    engine.start(action, topology, options);
    loop.exec();
    engine.waitForFinished();
    interrupts.stop();
    std::signal(SIGINT, previous);

    bool allOk = true;
    bool inSync = true;
    for (const HostOutcome &o : outcomes) {
        allOk = allOk && o.ok;
        for (const ObjectStatus &s : o.status)
            inSync = inSync && s.state == ObjectStatus::State::InSync;
        inSync = inSync && o.reachable && o.conflicts.isEmpty();
    }
    if (parser.isSet(json)) {
        QJsonArray hosts;
        for (const HostOutcome &o : outcomes)
            hosts.append(outcomeJson(o));
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("action"), verb},
                                            {QStringLiteral("topology"), topology.name},
                                            {QStringLiteral("style"), planStyleName(options.style)},
                                            {QStringLiteral("forks"), options.maxParallelHosts},
                                            {QStringLiteral("ok"), allOk},
                                            {QStringLiteral("inSync"), inSync},
                                            {QStringLiteral("elapsedMs"), timer.elapsed()},
                                            {QStringLiteral("hosts"), hosts}})
                      .toJson();
    } else {
        // Status reads as a table: hosts, objects and states in columns.
        int hostWidth = 0, nameWidth = 0;
        for (const HostOutcome &o : outcomes) {
            hostWidth = std::max(hostWidth, int(o.host.size()));
            for (const ObjectStatus &s : o.status)
                nameWidth = std::max(nameWidth, int(s.name.size()));
        }
        for (const HostOutcome &o : outcomes) {
            if (action == DeployAction::Status) {
                if (!o.reachable || !o.error.isEmpty()) {
                    io.out << o.host << ": " << DeployCli::tr("UNKNOWN: %1").arg(o.error) << '\n';
                    continue;
                }
                for (const ObjectStatus &s : o.status)
                    io.out << o.host.leftJustified(hostWidth) << "  "
                           << s.name.leftJustified(nameWidth) << "  " << stateText(s.state)
                           << (s.detail.isEmpty()
                                   ? QString()
                                   : QStringLiteral(" (") + s.detail + QLatin1Char(')'))
                           << '\n';
                for (const QString &c : o.conflicts)
                    io.out << o.host.leftJustified(hostWidth) << "  "
                           << DeployCli::tr("conflict: %1").arg(c) << '\n';
                continue;
            }
            if (!o.ok) {
                io.out << DeployCli::tr("%1: FAILED: %2").arg(o.host, o.error) << '\n';
            } else if (options.dryRun) {
                io.out << DeployCli::tr("%1: would run %n step(s)", nullptr, int(o.steps.size()))
                              .arg(o.host)
                       << '\n';
                for (const StepOutcome &s : o.steps)
                    io.out << "  # " << s.explanation << "\n  " << s.command << '\n';
            } else if (std::any_of(o.steps.begin(), o.steps.end(),
                                   [](const StepOutcome &s) { return s.skipped; })) {
                const auto skipped = std::count_if(o.steps.begin(), o.steps.end(),
                                                   [](const StepOutcome &s) { return s.skipped; });
                io.out << DeployCli::tr("%1: %2 step(s) run, %3 skipped: the host may differ "
                                        "from the design (see status)")
                              .arg(o.host)
                              .arg(o.steps.size() - std::size_t(skipped))
                              .arg(skipped)
                       << '\n';
            } else if (!o.changed()) {
                io.out << DeployCli::tr("%1: up to date, nothing changed (%2 ms)")
                              .arg(o.host)
                              .arg(o.elapsedMs)
                       << '\n';
            } else {
                io.out << DeployCli::tr("%1: %n step(s) run in %2 ms", nullptr, int(o.steps.size()))
                              .arg(o.host)
                              .arg(o.elapsedMs)
                       << '\n';
            }
        }
        io.out << DeployCli::tr("%1 %2 in %3 ms.")
                      .arg(verb, allOk ? DeployCli::tr("succeeded") : DeployCli::tr("FAILED"))
                      .arg(timer.elapsed())
               << '\n';
    }
    if (action == DeployAction::Status)
        return inSync ? Ok : Problems;
    return allOk ? Ok : Problems;
}

} // namespace studio::cli
