#include "labprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <csignal>
#include <sys/types.h>

namespace studio {

namespace {

// The lab's messages share one translation context, whichever file they are in.
class LabText
{
    Q_DECLARE_TR_FUNCTIONS(studio::Lab)
};

// /proc/PID/stat after the command name, which may hold spaces and parentheses: field 3 (the
// state) is the first word after the last ')'.
QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 ? line.mid(close + 2).trimmed().split(' ') : QList<QByteArray>();
}

} // namespace

LabProcess LabProcess::started(qint64 pid, const QString &command)
{
    return {pid, command, startTimeOf(pid)};
}

QString LabProcess::commandOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

quint64 LabProcess::startTimeOf(qint64 pid)
{
    return statFields(pid).value(22 - 3).toULongLong(); // field 22, counted from field 3
}

qint64 LabProcess::parentOf(qint64 pid)
{
    return statFields(pid).value(4 - 3).toLongLong(); // field 4
}

Result<qint64> LabProcess::readPidFile(const QString &path, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const qint64 pid = f.readAll().trimmed().toLongLong(&ok);
            if (ok && pid > 0)
                return pid;
        }
        QThread::msleep(10);
    }
    return Error{path, LabText::tr("no PID file appeared; the daemon did not start."),
                 LabText::tr("Look at the logs next to it.")};
}

bool LabProcess::isRunning() const
{
    // All three must match: the name alone may be another sshd, the PID a reused one.
    if (pid <= 0 || command.isEmpty() || startTime == 0 || commandOf(pid) != command)
        return false;
    const QList<QByteArray> fields = statFields(pid);
    // A zombie has stopped; only its parent can make it go away.
    return fields.value(0) != "Z" && fields.value(22 - 3).toULongLong() == startTime;
}

void LabProcess::stop(int graceMs) const
{
    if (!isRunning())
        return;
    ::kill(pid_t(pid), SIGTERM);
    QElapsedTimer timer;
    timer.start();
    while (isRunning() && timer.elapsed() < graceMs)
        QThread::msleep(20);
    if (isRunning())
        ::kill(pid_t(pid), SIGKILL);
    while (isRunning() && timer.elapsed() < graceMs + 2000)
        QThread::msleep(20);
}

QJsonObject LabProcess::toJson() const
{
    return {{QStringLiteral("pid"), pid},
            {QStringLiteral("command"), command},
            {QStringLiteral("startTime"), QString::number(startTime)}};
}

LabProcess LabProcess::fromJson(const QJsonObject &o)
{
    return {qint64(o.value(QStringLiteral("pid")).toDouble()),
            o.value(QStringLiteral("command")).toString(),
            o.value(QStringLiteral("startTime")).toString().toULongLong()};
}

} // namespace studio
