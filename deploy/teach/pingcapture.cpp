#include "pingcapture.h"

#include "model/addresses.h"
#include "model/names.h"

#include <QCoreApplication>
#include <QThread>

namespace studio {

class PingCaptureText
{
    Q_DECLARE_TR_FUNCTIONS(studio::PingCapture)
};

namespace {

// $1 remote underlay address, $2 UDP port, $3 container, $4 address it pings.
const char kCaptureScript[] = R"SH(remote="$1"; port="$2"; container="$3"; target="$4"
command -v tcpdump >/dev/null 2>&1 || { echo "tcpdump is not installed" >&2; exit 4; }
dev=$(ip -o route get "$remote" 2>/dev/null | sed -n 's/.* dev \([^ ]*\).*/\1/p' | head -n 1)
[ -n "$dev" ] || { echo "no route to $remote" >&2; exit 3; }
# The userspace datapath holds the underlay address on an OVS bridge and sends tunnel packets
# through the bridge's system port (the NIC) without the kernel's bridge device seeing them.
if command -v ovs-vsctl >/dev/null 2>&1 && ovs-vsctl br-exists "$dev" 2>/dev/null; then
  for p in $(ovs-vsctl list-ports "$dev"); do
    if [ "$(ovs-vsctl get interface "$p" type)" = '""' ]; then dev=$p; break; fi
  done
fi
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
case "$remote" in
  *:*) filter="ip6 and udp dst port $port and dst host $remote" ;;
  *) filter="ip and udp dst port $port and dst host $remote" ;;
esac
# -Z root: writing to our own file, tcpdump must not drop to its own user first.
# --immediate-mode: each packet is handed over as it comes; without it the kernel keeps them in
# its ring for up to a second, and the kill below would lose them ("received by filter", not
# captured).
tcpdump -Z root -i "$dev" -n -U --immediate-mode -s 0 -c 100 -w - "$filter" >"$tmp/pcap" 2>"$tmp/log" &
pid=$!
i=0
while [ $i -lt 50 ] && ! grep -q listening "$tmp/log"; do sleep 0.1; i=$((i+1)); done
docker exec "$container" ping -c 1 -W 2 "$target" >"$tmp/ping" 2>&1
status=$?
# Userspace VXLAN ports send up to half a second late.
sleep 0.7
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
echo @@dev
echo "$dev"
echo @@ping
echo "$status"
cat "$tmp/ping"
echo @@log
cat "$tmp/log"
echo @@pcap
base64 "$tmp/pcap"
echo @@end
)SH";

QHash<QString, QByteArray> sections(const QByteArray &output)
{
    QHash<QString, QByteArray> found;
    QString current;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("@@")) {
            current = QString::fromUtf8(line.mid(2).trimmed());
            found.insert(current, {});
        } else if (!current.isEmpty()) {
            found[current] += line + '\n';
        }
    }
    return found;
}

} // namespace

PcapFile CaptureResult::echoRequestOnly() const
{
    PcapFile only = capture;
    only.records.clear();
    if (echoRequest >= 0 && echoRequest < int(capture.records.size()))
        only.records.push_back(capture.records[std::size_t(echoRequest)]);
    return only;
}

Result<CaptureRequest> captureRequestFor(const Topology &topology, const PacketPath &path)
{
    const Container *src = topology.container(path.from);
    if (!src)
        return Error{
            topology.displayName(path.from), PingCaptureText::tr("is not a container."), {}};
    if (path.tunnels.empty())
        return Error{
            topology.displayName(path.from),
            path.delivered
                ? PingCaptureText::tr("reaches %1 without a VXLAN tunnel: nothing crosses the "
                                      "underlay to capture.")
                      .arg(topology.displayName(path.to))
                : PingCaptureText::tr("is dropped before any VXLAN tunnel: nothing crosses the "
                                      "underlay to capture."),
            PingCaptureText::tr("Choose two containers on different hosts.")};
    const TunnelCrossing &t = path.tunnels.front();
    return CaptureRequest{t.fromHost, src->name, path.toAddress, t.remoteAddress, t.udpPort, t.vni};
}

Result<RemoteCommand> captureCommand(const CaptureRequest &r)
{
    if (const auto remote = parseIpAddress(r.remoteUnderlay); !remote)
        return Error{
            r.host,
            PingCaptureText::tr("the tunnel's remote address: %1").arg(remote.error().message),
            {}};
    if (const auto destination = parseIpv4(r.destination); !destination)
        return Error{
            r.host,
            PingCaptureText::tr("the address to ping: %1").arg(destination.error().message),
            {}};
    if (r.udpPort < 1 || r.udpPort > 65535)
        return Error{
            r.host, PingCaptureText::tr("UDP port %1 is out of range.").arg(r.udpPort), {}};
    if (const Status container = names::checkContainer(r.container); !container)
        return Error{r.host, container.error().toString(), {}};
    return RemoteCommand::run({QStringLiteral("sh"), QStringLiteral("-c"),
                               QString::fromLatin1(kCaptureScript),
                               QStringLiteral("overlaystudio-capture"), r.remoteUnderlay,
                               QString::number(r.udpPort), r.container, r.destination});
}

Result<CaptureResult> parseCaptureOutput(const QByteArray &output, const QString &destination)
{
    const auto found = sections(output);
    if (!found.contains(QStringLiteral("end")))
        return Error{{}, PingCaptureText::tr("the capture script ended early."), {}};
    CaptureResult result;
    result.interfaceName = QString::fromUtf8(found.value(QStringLiteral("dev")).trimmed());
    const QList<QByteArray> ping = found.value(QStringLiteral("ping")).split('\n');
    result.pingReplied = ping.value(0).trimmed() == "0";
    result.pingOutput = QString::fromUtf8(ping.mid(1).join('\n').trimmed());
    const QByteArray pcap
        = QByteArray::fromBase64(found.value(QStringLiteral("pcap")).simplified().replace(' ', ""));
    auto parsed = PcapFile::parse(pcap);
    if (!parsed) {
        const QString log = QString::fromUtf8(found.value(QStringLiteral("log")).trimmed());
        return Error{result.interfaceName,
                     PingCaptureText::tr("tcpdump caught nothing readable: %1")
                         .arg(log.isEmpty() ? parsed.error().message : log),
                     PingCaptureText::tr("Check that tcpdump runs as root on the host.")};
    }
    result.capture = std::move(parsed).value();
    for (std::size_t i = 0; i < result.capture.records.size(); ++i) {
        auto decoded = decodeVxlan(result.capture.records[i].data, result.capture.linkType);
        if (decoded && decoded.value().isEchoRequest()
            && decoded.value().innerDestination == destination) {
            result.echoRequest = int(i);
            result.decoded = std::move(decoded).value();
            break;
        }
    }
    return result;
}

Result<CaptureResult> capturePing(RemoteShell &shell, const CaptureRequest &request, int timeoutMs)
{
    auto command = captureCommand(request);
    if (!command)
        return command.error();
    auto ran = shell.exec(command.value().toShell(), timeoutMs);
    if (!ran)
        return ran.error();
    if (!ran.value().succeeded())
        return Error{request.host,
                     PingCaptureText::tr("the capture failed: %1")
                         .arg(QString::fromUtf8(ran.value().err.trimmed())),
                     ran.value().exitStatus == 4
                         ? PingCaptureText::tr("Install tcpdump on %1 (apt-get install tcpdump).")
                               .arg(request.host)
                         : QString()};
    auto parsed = parseCaptureOutput(ran.value().out, request.destination);
    if (!parsed)
        return Error{request.host, parsed.error().message, parsed.error().fix};
    return parsed;
}

PingCapture::PingCapture(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<studio::CaptureOutcome>();
}

PingCapture::~PingCapture()
{
    cancel();
    waitForFinished();
}

bool PingCapture::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void PingCapture::waitForFinished()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

bool PingCapture::start(const Host &host, const CaptureRequest &request,
                        const DeployOptions &options)
{
    if (isRunning())
        return false;
    waitForFinished();
    m_cancel = false;
    m_thread = QThread::create([this, host, request, options] {
        CaptureOutcome outcome;
        outcome.request = request;
        DeployOptions o = options;
        if (o.credentials && o.password && host.auth == AuthMethod::Password) {
            const QString key = CredentialCache::keyFor(host);
            // A password the deploy was given for this server is used again, never stored.
            o.password = [cache = o.credentials, ask = options.password, key](const Host &h) {
                if (const auto known = cache->password(key))
                    return *known;
                return ask(h);
            };
        }
        std::unique_ptr<RemoteShell> shell
            = o.shellFactory ? o.shellFactory(host, o) : DeployEngine::sshShell(host, o);
        shell->setCancelFlag(&m_cancel);
        if (auto opened = shell->open(); !opened) {
            outcome.error = opened.error().toString();
        } else if (auto captured
                   = capturePing(*shell, request, std::min(o.commandTimeoutMs, 60000));
                   !captured) {
            outcome.error = captured.error().toString();
        } else {
            outcome.ok = true;
            outcome.result = std::move(captured).value();
        }
        shell.reset(); // closes the connection in this thread
        emit finished(outcome);
    });
    m_thread->start();
    return true;
}

} // namespace studio
