#include "hoststate.h"

#include "plan/tags.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace studio {

class HostStateReader
{
    Q_DECLARE_TR_FUNCTIONS(studio::HostStateReader)
};

namespace {

// $1 topology, $2 host, $3 "destroy" to leave out what only apply and status need (images, the
// containers' own networks). Sections start with "@@name".
const char kProbeScript[] = R"SH(tag="$1"; host="$2"; what="$3"
echo @@programs
for p in ovs-vsctl ovs-docker docker ip iptables nsenter awk; do command -v "$p" >/dev/null 2>&1 || echo "$p"; done
echo @@tools
for p in tcpdump; do command -v "$p" >/dev/null 2>&1 || echo "$p"; done
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
# The slow readers (each docker call costs tens of ms) run side by side.
: >"$tmp/images"
[ "$what" = destroy ] || docker images --format '{{.Repository}}:{{.Tag}}\t{{.Repository}}@{{.Digest}}\t{{.ID}}' >"$tmp/images" 2>/dev/null &
docker ps -a --no-trunc --format '{{.Names}}\t{{.Image}}\t{{.State}}\t{{.Label "overlaystudio.topology"}}\t{{.Label "overlaystudio.host"}}\t{{.ID}}' >"$tmp/ps" 2>/dev/null &
ovs-vsctl --format=json -- --columns=name,ports,datapath_type,external_ids list bridge -- --columns=_uuid,name,interfaces,protected,external_ids list port -- --columns=_uuid,name,type,options,mtu_request,external_ids list interface >"$tmp/ovs" 2>&1 &
wait
echo @@images
cat "$tmp/images"
echo @@ovs
cat "$tmp/ovs"
echo @@links
ip -j addr
echo @@containers
cat "$tmp/ps"
echo @@netns
ours=$(awk -F '\t' -v t="$tag" -v h="$host" '$3 == "running" && $4 == t && $5 == h { print $6 }' "$tmp/ps")
if [ -n "$ours" ] && [ "$what" != destroy ]; then
  docker inspect --format '{{.Name}} {{.State.Pid}}' $ours 2>/dev/null | while read -r name pid; do
    echo "@container ${name#/}"
    nsenter -t "$pid" -n sh -c 'ip -j addr; echo @route; ip -j -4 route show default'
  done
fi
echo @@iptables
# Every rule of any topology, prefixed with its table; the reader keeps those whose comment is
# exactly this topology's tag (a substring match would take topology "lab2"'s rules for "lab"'s).
iptables -t filter -S FORWARD 2>/dev/null | awk '/overlaystudio:/ { print "filter " $0 }'
iptables -t nat -S POSTROUTING 2>/dev/null | awk '/overlaystudio:/ { print "nat " $0 }'
iptables -t mangle -S FORWARD 2>/dev/null | awk '/overlaystudio:/ { print "mangle " $0 }'
echo @@forward
cat /proc/sys/net/ipv4/ip_forward
echo @@machine
cat /etc/machine-id 2>/dev/null
echo @@files
ls -A ")SH" STUDIO_CONTAINER_FILES R"SH(/$tag/$host" 2>/dev/null
echo @@end
)SH";

// OVSDB JSON: ["set", [...]], ["map", [[k, v]...]], ["uuid", "..."], or a bare atom.
QStringList ovsSet(const QJsonValue &v)
{
    QStringList list;
    const QJsonArray a = v.toArray();
    if (a.size() == 2 && a[0].toString() == QLatin1String("set")) {
        for (const QJsonValue item : a[1].toArray())
            list << (item.isArray() ? item.toArray()[1].toString() : item.toVariant().toString());
    } else if (a.size() == 2 && a[0].toString() == QLatin1String("uuid")) {
        list << a[1].toString();
    } else if (!v.isArray()) {
        list << v.toVariant().toString();
    }
    return list;
}

QMap<QString, QString> ovsMap(const QJsonValue &v)
{
    QMap<QString, QString> map;
    const QJsonArray a = v.toArray();
    if (a.size() == 2 && a[0].toString() == QLatin1String("map")) {
        for (const QJsonValue pair : a[1].toArray())
            map.insert(pair.toArray()[0].toString(), pair.toArray()[1].toVariant().toString());
    }
    return map;
}

// One "list" result as rows of column -> value.
QList<QHash<QString, QJsonValue>> ovsRows(const QJsonObject &table)
{
    QStringList headings;
    for (const QJsonValue h : table.value(QStringLiteral("headings")).toArray())
        headings << h.toString();
    QList<QHash<QString, QJsonValue>> rows;
    for (const QJsonValue row : table.value(QStringLiteral("data")).toArray()) {
        QHash<QString, QJsonValue> r;
        const QJsonArray cells = row.toArray();
        for (int i = 0; i < headings.size() && i < cells.size(); ++i)
            r.insert(headings[i], cells[i]);
        rows << r;
    }
    return rows;
}

QHash<QString, LinkState> parseLinks(const QByteArray &json)
{
    QHash<QString, LinkState> links;
    for (const QJsonValue v : QJsonDocument::fromJson(json).array()) {
        const QJsonObject o = v.toObject();
        LinkState l;
        l.name = o.value(QStringLiteral("ifname")).toString();
        l.mtu = o.value(QStringLiteral("mtu")).toInt();
        const QJsonArray flags = o.value(QStringLiteral("flags")).toArray();
        l.up = flags.contains(QStringLiteral("UP"));
        for (const QJsonValue a : o.value(QStringLiteral("addr_info")).toArray()) {
            const QJsonObject addr = a.toObject();
            if (addr.value(QStringLiteral("family")).toString() == QLatin1String("inet"))
                l.ipv4 << QStringLiteral("%1/%2")
                              .arg(addr.value(QStringLiteral("local")).toString())
                              .arg(addr.value(QStringLiteral("prefixlen")).toInt());
        }
        links.insert(l.name, l);
    }
    return links;
}

} // namespace

QStringList HostState::portsOfBridge(const QString &bridge) const
{
    QStringList names;
    for (const OvsPortState &p : ports) {
        if (p.bridge == bridge)
            names << p.name;
    }
    names.sort();
    return names;
}

const OvsPortState *HostState::containerPort(const QString &container, const QString &iface) const
{
    for (const OvsPortState &p : ports) {
        if (p.containerId == container && p.containerIface == iface)
            return &p;
    }
    return nullptr;
}

const OvsPortState *HostState::portOfContainer(const QString &container) const
{
    for (const OvsPortState &p : ports) {
        if (p.containerId == container)
            return &p;
    }
    return nullptr;
}

RemoteCommand probeCommand(const QString &topology, const QString &host, ProbeFor purpose)
{
    QStringList argv{QStringLiteral("sh"),
                     QStringLiteral("-c"),
                     QString::fromLatin1(kProbeScript),
                     QStringLiteral("overlaystudio-probe"),
                     topology,
                     host};
    if (purpose == ProbeFor::Destroy)
        argv << QStringLiteral("destroy");
    return RemoteCommand::run(argv);
}

Result<HostState> parseProbe(const QByteArray &output, const QString &topology, const QString &host,
                             const QStringList &requestedImages)
{
    QHash<QString, QByteArray> sections;
    QString current;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("@@")) {
            current = QString::fromUtf8(line.mid(2).trimmed());
            sections.insert(current, {});
        } else if (!current.isEmpty()) {
            sections[current] += line + '\n';
        }
    }
    if (!sections.contains(QStringLiteral("end")))
        return Error{HostStateReader::tr("host state"),
                     HostStateReader::tr("the state report of the host is incomplete."),
                     HostStateReader::tr("Check that the host runs a POSIX shell and try again.")};

    HostState state;
    const auto lines = [&sections](const char *name) {
        QStringList list;
        for (const QByteArray &l : sections.value(QLatin1String(name)).split('\n')) {
            if (!l.trimmed().isEmpty())
                list << QString::fromUtf8(l.trimmed());
        }
        return list;
    };
    state.missingPrograms = lines("programs");
    state.missingTools = lines("tools");
    state.machineId = lines("machine").value(0); // none in reports from before it was read
    state.containerFiles = lines("files");
    if (!state.missingPrograms.isEmpty())
        return state; // nothing else can be read without them
    QSet<QString> images;
    for (const QString &line : lines("images")) {
        for (const QString &name : line.split(QLatin1Char('\t')))
            images.insert(name);
    }
    for (const QString &wanted : requestedImages) {
        // "busybox" means "busybox:latest"; an image may also be named by digest or id.
        const bool tagged = wanted.contains(QLatin1Char('@'))
                            || wanted.section(QLatin1Char('/'), -1).contains(QLatin1Char(':'));
        if (!images.contains(tagged ? wanted : wanted + QStringLiteral(":latest"))
            && !images.contains(wanted))
            state.missingImages << wanted;
    }

    // OVS: three JSON tables, one per line.
    const QList<QByteArray> tables = sections.value(QStringLiteral("ovs")).trimmed().split('\n');
    if (tables.size() < 3)
        return Error{
            HostStateReader::tr("Open vSwitch"),
            HostStateReader::tr("ovs-vsctl did not list bridges, ports and interfaces: %1")
                .arg(QString::fromUtf8(sections.value(QStringLiteral("ovs")).left(300))),
            HostStateReader::tr("Check that Open vSwitch runs on the host (ovs-vsctl show).")};
    QHash<QString, QString> portBridge; // port uuid -> bridge name
    for (const auto &row : ovsRows(QJsonDocument::fromJson(tables[0]).object())) {
        OvsBridgeState b;
        b.name = row.value(QStringLiteral("name")).toString();
        b.datapath = row.value(QStringLiteral("datapath_type")).toString();
        b.tag = ovsMap(row.value(QStringLiteral("external_ids"))).value(tags::ovsKey());
        for (const QString &uuid : ovsSet(row.value(QStringLiteral("ports"))))
            portBridge.insert(uuid, b.name);
        state.bridges.insert(b.name, b);
    }
    struct InterfaceRow
    {
        QString name, type;
        QMap<QString, QString> options, externalIds;
        int mtuRequest = -1;
    };
    QHash<QString, InterfaceRow> interfaces; // uuid -> row
    for (const auto &row : ovsRows(QJsonDocument::fromJson(tables[2]).object())) {
        InterfaceRow i;
        i.name = row.value(QStringLiteral("name")).toString();
        i.type = row.value(QStringLiteral("type")).toString();
        i.options = ovsMap(row.value(QStringLiteral("options")));
        i.externalIds = ovsMap(row.value(QStringLiteral("external_ids")));
        const QJsonValue mtu = row.value(QStringLiteral("mtu_request"));
        i.mtuRequest = mtu.isDouble() ? mtu.toInt() : -1;
        interfaces.insert(ovsSet(row.value(QStringLiteral("_uuid"))).value(0), i);
    }
    for (const auto &row : ovsRows(QJsonDocument::fromJson(tables[1]).object())) {
        OvsPortState p;
        p.name = row.value(QStringLiteral("name")).toString();
        p.bridge = portBridge.value(ovsSet(row.value(QStringLiteral("_uuid"))).value(0));
        p.tag = ovsMap(row.value(QStringLiteral("external_ids"))).value(tags::ovsKey());
        p.isProtected = row.value(QStringLiteral("protected")).toBool();
        const QStringList ifaces = ovsSet(row.value(QStringLiteral("interfaces")));
        if (!ifaces.isEmpty()) {
            const InterfaceRow i = interfaces.value(ifaces.first());
            p.type = i.type;
            p.options = i.options;
            p.mtuRequest = i.mtuRequest;
            p.containerId = i.externalIds.value(QStringLiteral("container_id"));
            p.containerIface = i.externalIds.value(QStringLiteral("container_iface"));
        }
        state.ports.insert(p.name, p);
    }

    state.links = parseLinks(sections.value(QStringLiteral("links")));

    for (const QString &line : lines("containers")) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.value(3) == topology && f.value(4) == host) {
            ContainerState c;
            c.name = f.value(0);
            c.image = f.value(1);
            c.state = f.value(2);
            c.id = f.value(5);
            state.containers.insert(c.name, c);
        } else {
            state.otherContainers.insert(f.value(0), f.value(3) + QLatin1Char('/') + f.value(4));
        }
    }

    // Per running container: "@container NAME", ip -j addr, "@route", ip -j route.
    QString container;
    QByteArray addr, route;
    bool inRoute = false;
    const auto flush = [&] {
        if (container.isEmpty() || !state.containers.contains(container))
            return;
        ContainerState &c = state.containers[container];
        c.links = parseLinks(addr);
        const QJsonArray routes = QJsonDocument::fromJson(route).array();
        if (!routes.isEmpty())
            c.defaultGateway
                = routes.first().toObject().value(QStringLiteral("gateway")).toString();
    };
    for (const QByteArray &line : sections.value(QStringLiteral("netns")).split('\n')) {
        if (line.startsWith("@container ")) {
            flush();
            container = QString::fromUtf8(line.mid(11).trimmed());
            addr.clear();
            route.clear();
            inRoute = false;
        } else if (line.startsWith("@route")) {
            inRoute = true;
        } else {
            (inRoute ? route : addr) += line + '\n';
        }
    }
    flush();

    for (const QString &line : lines("iptables")) {
        // "TABLE -A CHAIN ..."; reports from before the table prefix list filter and nat only.
        const bool prefixed = !line.startsWith(QLatin1String("-A "));
        const QString printed = prefixed ? line.section(QLatin1Char(' '), 1) : line;
        const QString table = prefixed ? line.section(QLatin1Char(' '), 0, 0)
                              : printed.startsWith(QLatin1String("-A POSTROUTING "))
                                  ? QStringLiteral("nat")
                                  : QStringLiteral("filter");
        if (auto rule = firewall::parsePrinted(table, printed, topology))
            state.firewallRules.push_back(std::move(*rule));
    }
    state.ipForward = lines("forward").value(0) == QLatin1String("1");
    return state;
}

} // namespace studio
