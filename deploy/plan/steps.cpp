#include "steps.h"

#include "tags.h"

#include <QCoreApplication>

namespace studio {
class PlanSteps
{
    Q_DECLARE_TR_FUNCTIONS(studio::PlanSteps)
};
} // namespace studio

namespace studio::steps {

namespace {

QString tagAssignment(const QString &topology)
{
    return QStringLiteral("external_ids:") + tags::ovsKey() + QLatin1Char('=') + topology;
}

RemoteCommand run(const QStringList &argv)
{
    return RemoteCommand::run(argv);
}

} // namespace

QStringList addBridge(const Bridge &b, Datapath datapath, const QString &topology)
{
    QStringList ops{
        QStringLiteral("--may-exist"), QStringLiteral("add-br"), b.name, QStringLiteral("--"),
        QStringLiteral("set"),         QStringLiteral("bridge"), b.name, tagAssignment(topology)};
    if (datapath == Datapath::Netdev)
        ops << QStringLiteral("datapath_type=netdev");
    return ops;
}

QStringList setDatapath(const QString &bridge, Datapath datapath)
{
    return {QStringLiteral("set"), QStringLiteral("bridge"), bridge,
            datapath == Datapath::Netdev ? QStringLiteral("datapath_type=netdev")
                                         : QStringLiteral("datapath_type=system")};
}

QStringList addGatewayPort(const Bridge &b, const QString &topology)
{
    return {QStringLiteral("--may-exist"),
            QStringLiteral("add-port"),
            b.name,
            b.gatewayPort,
            QStringLiteral("--"),
            QStringLiteral("set"),
            QStringLiteral("interface"),
            b.gatewayPort,
            QStringLiteral("type=internal"),
            QStringLiteral("mtu_request=%1").arg(b.mtu),
            QStringLiteral("--"),
            QStringLiteral("set"),
            QStringLiteral("port"),
            b.gatewayPort,
            tagAssignment(topology)};
}

QStringList addTunnel(const QString &bridge, const QString &port, const QString &remoteIp,
                      const QString &localIp, quint32 vni, int udpPort, bool splitHorizon,
                      const QString &topology)
{
    // "--may-exist add-port" alone leaves an existing port's options as they were: the "set"
    // that follows in the same transaction is what makes a re-apply converge.
    QStringList ops{QStringLiteral("--may-exist"),
                    QStringLiteral("add-port"),
                    bridge,
                    port,
                    QStringLiteral("--"),
                    QStringLiteral("set"),
                    QStringLiteral("interface"),
                    port,
                    QStringLiteral("type=vxlan"),
                    QStringLiteral("options:remote_ip=") + remoteIp,
                    QStringLiteral("options:key=%1").arg(vni)};
    if (udpPort != Topology::kDefaultVxlanPort)
        ops << QStringLiteral("options:dst_port=%1").arg(udpPort);
    // A tunnel port only accepts packets whose source is its remote_ip: a host with its own VTEP
    // address must send from it.
    if (!localIp.isEmpty())
        ops << QStringLiteral("options:local_ip=") + localIp;
    ops << QStringLiteral("--") << QStringLiteral("set") << QStringLiteral("port") << port
        << tagAssignment(topology);
    if (splitHorizon)
        ops << QStringLiteral("protected=true");
    return ops;
}

QStringList removeTunnelOption(const QString &port, const QString &option)
{
    return {QStringLiteral("remove"), QStringLiteral("interface"), port, QStringLiteral("options"),
            option};
}

QStringList deletePort(const QString &bridge, const QString &port)
{
    return {QStringLiteral("--if-exists"), QStringLiteral("del-port"), bridge, port};
}

QStringList deleteBridge(const QString &bridge)
{
    return {QStringLiteral("--if-exists"), QStringLiteral("del-br"), bridge};
}

RemoteCommand ovsTransaction(const QList<QStringList> &operations)
{
    QStringList argv{QStringLiteral("ovs-vsctl")};
    for (const QStringList &op : operations) {
        if (argv.size() > 1)
            argv << QStringLiteral("--");
        argv << op;
    }
    return run(argv);
}

PlanStep gatewayAddress(const Bridge &b)
{
    return {PlanSteps::tr("Give gateway port %1 the address %2, the default gateway of containers "
                          "on %3.")
                .arg(b.gatewayPort, b.gatewayAddress, b.name),
            {},
            run({QStringLiteral("ip"), QStringLiteral("address"), QStringLiteral("replace"),
                 b.gatewayAddress, QStringLiteral("dev"), b.gatewayPort}),
            b.id};
}

PlanStep removeAddress(const Bridge &b, const QString &cidr)
{
    return {
        PlanSteps::tr("Remove the old address %1 from gateway port %2.").arg(cidr, b.gatewayPort),
        {},
        run({QStringLiteral("ip"), QStringLiteral("address"), QStringLiteral("del"), cidr,
             QStringLiteral("dev"), b.gatewayPort}),
        b.id};
}

PlanStep gatewayLinkUp(const Bridge &b)
{
    return {
        PlanSteps::tr("Bring gateway port %1 up with MTU %2, leaving room for the VXLAN header.")
            .arg(b.gatewayPort)
            .arg(b.mtu),
        {},
        run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"),
             QStringLiteral("dev"), b.gatewayPort, QStringLiteral("up"), QStringLiteral("mtu"),
             QString::number(b.mtu)}),
        b.id};
}

PlanStep runContainer(const Container &c, const QString &topology, const QString &host)
{
    const RemoteCommand exists = run({QStringLiteral("docker"), QStringLiteral("container"),
                                      QStringLiteral("inspect"), c.name})
                                     .quiet();
    const RemoteCommand start
        = run({QStringLiteral("docker"), QStringLiteral("start"), c.name}).withoutStdout();
    const RemoteCommand create
        = run({QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("--name"), c.name,
               QStringLiteral("-dit"), QStringLiteral("--net=none"), QStringLiteral("--label"),
               tags::dockerLabel() + QLatin1Char('=') + topology, QStringLiteral("--label"),
               tags::dockerHostLabel() + QLatin1Char('=') + host, c.image});
    return {PlanSteps::tr("Start container %1 from image %2 with no network (--net=none); "
                          "OverlayStudio gives it one next.")
                .arg(c.name, c.image),
            {},
            RemoteCommand::ifThenElse(exists, start, create),
            c.id};
}

PlanStep detachContainer(const QString &name, const QString &bridge, const QString &interfaceName)
{
    return {PlanSteps::tr("Unplug container %1 from bridge %2.").arg(name, bridge),
            {},
            run({QStringLiteral("ovs-docker"), QStringLiteral("del-port"), bridge, interfaceName,
                 name}),
            kNoObject};
}

PlanStep removeContainer(const QString &name, const QString &bridge, const QString &interfaceName)
{
    RemoteCommand remove
        = run({QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f"), name})
              .withoutStdout();
    if (!bridge.isEmpty()) {
        const RemoteCommand detach = run({QStringLiteral("ovs-docker"), QStringLiteral("del-port"),
                                          bridge, interfaceName, name})
                                         .quiet()
                                         .orElse(run({QStringLiteral("true")}));
        remove = RemoteCommand::sequence(detach, remove);
    }
    return {PlanSteps::tr("Remove container %1 and its port.").arg(name), {}, remove, kNoObject};
}

PlanStep attachContainer(const Container &c, const Bridge &b, const QString &gateway)
{
    // ovs-docker refuses to attach twice; it tags the port with the container and interface,
    // which is how we find it again.
    const RemoteCommand attached
        = run({QStringLiteral("ovs-vsctl"), QStringLiteral("--bare"),
               QStringLiteral("--columns=name"), QStringLiteral("find"),
               QStringLiteral("interface"), QStringLiteral("external_ids:container_id=") + c.name,
               QStringLiteral("external_ids:container_iface=") + c.interfaceName})
              .pipeTo(run({QStringLiteral("grep"), QStringLiteral("-q"), QStringLiteral(".")}));
    const RemoteCommand attach
        = run({QStringLiteral("ovs-docker"), QStringLiteral("add-port"), b.name, c.interfaceName,
               c.name, QStringLiteral("--ipaddress=") + c.address,
               QStringLiteral("--gateway=") + gateway, QStringLiteral("--mtu=%1").arg(b.mtu)});
    return {PlanSteps::tr("Plug container %1 into bridge %2 as %3 with address %4, gateway %5 and "
                          "MTU %6.")
                .arg(c.name, b.name, c.interfaceName, c.address, gateway)
                .arg(b.mtu),
            {},
            attached.orElse(attach),
            c.id};
}

} // namespace studio::steps
