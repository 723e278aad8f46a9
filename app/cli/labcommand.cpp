#include "clicommands.h"

#include "lab/lab.h"
#include "model/projectfile.h"
#include "ssh/knownhostsfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace studio {
class LabCli
{
    Q_DECLARE_TR_FUNCTIONS(studio::LabCli)
};
} // namespace studio

namespace studio::cli {

int labCommand(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption hosts(QStringLiteral("hosts"), LabCli::tr("Number of hosts (up)."),
                                   LabCli::tr("n"), QStringLiteral("2"));
    const QCommandLineOption image(QStringLiteral("image"),
                                   LabCli::tr("Container image the lab provides (up); default: "
                                              "build %1 from busybox-static.")
                                       .arg(Lab::defaultImage()),
                                   LabCli::tr("image"));
    const QCommandLineOption writeTopology(
        QStringLiteral("write-topology"),
        LabCli::tr("Write a topology whose hosts are the lab's (up)."), LabCli::tr("file"));
    const QCommandLineOption runDir(QStringLiteral("run-dir"),
                                    LabCli::tr("Where the lab keeps its state."), LabCli::tr("dir"),
                                    LabOptions().runDir);
    const QCommandLineOption keyDir(QStringLiteral("key-dir"),
                                    LabCli::tr("Where the lab keeps its SSH keys (reused)."),
                                    LabCli::tr("dir"), LabOptions().keyDir);
    const QCommandLineOption knownHosts(
        QStringLiteral("known-hosts"),
        LabCli::tr("known_hosts file to record the lab's host keys in."), LabCli::tr("file"),
        defaultKnownHostsFile());
    const QCommandLineOption json(QStringLiteral("json"), LabCli::tr("Print the status as JSON."));
    parser.addOptions({hosts, image, writeTopology, runDir, keyDir, knownHosts, json});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("up | down | status"));
    const QString usage = LabCli::tr("usage: overlaystudio-cli lab up [--hosts N] [--image IMAGE] "
                                     "[--write-topology FILE] | lab down | lab status [--json]");
    if (helpAsked(args))
        return printHelp(parser, usage, io);
    if (!parser.parse(QStringList{QStringLiteral("lab")} + args)
        || parser.positionalArguments().size() != 1) {
        io.err << usage << '\n';
        if (!parser.errorText().isEmpty())
            io.err << parser.errorText() << '\n';
        return Usage;
    }
    const QString action = parser.positionalArguments().first();
    const auto progress = [&io](const QString &line) {
        io.err << line << '\n';
        io.err.flush();
    };

    if (action == QLatin1String("up")) {
        bool ok = false;
        LabOptions options;
        options.hosts = parser.value(hosts).toInt(&ok);
        if (!ok) {
            io.err << LabCli::tr("--hosts takes a number.") << '\n';
            return Usage;
        }
        options.runDir = parser.value(runDir);
        options.keyDir = parser.value(keyDir);
        options.image = parser.value(image);
        options.knownHostsToUpdate = parser.value(knownHosts);
        QElapsedTimer timer;
        timer.start();
        auto state = Lab::up(options, progress);
        if (!state) {
            io.err << LabCli::tr("error: %1").arg(state.error().toString()) << '\n';
            return Problems;
        }
        io.out << LabCli::tr("Lab is up in %1 s: %2 hosts, image %3.")
                      .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                      .arg(state.value().hosts.size())
                      .arg(state.value().image)
               << '\n';
        for (const LabHost &h : state.value().hosts)
            io.out << "  " << h.name << "  root@" << h.address << "  (netns " << h.netns << ")\n";
        io.out << LabCli::tr("SSH key: %1").arg(state.value().clientKey) << '\n'
               << LabCli::tr("Host keys: %1 (also recorded in %2)")
                      .arg(state.value().knownHosts, parser.value(knownHosts))
               << '\n'
               << LabCli::tr("Underlay gateway (this machine): %1").arg(state.value().bridgeAddress)
               << '\n';
        if (parser.isSet(writeTopology)) {
            const Topology t = Lab::topologyFor(state.value(), QStringLiteral("lab"));
            if (auto saved = projectfile::save(t, parser.value(writeTopology)); !saved) {
                io.err << LabCli::tr("error: %1").arg(saved.error().toString()) << '\n';
                return Problems;
            }
            io.out
                << LabCli::tr("Topology with the lab's hosts: %1").arg(parser.value(writeTopology))
                << '\n';
        }
        return Ok;
    }
    if (action == QLatin1String("down")) {
        if (auto s = Lab::down(parser.value(runDir), progress); !s) {
            io.err << LabCli::tr("error: %1").arg(s.error().toString()) << '\n';
            return Problems;
        }
        io.out << LabCli::tr("Lab is down.") << '\n';
        return Ok;
    }
    if (action == QLatin1String("status")) {
        auto status = Lab::status(parser.value(runDir));
        if (!status) {
            io.err << LabCli::tr("error: %1").arg(status.error().toString()) << '\n';
            return Problems;
        }
        bool healthy = true;
        QJsonArray list;
        for (const LabHostStatus &h : status.value()) {
            const bool good = h.netnsPresent && h.deadProcesses.isEmpty() && h.sshReachable;
            healthy = healthy && good;
            list.append(QJsonObject{
                {QStringLiteral("name"), h.name},
                {QStringLiteral("address"), h.address},
                {QStringLiteral("netns"), h.netnsPresent},
                {QStringLiteral("deadProcesses"), QJsonArray::fromStringList(h.deadProcesses)},
                {QStringLiteral("ssh"), h.sshReachable},
                {QStringLiteral("healthy"), good}});
            if (!parser.isSet(json))
                io.out << h.name << "  " << h.address << "  "
                       << (good ? LabCli::tr("up")
                                : LabCli::tr("DEGRADED: namespace %1, SSH %2, stopped: %3")
                                      .arg(h.netnsPresent ? LabCli::tr("present")
                                                          : LabCli::tr("missing"),
                                           h.sshReachable ? LabCli::tr("answers")
                                                          : LabCli::tr("does not answer"),
                                           h.deadProcesses.isEmpty()
                                               ? LabCli::tr("none")
                                               : h.deadProcesses.join(QStringLiteral(", "))))
                       << '\n';
        }
        if (parser.isSet(json))
            io.out << QJsonDocument(QJsonObject{{QStringLiteral("hosts"), list},
                                                {QStringLiteral("healthy"), healthy}})
                          .toJson();
        return healthy ? Ok : Problems;
    }
    io.err << LabCli::tr("lab: unknown action '%1'; use up, down or status.").arg(action) << '\n';
    return Usage;
}

} // namespace studio::cli
