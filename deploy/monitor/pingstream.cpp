#include "pingstream.h"

#include "plan/remotecommand.h"

#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>

namespace studio {

namespace {

// $1: interval. Ping PIDs are kept in files of a private directory so "stop" and the final
// clean-up can reach them (a background pipeline's $! is the last process, not ping). A stop
// leaves a mark before it looks for the PID, and a probe looks for the mark after writing its
// PID: a stop that comes before the ping has started is not lost.
const char kScript[] = R"SH(iv="$1"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/overlaystudio-pings.XXXXXX") || exit 1
cleanup() {
  for f in "$tmp"/p.*; do
    case $f in *.stop) continue ;; esac
    [ -f "$f" ] && { read -r p <"$f"; kill "$p"; } 2>/dev/null
  done
  rm -rf "$tmp"
}
trap 'cleanup; exit 0' HUP INT TERM
probe() { # probe run pid address
  if [ "$3" = 0 ]; then
    LC_ALL=C sh -c 'echo $$ >"$1"; [ ! -e "$1.stop" ] || exit 0; exec ping -n -D -O -i "$2" "$3"' overlaystudio-ping "$tmp/p.$1.$2" "$iv" "$4" 2>&1
  else
    LC_ALL=C sh -c 'echo $$ >"$1"; [ ! -e "$1.stop" ] || exit 0; exec nsenter -t "$4" -n ping -n -D -O -i "$2" "$3"' overlaystudio-ping "$tmp/p.$1.$2" "$iv" "$4" "$3" 2>&1
  fi | while IFS= read -r line; do printf '%s:%s %s\n' "$1" "$2" "$line"; done
  rm -f "$tmp/p.$1.$2" "$tmp/p.$1.$2.stop"
  printf '%s:%s @exit\n' "$1" "$2"
}
echo @ready
while read -r order a b c d; do
  case $order in
  start) probe "$a" "$b" "$c" "$d" & ;;
  stop) : >"$tmp/p.$a.$b.stop"; { read -r p <"$tmp/p.$a.$b" && kill "$p"; } 2>/dev/null ;;
  esac
done
cleanup
)SH";

} // namespace

QString PingStream::command(double intervalSeconds)
{
    // ping takes the interval in the C locale ("0.5"); below 0.2 s it needs root (we are).
    const QString interval = QLocale::c().toString(intervalSeconds, 'f', 3);
    return RemoteCommand::run({QStringLiteral("sh"), QStringLiteral("-c"),
                               QString::fromLatin1(kScript), QStringLiteral("overlaystudio-pings"),
                               interval})
        .toShell();
}

QByteArray PingStream::startOrder(int probe, int run, qint64 pid, const QString &address)
{
    // Numbers and an IPv4 literal (or a DNS name) only: checked here, so no order can carry
    // anything else.
    static const QRegularExpression dnsName(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
    QHostAddress parsed;
    QString target;
    if (parsed.setAddress(address) && parsed.protocol() == QAbstractSocket::IPv4Protocol)
        target = parsed.toString();
    else if (dnsName.match(address).hasMatch())
        target = address;
    if (probe < 0 || run < 0 || pid < 0 || target.isEmpty())
        return {};
    return "start " + QByteArray::number(probe) + ' ' + QByteArray::number(run) + ' '
           + QByteArray::number(pid) + ' ' + target.toLatin1() + '\n';
}

QByteArray PingStream::stopOrder(int probe, int run)
{
    return "stop " + QByteArray::number(probe) + ' ' + QByteArray::number(run) + '\n';
}

QList<PingStream::Line> PingStream::feed(const QByteArray &data)
{
    QList<Line> lines;
    m_partial += data;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = m_partial.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArray raw = m_partial.mid(start, end - start);
        start = end + 1;
        Line l;
        const qsizetype space = raw.indexOf(' ');
        const QByteArray head = space < 0 ? raw : raw.left(space);
        const qsizetype colon = head.indexOf(':');
        bool probeOk = false, runOk = false;
        if (colon > 0) {
            l.probe = head.left(colon).toInt(&probeOk);
            l.run = head.mid(colon + 1).toInt(&runOk);
        }
        if (probeOk && runOk) {
            l.text = space < 0 ? QByteArray() : raw.mid(space + 1);
        } else {
            l.probe = l.run = -1;
            l.text = raw;
        }
        lines << l;
    }
    m_partial.remove(0, start);
    // A line without end that grows without bound is not ping's: drop it.
    if (m_partial.size() > 65536)
        m_partial.clear();
    return lines;
}

} // namespace studio
