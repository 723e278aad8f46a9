#include "localcommand.h"

#include <QCoreApplication>
#include <QProcess>

#include <linux/close_range.h>
#include <unistd.h>

namespace studio {
class LocalCommand
{
    Q_DECLARE_TR_FUNCTIONS(studio::LocalCommand)
};
} // namespace studio

namespace studio::local {

namespace {

Result<Output> execute(const QStringList &argv, int timeoutMs, const QByteArray &input,
                       bool failOnExitCode)
{
    QProcess p;
    p.setProgram(argv.first());
    p.setArguments(argv.mid(1));
    keepDescriptorsFromChildren();
    p.start();
    if (!p.waitForStarted(timeoutMs))
        return Error{argv.join(QLatin1Char(' ')),
                     LocalCommand::tr("could not start: %1.").arg(p.errorString()),
                     LocalCommand::tr("Install the program (see .ci/install-deps.sh).")};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(2000);
        return Error{argv.join(QLatin1Char(' ')),
                     LocalCommand::tr("did not finish within %1 s.").arg(timeoutMs / 1000),
                     {}};
    }
    Output o{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError()};
    if (failOnExitCode && o.exitCode != 0)
        return Error{argv.join(QLatin1Char(' ')),
                     LocalCommand::tr("failed with exit code %1: %2")
                         .arg(o.exitCode)
                         .arg(QString::fromUtf8(o.err.trimmed())),
                     {}};
    return o;
}

} // namespace

void keepDescriptorsFromChildren()
{
    ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC);
}

Result<Output> run(const QStringList &argv, int timeoutMs, const QByteArray &input)
{
    return execute(argv, timeoutMs, input, true);
}

Result<Output> probe(const QStringList &argv, int timeoutMs)
{
    return execute(argv, timeoutMs, {}, false);
}

QStringList inNetns(const QString &netns, const QStringList &argv)
{
    return QStringList{QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("exec"), netns}
           + argv;
}

} // namespace studio::local
