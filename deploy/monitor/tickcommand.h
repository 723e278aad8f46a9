#pragma once

#include "monitortypes.h"

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace studio {

// What a host worker asks for in one tick.
struct TickRequest
{
    QStringList bridges;   // the topology's bridges on this host: their port counters
    QStringList linkPorts; // ports whose link state to read (/sys/class/net/PORT/operstate)
    struct Container
    {
        QString name;
        qint64 pid = 0;   // known init PID, 0 if unknown
        qint64 start = 0; // its start time (/proc/PID/stat field 22), to tell a reused PID
    };
    QList<Container> containers; // the topology's containers on this host
    bool readDocker = false;     // ask Docker even if every known PID is alive (health, labels)
    // Read the names of the bridges' port numbers and which port belongs to which container.
    bool readPortMap = false;
    // Port names by bridge and OpenFlow port number, from the last map read: dump-ports prints
    // numbers (asking it for names doubles its cost), the parser names them.
    QHash<QString, QHash<QString, QString>> portNames;
};

struct TickReadout
{
    QList<PortCounters> ports;
    QStringList missingBridges;
    bool ovsAnswering = true;
    QString ovsError;
    bool dockerRead = false; // containers below came from Docker (otherwise from /proc)
    bool dockerAnswering = true;
    QString dockerError;
    struct Container
    {
        ContainerSample sample;
        qint64 start = 0;
    };
    QList<Container> containers;
    bool portMapRead = false;
    QHash<QString, QString> containerPorts;            // container name -> OVS port
    QHash<QString, QHash<QString, QString>> portNames; // read with the map: bridge -> no. -> name
    bool unknownPorts = false; // a port number without a name: read the map again
    double cpuSeconds = -1;    // the shell's cumulative CPU incl. children (times), for deltas
};

// The one command a host runs per tick, in its persistent monitoring shell, and its parser. The
// script is fixed text, defined once per shell as a function; names reach it only as quoted
// arguments. It costs one ovs-ofctl per bridge (~8 ms of CPU; with --names it is twice that);
// container liveness comes from /proc and link states from /sys (builtins, no process). Docker
// (~30 ms) is asked only when a container's process is gone, one is not running, or the caller
// wants a periodic check; port names and owners (ovs-ofctl dump-ports-desc, ovs-vsctl) only
// when a port number is new.
class TickCommand
{
    Q_DECLARE_TR_FUNCTIONS(studio::TickCommand)

public:
    // Defines the shell functions; run once after the shell opens.
    static QString definitions();
    static QString command(const TickRequest &request);
    static Result<TickReadout> parse(const QByteArray &output, const TickRequest &request,
                                     const QString &topology, const QString &host);
    // Docker's topology and host labels of a container: whose it is.
    static bool isOurs(const QString &topologyLabel, const QString &hostLabel,
                       const QString &topology, const QString &host);
};

} // namespace studio
