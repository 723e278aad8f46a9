#pragma once

// Helpers for tests that run against the local lab (as root). They run real programs: the CLI,
// ip netns, docker; nothing is simulated.

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

inline CliResult cli(const QStringList &args)
{
    const Run r = run(QStringList{QStringLiteral(STUDIO_CLI)} + args
                      + QStringList{QStringLiteral("--json"), QStringLiteral("--known-hosts"),
                                    QStringLiteral(STUDIO_LAB_KNOWN_HOSTS)});
    return {r.exitCode, QJsonDocument::fromJson(r.out).object(), r.err};
}

} // namespace studio::labtest
