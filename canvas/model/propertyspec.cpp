#include "propertyspec.h"

#include <QCoreApplication>

namespace studio {

namespace {

using Type = PropertySpec::Type;

std::vector<PropertySpec> makeTable()
{
    constexpr ObjectKind topology = ObjectKind::None, host = ObjectKind::Host,
                         bridge = ObjectKind::Bridge, container = ObjectKind::Container,
                         link = ObjectKind::Link;
    std::vector<PropertySpec> t;
    const auto text = [&t](ObjectKind kind, const char *key, const char *label, const char *noun,
                           const char *help) {
        t.push_back({kind, key, Type::Text, label, noun, 0, 0, {}, true, 0, help});
    };
    const auto integer = [&t](ObjectKind kind, const char *key, const char *label, const char *noun,
                              qint64 min, qint64 max, const char *help) {
        t.push_back({kind, key, Type::Integer, label, noun, min, max, {}, true, 0, help});
    };
    const auto flag = [&t](ObjectKind kind, const char *key, const char *label, const char *noun,
                           const char *help) {
        t.push_back({kind, key, Type::Flag, label, noun, 0, 0, {}, true, 0, help});
    };
    const auto point = [&t](ObjectKind kind) {
        t.push_back({kind,
                     "position",
                     Type::Point,
                     QT_TRANSLATE_NOOP("studio::PropertySpec", "Position"),
                     QT_TRANSLATE_NOOP("studio::PropertySpec", "position"),
                     0,
                     0,
                     {},
                     false});
    };

    text(topology, "name", QT_TRANSLATE_NOOP("studio::PropertySpec", "Topology name"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "name"),
         QT_TRANSLATE_NOOP(
             "studio::PropertySpec",
             "Tags everything the topology creates on its hosts: letters, digits, '.', '_' "
             "and '-'."));
    text(
        topology, "description", QT_TRANSLATE_NOOP("studio::PropertySpec", "Description"),
        QT_TRANSLATE_NOOP("studio::PropertySpec", "description"),
        QT_TRANSLATE_NOOP("studio::PropertySpec", "What this topology is for, in your own words."));

    text(host, "name", QT_TRANSLATE_NOOP("studio::PropertySpec", "Name"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "name"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "The host's name in this design."));
    text(host, "managementAddress", QT_TRANSLATE_NOOP("studio::PropertySpec", "Management address"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "management address"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "The IP address or DNS name OverlayStudio connects to with SSH."));
    integer(host, "sshPort", QT_TRANSLATE_NOOP("studio::PropertySpec", "SSH port"),
            QT_TRANSLATE_NOOP("studio::PropertySpec", "SSH port"), 1, 65535,
            QT_TRANSLATE_NOOP("studio::PropertySpec", "The port sshd listens on (22 is usual)."));
    text(host, "user", QT_TRANSLATE_NOOP("studio::PropertySpec", "User"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "user"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "The account to log in as."));
    t.push_back({host,
                 "auth",
                 Type::Choice,
                 QT_TRANSLATE_NOOP("studio::PropertySpec", "Authentication"),
                 QT_TRANSLATE_NOOP("studio::PropertySpec", "authentication"),
                 0,
                 0,
                 {{"agent", QT_TRANSLATE_NOOP("studio::PropertySpec", "SSH agent")},
                  {"keyFile", QT_TRANSLATE_NOOP("studio::PropertySpec", "Key file")},
                  {"password",
                   QT_TRANSLATE_NOOP("studio::PropertySpec", "Password (asked when needed)")}}});
    text(host, "keyFile", QT_TRANSLATE_NOOP("studio::PropertySpec", "Key file"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "key file"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "The private key file, for key file authentication."));
    flag(host, "sudo", QT_TRANSLATE_NOOP("studio::PropertySpec", "Use sudo"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "sudo"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "Run commands through 'sudo -n' (for a user other than root)."));
    text(host, "underlayAddress",
         QT_TRANSLATE_NOOP("studio::PropertySpec", "Underlay (VTEP) address"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "underlay address"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "The address VXLAN tunnels use; empty means the management address."));
    integer(host, "underlayMtu", QT_TRANSLATE_NOOP("studio::PropertySpec", "Underlay MTU"),
            QT_TRANSLATE_NOOP("studio::PropertySpec", "underlay MTU"), 1280, 9216,
            QT_TRANSLATE_NOOP("studio::PropertySpec",
                              "The MTU of the host's network card (1500 is usual)."));
    t.push_back({host,
                 "datapath",
                 Type::Choice,
                 QT_TRANSLATE_NOOP("studio::PropertySpec", "OVS datapath"),
                 QT_TRANSLATE_NOOP("studio::PropertySpec", "OVS datapath"),
                 0,
                 0,
                 {{"system", QT_TRANSLATE_NOOP("studio::PropertySpec", "Kernel (system)")},
                  {"netdev", QT_TRANSLATE_NOOP("studio::PropertySpec", "Userspace (netdev)")}},
                 true,
                 0,
                 QT_TRANSLATE_NOOP(
                     "studio::PropertySpec",
                     "Userspace (netdev) for hosts without the OVS kernel module, such as the "
                     "local lab.")});
    point(host);
    t.push_back({host,
                 "size",
                 Type::Size,
                 QT_TRANSLATE_NOOP("studio::PropertySpec", "Frame size"),
                 QT_TRANSLATE_NOOP("studio::PropertySpec", "frame size"),
                 200,
                 100000,
                 {},
                 false,
                 120});

    text(bridge, "name", QT_TRANSLATE_NOOP("studio::PropertySpec", "Name"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "name"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "The OVS bridge, e.g. br0."));
    text(bridge, "gatewayPort", QT_TRANSLATE_NOOP("studio::PropertySpec", "Gateway port"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "gateway port"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "The internal port that holds the gateway address, e.g. veth0."));
    text(bridge, "gatewayAddress", QT_TRANSLATE_NOOP("studio::PropertySpec", "Gateway address"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "gateway address"),
         QT_TRANSLATE_NOOP(
             "studio::PropertySpec",
             "Address and prefix, e.g. 10.2.2.1/24; its network is the bridge's subnet."));
    integer(bridge, "mtu", QT_TRANSLATE_NOOP("studio::PropertySpec", "MTU"),
            QT_TRANSLATE_NOOP("studio::PropertySpec", "MTU"), 68, 9216,
            QT_TRANSLATE_NOOP("studio::PropertySpec",
                              "1450 fits a VXLAN tunnel over a 1500-byte network."));
    flag(bridge, "nat", QT_TRANSLATE_NOOP("studio::PropertySpec", "NAT to the outside"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "NAT"),
         QT_TRANSLATE_NOOP(
             "studio::PropertySpec",
             "Masquerade the subnet out of the host, so containers reach the outside."));
    point(bridge);

    text(container, "name", QT_TRANSLATE_NOOP("studio::PropertySpec", "Name"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "name"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "The Docker container's name."));
    text(container, "image", QT_TRANSLATE_NOOP("studio::PropertySpec", "Image"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "image"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "The Docker image to run, e.g. ubuntu:v1."));
    text(container, "interface", QT_TRANSLATE_NOOP("studio::PropertySpec", "Interface"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "interface"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "The interface inside the container, e.g. eth0."));
    text(container, "address", QT_TRANSLATE_NOOP("studio::PropertySpec", "Address"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "address"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "Address and prefix in the bridge's subnet, e.g. 10.2.2.2/24."));
    text(container, "gateway",
         QT_TRANSLATE_NOOP("studio::PropertySpec", "Gateway (empty: the bridge's)"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "gateway"),
         QT_TRANSLATE_NOOP(
             "studio::PropertySpec",
             "The container's default route; empty means the bridge's gateway address."));
    t.push_back({container,
                 "bridge",
                 Type::Reference,
                 QT_TRANSLATE_NOOP("studio::PropertySpec", "Attached to bridge"),
                 QT_TRANSLATE_NOOP("studio::PropertySpec", "bridge"),
                 0,
                 0,
                 {},
                 true,
                 0,
                 QT_TRANSLATE_NOOP("studio::PropertySpec",
                                   "The bridge on the container's host it is plugged into.")});
    point(container);

    integer(link, "vni", QT_TRANSLATE_NOOP("studio::PropertySpec", "VNI"),
            QT_TRANSLATE_NOOP("studio::PropertySpec", "VNI"), 1, 16777215,
            QT_TRANSLATE_NOOP(
                "studio::PropertySpec",
                "The VXLAN network identifier: links with the same VNI form one segment."));
    integer(link, "udpPort", QT_TRANSLATE_NOOP("studio::PropertySpec", "UDP port"),
            QT_TRANSLATE_NOOP("studio::PropertySpec", "UDP port"), 1, 65535,
            QT_TRANSLATE_NOOP("studio::PropertySpec", "4789 is the VXLAN port."));
    text(link, "portA", QT_TRANSLATE_NOOP("studio::PropertySpec", "Tunnel port, first end"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "first tunnel port"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "The VXLAN port on the first bridge's host, e.g. vxlan0."));
    text(link, "portB", QT_TRANSLATE_NOOP("studio::PropertySpec", "Tunnel port, second end"),
         QT_TRANSLATE_NOOP("studio::PropertySpec", "second tunnel port"),
         QT_TRANSLATE_NOOP("studio::PropertySpec",
                           "The VXLAN port on the second bridge's host, e.g. vxlan0."));
    return t;
}

} // namespace

QString PropertySpec::displayLabel() const
{
    return QCoreApplication::translate("studio::PropertySpec", label);
}

QString PropertySpec::displayNoun() const
{
    return QCoreApplication::translate("studio::PropertySpec", noun);
}

QString PropertySpec::displayHelp() const
{
    return help ? QCoreApplication::translate("studio::PropertySpec", help) : QString();
}

QStringList PropertySpec::choiceValues() const
{
    QStringList values;
    for (const Option &o : choices)
        values << QLatin1String(o.value);
    return values;
}

QString PropertySpec::choiceLabel(const QString &value) const
{
    for (const Option &o : choices) {
        if (value == QLatin1String(o.value))
            return QCoreApplication::translate("studio::PropertySpec", o.label);
    }
    return value;
}

bool PropertySpec::isChoice(const QString &value) const
{
    for (const Option &o : choices) {
        if (value == QLatin1String(o.value))
            return true;
    }
    return false;
}

QString PropertySpec::rangeText() const
{
    return QCoreApplication::translate("studio::PropertySpec", "%1 to %2")
        .arg(minimum)
        .arg(maximum);
}

namespace propertyspecs {

const std::vector<PropertySpec> &all()
{
    static const std::vector<PropertySpec> table = makeTable();
    return table;
}

const PropertySpec *find(ObjectKind kind, const QString &key)
{
    for (const PropertySpec &spec : all()) {
        if (spec.kind == kind && key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

std::vector<const PropertySpec *> of(ObjectKind kind)
{
    std::vector<const PropertySpec *> specs;
    for (const PropertySpec &spec : all()) {
        if (spec.kind == kind)
            specs.push_back(&spec);
    }
    return specs;
}

} // namespace propertyspecs

} // namespace studio
