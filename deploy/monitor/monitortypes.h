#pragma once

// The samples the monitor's probes produce, as plain values: what one host reported in one tick
// (port counters, container states, its own health) and what its pings printed since the tick
// before. The host workers make them; MonitorStore turns them into time series and states.

#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <limits>

namespace studio {

// Seconds since the Unix epoch on this machine's clock: the time axis of every series (what
// QCustomPlot's time axes use). Timestamps printed by remote hosts are mapped onto it.
using MonitorTime = double;

// A missing value: a gap in a series is a NaN point, never a zero.
inline constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();

enum class PortLink {
    Unknown,
    Up,
    Down,
    // No such network device on the host: normal for VXLAN ports (the userspace datapath has
    // none); a container's port without one lost its veth (the container was restarted).
    NoDevice,
};

// The counters of one OVS port as `ovs-ofctl -O OpenFlow13 --names dump-ports BRIDGE` prints
// them (read live from the device). A counter the datapath does not keep ("?") is -1.
struct PortCounters
{
    QString bridge;
    QString port; // OVS port name; the bridge's own internal port is "LOCAL"
    qint64 rxPackets = -1, rxBytes = -1, rxDropped = -1, rxErrors = -1;
    qint64 txPackets = -1, txBytes = -1, txDropped = -1, txErrors = -1;
    // How long the port has existed (duration=): a port that was deleted and added again starts
    // from zero, so counters that go backwards are a reset, never negative traffic.
    double durationSeconds = -1;
    PortLink link = PortLink::Unknown; // from dump-ports-desc ("state: LINK_DOWN")
};

enum class ContainerRun {
    Unknown, // not read (host unreachable, Docker not answering)
    Running,
    Stopped, // exists, not running (exited, created, paused...)
    Missing, // no such container on the host, or one that this topology did not create
};

struct ContainerSample
{
    QString name;
    ContainerRun state = ContainerRun::Unknown;
    QString status; // Docker's word: running, exited, paused... or why it is missing
    qint64 pid = 0; // its init process on the host (pings enter its network namespace)
};

// Whether a host answers: SSH, then Open vSwitch, then Docker. message says what failed and
// how to fix it; empty when all answer.
struct HostHealth
{
    bool sshReachable = false;
    bool ovsAnswering = false;
    bool dockerAnswering = false;
    bool hostKeyRejected = false; // unknown key not accepted, or a CHANGED key: not retried
    QString message;
};

// One line of a long-lived `ping -n -D -O` (iputils) of one probe, parsed.
enum class PingOutcome {
    Reply,       // an echo reply: rttMs is set (late: it came after "no answer yet")
    NoAnswerYet, // ping sent the next request with this one unanswered: provisional loss
    Unreachable, // an ICMP error ("Destination Host Unreachable"...): this request is lost
    Gap,         // sequence numbers seq..toSeq-1 never appeared: no data, not loss
    Stale,       // the probe printed nothing for 2 intervals: no data from here on
    Started,     // the ping process (re)started: sequence numbers start again
    Ended,       // the ping process ended or could not start: detail says why
};

struct PingEvent
{
    int probe = -1; // ProbeSpec::index
    PingOutcome outcome = PingOutcome::Reply;
    int seq = -1;
    int toSeq = -1; // Gap only: the first sequence number seen again
    // When the echo request was sent (a reply's arrival minus its RTT; a "no answer yet" line's
    // time minus one interval); for Gap, Stale, Started and Ended: when it was noticed.
    MonitorTime time = 0;
    double rttMs = kNoValue;
    bool late = false;      // a reply to a request already reported as "no answer yet"
    bool duplicate = false; // "(DUP!)": not counted again
    QString detail;         // "From 198.19.2.1 icmp_seq=3 Destination Host Unreachable", errors
};

// What one host reported in one tick. With health.sshReachable false, nothing else is valid:
// the store records a gap for everything on that host.
struct HostSample
{
    ObjectId host = kNoObject;
    MonitorTime time = 0; // when the counters were read (this machine's clock)
    HostHealth health;
    bool countersRead = false; // ports holds this tick's counters
    QList<PortCounters> ports; // every port of the topology's bridges on this host
    bool containersRead = false;
    QList<ContainerSample> containers;      // the topology's containers on this host
    QHash<QString, QString> containerPorts; // container name -> its OVS port (ovs-docker's)
    QStringList missingBridges;             // the topology's bridges the host does not have
    QList<PingEvent> pings;                 // since the previous sample, in arrival order
    double remoteCpuMs = -1; // CPU (user + system) the tick's command cost on the host
    double roundTripMs = -1; // from sending the tick's command to its last byte
};

} // namespace studio

Q_DECLARE_METATYPE(studio::HostSample)
