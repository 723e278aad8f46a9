#pragma once

// Helpers for tests that run against the local lab (as root). They run real programs: the CLI,
// ip netns, docker; nothing is simulated.

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace studio::labtest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Run run(const QStringList &argv, int timeoutMs = 300000)
{
    QProcess p;
    p.start(argv.first(), argv.mid(1));
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timeout"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// Runs a command inside a lab host's namespace with that host's Open vSwitch.
inline Run onHost(int n, const QStringList &argv)
{
    const QString dir = QStringLiteral(STUDIO_LAB_RUN_DIR "/lab%1").arg(n);
    return run(QStringList{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"),
                           QStringLiteral("oslab-h%1").arg(n), QStringLiteral("env"),
                           QStringLiteral("OVS_RUNDIR=") + dir + QStringLiteral("/run")}
               + argv);
}

inline Run inContainer(const QString &container, const QStringList &argv)
{
    return run(QStringList{QStringLiteral("docker"), QStringLiteral("exec"), container} + argv,
               60000);
}

inline bool pings(const QString &container, const QString &address)
{
    return inContainer(container,
                       {QStringLiteral("ping"), QStringLiteral("-c"), QStringLiteral("2"),
                        QStringLiteral("-W"), QStringLiteral("2"), address})
               .exitCode
           == 0;
}

struct CliResult
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray err;
};

// The CLI under test; OVERLAYSTUDIO_TEST_CLI runs the lab tests against another build (e.g. an
// older one, to see a test fail without a fix).
inline QString cliPath()
{
    return qEnvironmentVariable("OVERLAYSTUDIO_TEST_CLI", QStringLiteral(STUDIO_CLI));
}

inline CliResult cli(const QStringList &args)
{
    const Run r = run(QStringList{cliPath()} + args
                      + QStringList{QStringLiteral("--json"), QStringLiteral("--known-hosts"),
                                    QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
    return {r.exitCode, QJsonDocument::fromJson(r.out).object(), r.err};
}

inline QJsonObject hostResult(const CliResult &r, const QString &host)
{
    for (const QJsonValue v : r.json.value(QStringLiteral("hosts")).toArray()) {
        if (v.toObject().value(QStringLiteral("host")).toString() == host)
            return v.toObject();
    }
    return {};
}

inline bool anyHostChanged(const CliResult &r)
{
    for (const QJsonValue v : r.json.value(QStringLiteral("hosts")).toArray()) {
        if (v.toObject().value(QStringLiteral("changed")).toBool())
            return true;
    }
    return false;
}

// Everything on lab hosts 1..hosts that carries exactly this topology's tag: OVS bridges and
// ports, Docker containers, and rules in the filter, nat and mangle tables. Each line names the
// host and the object; sorted, so two calls can be compared.
inline QStringList tagged(const QString &topology, int hosts)
{
    QStringList found;
    for (int n = 1; n <= hosts; ++n) {
        for (const char *table : {"bridge", "port"}) {
            const QByteArray names
                = onHost(n, {QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
                             QStringLiteral("--columns=name"), QStringLiteral("find"),
                             QLatin1String(table),
                             QStringLiteral("external_ids:overlaystudio-topology=") + topology})
                      .out;
            for (const QByteArray &name : names.split('\n')) {
                if (!name.trimmed().isEmpty())
                    found << QStringLiteral("lab%1 ovs %2 %3")
                                 .arg(n)
                                 .arg(QLatin1String(table), QString::fromUtf8(name.trimmed()));
            }
        }
        const QByteArray rules = onHost(n, {QStringLiteral("iptables-save")}).out;
        QString table;
        for (const QByteArray &line : rules.split('\n')) {
            if (line.startsWith('*'))
                table = QString::fromUtf8(line.mid(1));
            else if (line.contains("\"overlaystudio:" + topology.toUtf8() + '"'))
                found << QStringLiteral("lab%1 iptables %2 %3")
                             .arg(n)
                             .arg(table, QString::fromUtf8(line));
        }
    }
    // One Docker engine for all lab hosts.
    const QByteArray containers
        = run({QStringLiteral("docker"), QStringLiteral("ps"), QStringLiteral("-a"),
               QStringLiteral("--format"), QStringLiteral("{{.Names}} {{.ID}} {{.State}}"),
               QStringLiteral("--filter"),
               QStringLiteral("label=overlaystudio.topology=") + topology})
              .out;
    for (const QByteArray &line : containers.split('\n')) {
        if (!line.trimmed().isEmpty())
            found << QStringLiteral("docker ") + QString::fromUtf8(line.trimmed());
    }
    // The containers' /etc/hosts and /etc/resolv.conf the fast style keeps (one file system for
    // all lab hosts), and the topology's folder itself.
    const QString files = QStringLiteral("/var/lib/overlaystudio/containers/") + topology;
    if (QFileInfo::exists(files))
        found << QStringLiteral("files ") + files;
    QDirIterator it(files, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        found << QStringLiteral("files ") + it.next();
    found.sort();
    return found;
}

} // namespace studio::labtest
