#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace studio {

// The long-lived remote command that runs a host's pings and streams their output over one SSH
// channel, each line prefixed with "PROBE:RUN " so the lines of many pings can share it.
// It reads orders from its stdin, one per line:
//   start PROBE RUN PID ADDRESS   ping ADDRESS in PID's network namespace (PID 0: the host's)
//   stop PROBE RUN                stop that ping
// When its stdin ends (we close the channel, the app quits, or the connection drops and sshd
// closes the pipe) it stops every ping it started and exits: nothing is left on the host. A ping
// that ends prints "PROBE:RUN @exit". Orders carry only numbers and an IPv4 address the caller
// checked; the script quotes them anyway.
class PingStream
{
public:
    // The script, with argv[0] "overlaystudio-pings" (how a test finds it in /proc) and the
    // interval in seconds as $1.
    static QString command(double intervalSeconds);
    static QByteArray startOrder(int probe, int run, qint64 pid, const QString &address);
    static QByteArray stopOrder(int probe, int run);

    struct Line
    {
        int probe = -1; // -1: the script's own line ("@ready") or one we cannot attribute
        int run = -1;
        QByteArray text; // ping's line, or "@exit"
    };
    // Splits what arrived into complete lines; keeps an incomplete last line for next time.
    QList<Line> feed(const QByteArray &data);

private:
    QByteArray m_partial;
};

} // namespace studio
