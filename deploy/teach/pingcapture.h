#pragma once

#include "packetpath.h"
#include "pcapfile.h"
#include "vxlandecoder.h"

#include "engine/deployengine.h"
#include "engine/remoteshell.h"
#include "plan/remotecommand.h"

#include "model/result.h"
#include "model/topology.h"

#include <QObject>

#include <atomic>

class QThread;

namespace studio {

// What to capture: one ping from a container, caught on its host's underlay as it leaves
// through a VXLAN tunnel.
struct CaptureRequest
{
    QString host;            // where to capture (the tunnel's local host)
    QString container;       // who pings
    QString destination;     // the address it pings
    QString remoteUnderlay;  // the tunnel's remote end
    int udpPort = 4789;      // the tunnel's UDP port
    quint32 expectedVni = 0; // what the design says, for the comparison
};

// Which tunnel of a path to watch: the first one the packet crosses. A path that never leaves
// its host (or is dropped before a tunnel) has nothing to capture on the underlay.
Result<CaptureRequest> captureRequestFor(const Topology &topology, const PacketPath &path);

// The remote side, one fixed script: finds the interface that carries the tunnel's traffic (on a
// userspace-datapath host, the NIC port of the OVS bridge that holds the underlay address),
// starts tcpdump on it for VXLAN to the remote end, sends one ping from the container, stops
// tcpdump, and prints the capture as base64. Every value reaches it as a quoted positional
// argument, checked first.
Result<RemoteCommand> captureCommand(const CaptureRequest &request);

struct CaptureResult
{
    QString interfaceName; // where tcpdump listened
    bool pingReplied = false;
    QString pingOutput;
    PcapFile capture;     // everything tcpdump caught
    int echoRequest = -1; // index of our echo request in capture.records, -1 if not caught
    DecodedVxlan decoded; // that packet

    // Only our echo request, as a file Wireshark opens.
    PcapFile echoRequestOnly() const;
};

// Reads the script's output: the capture, and in it the VXLAN packet carrying the echo request
// to `destination`.
Result<CaptureResult> parseCaptureOutput(const QByteArray &output, const QString &destination);

// Runs the capture on an open shell (blocking: call it off the GUI thread).
Result<CaptureResult> capturePing(RemoteShell &shell, const CaptureRequest &request,
                                  int timeoutMs = 30000);

struct CaptureOutcome
{
    bool ok = false;
    QString error;
    CaptureRequest request;
    CaptureResult result;
};

// Connects to the host (SSH with the deploy's host-key checks, or the options' shell factory)
// and captures off the calling thread; the outcome arrives as a queued signal.
class PingCapture : public QObject
{
    Q_OBJECT

public:
    explicit PingCapture(QObject *parent = nullptr);
    ~PingCapture() override;

    bool isRunning() const;
    bool start(const Host &host, const CaptureRequest &request, const DeployOptions &options);
    void cancel() { m_cancel = true; }
    void waitForFinished();

signals:
    void finished(const studio::CaptureOutcome &outcome);

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace studio

Q_DECLARE_METATYPE(studio::CaptureOutcome)
