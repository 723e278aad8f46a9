#include "steps.h"

#include "tags.h"

#include <QCoreApplication>
#include <QCryptographicHash>

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

// $1: the topology (our tag); then seven words per container: NAME IFACE BRIDGE ADDRESS GATEWAY
// MTU PREFIX ("-" for no address or gateway). Fixed text: the values arrive as quoted arguments.
// Written without single quotes, so the plan shows it without escapes.
const char kPlugScript[] = R"SH(tag=$1; shift
d=$(mktemp -d) || exit 1
trap "rm -rf $d" EXIT
nl="
"
while [ $# -ge 7 ]; do printf "%s %s %s %s %s %s %s\n" "$1" "$2" "$3" "$4" "$5" "$6" "$7"; shift 7; done >"$d/plugs"
# The PIDs of all containers, read at once.
while read -r name rest; do set -- "$@" "$name"; done <"$d/plugs"
pids=$nl$(docker inspect --format "{{.Name}} {{.State.Pid}}" "$@" 2>/dev/null)$nl
links=$(ip -o link show)
s=0
: >"$d/host"
: >"$d/owner"
: >"$d/ready"
while read -r name iface bridge address gateway mtu port; do
  case $pids in
    *"$nl/$name "*) pid=${pids#*"$nl/$name "}; pid=${pid%%"$nl"*} ;;
    *) pid=0 ;;
  esac
  if [ "$pid" = 0 ]; then
    echo "$name: not running, so not plugged (docker logs $name may say why); apply again once it runs" >&2
    s=1; continue
  fi
  # A host end left over by an interrupted run is replaced.
  case $links in *": ${port}_l@"* | *": ${port}_l:"*) echo "link delete ${port}_l" >>"$d/host"; echo "$name" >>"$d/owner" ;; esac
  echo "link add ${port}_l type veth peer name ${port}_c netns $pid" >>"$d/host"
  echo "link set ${port}_l up" >>"$d/host"
  printf "%s\n%s\n" "$name" "$name" >>"$d/owner"
  echo "$name $pid $iface $bridge $address $gateway $mtu $port" >>"$d/ready"
done <"$d/plugs"
[ -s "$d/ready" ] || exit $s
# One ip for every host end. -force goes on past a failing line, so one container cannot keep
# the others unplugged; "Command failed FILE:LINE" follows each error and the line says whose.
failed=$nl
if ! ip -force -batch "$d/host" 2>"$d/err"; then
  s=1
  why=
  while IFS= read -r line; do
    case $line in
      "Command failed "*":"*)
        who=$(sed -n "${line##*:}p" "$d/owner")
        case $failed in
          *"$nl$who$nl"*) ;;
          *) failed=$failed$who$nl
             echo "$who: not plugged, its veth pair could not be made (${why:-no reason given}); apply again, and if that fails too, remove the container (docker rm -f $who) and apply" >&2 ;;
        esac
        why= ;;
      *) why=${why:+$why; }$line ;;
    esac
  done <"$d/err"
fi
set --
: >"$d/inside"
while read -r name pid iface bridge address gateway mtu port; do
  case $failed in *"$nl$name$nl"*) continue ;; esac
  set -- "$@" -- --may-exist add-port "$bridge" "${port}_l" \
    -- set interface "${port}_l" "external_ids:container_id=$name" "external_ids:container_iface=$iface" \
    -- set port "${port}_l" "external_ids:overlaystudio-topology=$tag"
  echo "$name $pid $iface $address $gateway $mtu ${port}_c" >>"$d/inside"
done <"$d/ready"
[ $# -gt 0 ] || exit $s
ovs-vsctl "$@" || { echo "adding the ports of the containers to Open vSwitch failed (see above); apply again" >&2; exit 1; }
while read -r name pid iface address gateway mtu peer; do
  {
    echo "link set dev $peer name $iface mtu $mtu"
    [ "$address" = - ] || echo "address add $address dev $iface"
    echo "link set dev $iface up"
    [ "$gateway" = - ] || echo "route replace default via $gateway"
  } >"$d/ns"
  # arp_notify before the link comes up: the kernel announces the address as it does. IPv6 off,
  # as Docker has it in a --net=none container (one created with networking disabled has it on,
  # and would send router solicitations and MLD reports into the segment).
  nsenter -t "$pid" -n sh -c "{ [ ! -d /proc/sys/net/ipv6 ] || { echo 1 >/proc/sys/net/ipv6/conf/all/disable_ipv6 && echo 1 >/proc/sys/net/ipv6/conf/default/disable_ipv6; }; } && echo 1 >/proc/sys/net/ipv4/conf/$peer/arp_notify && exec ip -batch $d/ns" \
    2>"$d/err" || { printf "%s: setting up %s inside the container failed: " "$name" "$iface"; tr "\n" " " <"$d/err"; echo "(apply again)"; s=1; } >&2
done <"$d/inside"
exit $s
)SH";

// $1: the topology, $2: the host, $3: how many at once; then three words per container: NAME
// IMAGE REF (a stopped container's full ID, or "-": start it if a container of this name exists,
// else create it). Fixed text, written without single quotes: the values arrive as quoted
// arguments.
const char kStartScript[] = R"SH(tag=$1; host=$2; atonce=$3; shift 3
# Through the Engine API of Docker when curl and the socket of the engine are at hand: a
# container created there with networking disabled (what --net=none gives, less the network
# sandbox) starts without the prestart hook that re-executes dockerd for every start. Otherwise
# docker run --net=none.
sock=${DOCKER_HOST:-unix:///var/run/docker.sock}
case $sock in unix://*) sock=${sock#unix://} ;; *) sock= ;; esac
# One ping proves curl, its --unix-socket (curl 7.40 and later) and our access to the engine.
[ -n "$sock" ] && [ -S "$sock" ] && curl -sf --unix-socket "$sock" -o /dev/null http://localhost/_ping 2>/dev/null || sock=
files=)SH" STUDIO_CONTAINER_FILES R"SH(/$tag/$host
nl="
"
d=$(mktemp -d) || exit 1
trap "rm -rf $d" EXIT
names=$nl$(docker ps -a --format "{{.Names}}")$nl
if [ -n "$sock" ]; then
  # What Docker writes for a --net=none container, kept in files of our own: localhost in
  # /etc/hosts; the name servers of the host but loopback ones in /etc/resolv.conf (behind the
  # stub of systemd-resolved, the servers it uses), those of Google if none is left.
  printf "%s\t%s\n" 127.0.0.1 localhost ::1 "localhost ip6-localhost ip6-loopback" fe00::0 ip6-localnet \
    ff00::0 ip6-mcastprefix ff02::1 ip6-allnodes ff02::2 ip6-allrouters >"$d/hosts"
  r=/etc/resolv.conf
  if grep -qx "nameserver 127.0.0.53" "$r" 2>/dev/null && [ -f /run/systemd/resolve/resolv.conf ]; then r=/run/systemd/resolve/resolv.conf; fi
  grep -v -e "^nameserver 127\." -e "^nameserver ::1" "$r" >"$d/resolv.conf" 2>/dev/null
  grep -q "^nameserver" "$d/resolv.conf" || printf "nameserver 8.8.8.8\nnameserver 8.8.4.4\n" >>"$d/resolv.conf"
fi
# METHOD PATH [CURL OPTIONS]: the answer of Docker in $out; on an HTTP error, its message on
# stderr.
api() {
  m=$1; url=http://localhost$2; shift 2
  out=$(curl -sS --unix-socket "$sock" -X "$m" "$@" -w "$nl%{http_code}" "$url" 2>&1) || { echo "$out" >&2; return 1; }
  code=${out##*"$nl"}; out=${out%"$nl"*}
  case $code in 2??) return 0 ;; esac
  msg=$(printf "%s" "$out" | sed -n "s/.*\"message\":\"\(.*\)\"}.*/\1/p")
  echo "Docker: ${msg:-$out}" >&2
  return 1
}
keep() { mkdir -p "$files/$1" && cp "$d/hosts" "$d/resolv.conf" "$files/$1/"; }
# A container made here before binds its files: put back if removed by hand, or it cannot start.
again() {
  [ -z "$sock" ] || [ -e "$files/$1/hosts" ] || keep "$1"
  docker start "$2" >/dev/null
}
one() {
  case $tag$host$1$2 in *[!A-Za-z0-9_.:/@-]*) echo "refused: a name or image with a character outside letters, digits and _ . : / @ -" >&2; return 1 ;; esac
  if [ "$3" != - ]; then again "$1" "$3"; return; fi
  case $names in *"$nl$1$nl"*) again "$1" "$1"; return ;; esac
  if [ -z "$sock" ]; then
    docker run --name "$1" -dit --net=none --label "overlaystudio.topology=$tag" --label "overlaystudio.host=$host" "$2" >/dev/null
    return
  fi
  keep "$1" || return 1
  api POST "/containers/create?name=$1" -H "Content-Type: application/json" --data-binary "{\"Image\":\"$2\",\"Tty\":true,\"OpenStdin\":true,\"NetworkDisabled\":true,\"Labels\":{\"overlaystudio.topology\":\"$tag\",\"overlaystudio.host\":\"$host\"},\"HostConfig\":{\"NetworkMode\":\"none\",\"Binds\":[\"$files/$1/hosts:/etc/hosts\",\"$files/$1/resolv.conf:/etc/resolv.conf\"]}}" || return 1
  id=$(printf "%s" "$out" | sed -n "s/.*\"Id\":\"\([0-9a-f]*\)\".*/\1/p")
  api POST "/containers/$id/start"
}
i=0
while [ $# -ge 3 ]; do
  i=$((i + 1))
  one "$1" "$2" "$3" >"$d/$i" 2>&1 || echo "$1" >"$d/$i.failed" &
  [ $((i % atonce)) -ne 0 ] || wait
  shift 3
done
wait
s=0
j=0
while [ $j -lt $i ]; do
  j=$((j + 1))
  [ -e "$d/$j.failed" ] || continue
  printf "%s: " "$(cat "$d/$j.failed")"; cat "$d/$j"; s=1
done >&2
exit $s
)SH";

QString listed(const QStringList &names)
{
    return names.join(QStringLiteral(", "));
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

namespace {

RemoteCommand dockerStart(const QString &name)
{
    return run({QStringLiteral("docker"), QStringLiteral("start"), name}).withoutStdout();
}

RemoteCommand dockerRun(const Container &c, const QString &topology, const QString &host)
{
    return run({QStringLiteral("docker"), QStringLiteral("run"), QStringLiteral("--name"), c.name,
                QStringLiteral("-dit"), QStringLiteral("--net=none"), QStringLiteral("--label"),
                tags::dockerLabel() + QLatin1Char('=') + topology, QStringLiteral("--label"),
                tags::dockerHostLabel() + QLatin1Char('=') + host, c.image});
}

} // namespace

PlanStep startContainer(const Container &c, const QString &topology, const QString &host,
                        const QString &stoppedId)
{
    // A missing container gets the plan's own command (so apply on an empty host runs exactly
    // the plan the user reads); a stopped one is started by its ID.
    PlanStep step = runContainer(c, topology, host);
    if (!stoppedId.isEmpty())
        step.command = dockerStart(stoppedId);
    return step;
}

PlanStep runContainer(const Container &c, const QString &topology, const QString &host)
{
    // Exactly this name: a bare "docker container inspect NAME" also finds a container whose ID
    // begins with NAME when none has the name.
    const RemoteCommand exists
        = run({QStringLiteral("docker"), QStringLiteral("container"), QStringLiteral("inspect"),
               QStringLiteral("--format"), QStringLiteral("{{.Name}}"), c.name})
              .withoutStderr()
              .pipeTo(run({QStringLiteral("grep"), QStringLiteral("-qxF"), QStringLiteral("--"),
                           QLatin1Char('/') + c.name}));
    const RemoteCommand start = dockerStart(c.name);
    const RemoteCommand create = dockerRun(c, topology, host);
    PlanStep step{PlanSteps::tr("Start container %1 from image %2 with no network (--net=none); "
                                "OverlayStudio gives it one next.")
                      .arg(c.name, c.image),
                  {},
                  RemoteCommand::ifThenElse(exists, start, create),
                  c.id};
    step.creates = {c.id};
    return step;
}

PlanStep detachContainer(const QString &name, const QString &bridge, const QString &interfaceName)
{
    return {PlanSteps::tr("Unplug container %1 from bridge %2.").arg(name, bridge),
            {},
            run({QStringLiteral("ovs-docker"), QStringLiteral("del-port"), bridge, interfaceName,
                 name}),
            kNoObject};
}

PlanStep removeContainer(const QString &name, const QString &bridge, const QString &interfaceName,
                         const QString &id)
{
    RemoteCommand remove = run({QStringLiteral("docker"), QStringLiteral("rm"),
                                QStringLiteral("-f"), id.isEmpty() ? name : id})
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

PlanStep startContainers(const std::vector<const Container *> &containers, const QString &topology,
                         const QString &host, const std::optional<QHash<QString, QString>> &stopped)
{
    QStringList argv{QStringLiteral("sh"),
                     QStringLiteral("-c"),
                     QString::fromLatin1(kStartScript),
                     QStringLiteral("overlaystudio-start"),
                     topology,
                     host,
                     QString::number(kContainersAtOnce)};
    QStringList names, details;
    for (const Container *c : containers) {
        // A stopped container known from the host's state is started by its full ID.
        const QString stoppedId = stopped ? stopped->value(c->name) : QString();
        argv << c->name << c->image << (stoppedId.isEmpty() ? QStringLiteral("-") : stoppedId);
        names << c->name;
        details << (stoppedId.isEmpty()
                        ? PlanSteps::tr("%1: from image %2, files in %3")
                              .arg(c->name, c->image, containerFilesDir(topology, host, c->name))
                        : PlanSteps::tr("%1: stopped, started again").arg(c->name));
    }
    PlanStep step{
        PlanSteps::tr("Start containers %1 side by side (at most %2 at a time). A missing one is "
                      "created through Docker's Engine API with networking disabled, as "
                      "--net=none leaves it (OverlayStudio plugs it in next), and with /etc/hosts "
                      "and /etc/resolv.conf as Docker writes them, kept in files of our own; "
                      "without curl, docker run --net=none.")
            .arg(listed(names))
            .arg(kContainersAtOnce),
        details, run(argv), containers.size() == 1 ? containers.front()->id : kNoObject};
    for (const Container *c : containers)
        step.creates.push_back(c->id); // what a step-through marks built after it
    step.continueOnFailure = true;
    return step;
}

QString containerFilesDir(const QString &topology, const QString &host, const QString &container)
{
    QString dir = QStringLiteral(STUDIO_CONTAINER_FILES "/") + topology + QLatin1Char('/') + host;
    if (!container.isEmpty())
        dir += QLatin1Char('/') + container;
    return dir;
}

PlanStep removeFilesOf(const QString &topology, const QString &host, const QStringList &containers)
{
    QStringList argv{QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--")};
    for (const QString &c : containers)
        argv << containerFilesDir(topology, host, c);
    return {PlanSteps::tr("Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept "
                          "for containers %1.")
                .arg(listed(containers)),
            {},
            run(argv),
            kNoObject};
}

PlanStep removeContainerFiles(const QString &topology, const QString &host)
{
    const QString hostDir = containerFilesDir(topology, host);
    const QString topologyDir = hostDir.section(QLatin1Char('/'), 0, -2);
    const QString containersDir = topologyDir.section(QLatin1Char('/'), 0, -2);
    const QString baseDir = containersDir.section(QLatin1Char('/'), 0, -2);
    // The folders above go only when empty: other hosts and topologies may share this machine.
    return {PlanSteps::tr("Remove the /etc/hosts and /etc/resolv.conf files OverlayStudio kept "
                          "for the containers of %1 (%2).")
                .arg(host, hostDir),
            {},
            run({QStringLiteral("rm"), QStringLiteral("-rf"), QStringLiteral("--"), hostDir})
                .andThen(run({QStringLiteral("rmdir"), QStringLiteral("--"), topologyDir,
                              containersDir, baseDir})
                             .quiet()
                             .orElse(run({QStringLiteral("true")}))),
            kNoObject};
}

QString portPrefix(const QString &topology, const QString &host, const QString &container,
                   const QString &interfaceName)
{
    const QByteArray key
        = QStringList{topology, host, container, interfaceName}.join(QLatin1Char('\n')).toUtf8();
    return QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(13));
}

PlanStep plugContainers(const std::vector<Plug> &plugs, const QString &topology,
                        const QString &host)
{
    QStringList argv{QStringLiteral("sh"), QStringLiteral("-c"), QString::fromLatin1(kPlugScript),
                     QStringLiteral("overlaystudio-plug"), topology};
    QStringList names, details;
    for (const Plug &p : plugs) {
        const Container &c = *p.container;
        const QString prefix = portPrefix(topology, host, c.name, c.interfaceName);
        argv << c.name << c.interfaceName << p.bridge->name
             << (c.address.isEmpty() ? QStringLiteral("-") : c.address)
             << (p.gateway.isEmpty() ? QStringLiteral("-") : p.gateway)
             << QString::number(p.bridge->mtu) << prefix;
        names << c.name;
        details << PlanSteps::tr("%1: %2 on %3 (port %4_l), address %5, gateway %6, MTU %7")
                       .arg(c.name, c.interfaceName, p.bridge->name, prefix, c.address, p.gateway)
                       .arg(p.bridge->mtu);
    }
    const QString explanation
        = plugs.size() == 1
              ? PlanSteps::tr("Plug container %1 into bridge %2: a veth pair moved into the "
                              "container and set up there with nsenter (which announces the new "
                              "address), its port added and tagged as ovs-docker tags it.")
                    .arg(plugs.front().container->name, plugs.front().bridge->name)
              : PlanSteps::tr("Plug containers %1 into their bridges at once: one docker "
                              "inspect for their PIDs, a veth pair each moved into the "
                              "container and set up there with nsenter (which announces the "
                              "new address), every port added in one OVS transaction and "
                              "tagged as ovs-docker tags it.")
                    .arg(listed(names));
    PlanStep step{explanation, details, run(argv),
                  plugs.size() == 1 ? plugs.front().container->id : kNoObject};
    step.continueOnFailure = true;
    return step;
}

PlanStep removeContainers(const QStringList &names, const QStringList &ids)
{
    Q_ASSERT(ids.isEmpty() || ids.size() == names.size());
    return {PlanSteps::tr("Remove containers %1 (side by side); their ports' veth pairs go with "
                          "them.")
                .arg(listed(names)),
            {},
            run(QStringList{QStringLiteral("docker"), QStringLiteral("rm"), QStringLiteral("-f")}
                + (ids.isEmpty() ? names : ids))
                .withoutStdout(),
            kNoObject};
}

PlanStep deleteLinks(const QStringList &links, const QStringList &containers)
{
    RemoteCommand command;
    for (const QString &link : links) {
        const RemoteCommand one
            = run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("delete"), link});
        command = command.isEmpty() ? one : command.andThen(one);
    }
    return {PlanSteps::tr("Unplug containers %1: delete their veth pairs (the OVS ports go in "
                          "the transaction that follows).")
                .arg(listed(containers)),
            {},
            command,
            kNoObject};
}

} // namespace studio::steps
