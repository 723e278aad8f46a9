#include "testsupport.h"

#include "model/propertyspec.h"
#include "model/validation.h"

#include <QTest>

#include <functional>

using namespace studio;
using Mutation = std::function<void(Topology &)>;
Q_DECLARE_METATYPE(Mutation)
using LinkPairs = std::vector<std::pair<int, int>>;
Q_DECLARE_METATYPE(LinkPairs)

namespace {

Host *host(Topology &t, const char *name)
{
    return t.host(test::idOf(t, QLatin1String(name)));
}
Bridge *bridge(Topology &t, const char *name)
{
    return t.bridge(test::idOf(t, QLatin1String(name)));
}
Container *container(Topology &t, const char *name)
{
    return t.container(test::idOf(t, QLatin1String(name)));
}
VxlanLink *link(Topology &t, int index)
{
    return t.link(t.links().at(std::size_t(index)).id);
}

// n hosts h1..hn with one bridge br0 each in 198.19.9.0/24, joined by the given links (pairs of
// 1-based host numbers), all on VNI 900.
Topology segmentOf(int n, const LinkPairs &pairs)
{
    Topology t;
    t.name = QStringLiteral("segment");
    std::vector<ObjectId> bridges;
    for (int i = 1; i <= n; ++i) {
        Host h;
        h.name = QStringLiteral("h%1").arg(i);
        h.managementAddress = QStringLiteral("198.18.0.%1").arg(i);
        const ObjectId hostId = t.addHost(h).value();
        Bridge b;
        b.host = hostId;
        b.name = QStringLiteral("br0");
        b.gatewayPort = QStringLiteral("gw0");
        b.gatewayAddress = QStringLiteral("198.19.9.%1/24").arg(i);
        bridges.push_back(t.addBridge(b).value());
    }
    for (const auto &[a, b] : pairs) {
        VxlanLink l;
        l.bridgeA = bridges[std::size_t(a - 1)];
        l.bridgeB = bridges[std::size_t(b - 1)];
        l.vni = 900;
        l.portA = QStringLiteral("vx-h%1").arg(b);
        l.portB = QStringLiteral("vx-h%1").arg(a);
        t.addLink(l).value(); // throws if the set-up is wrong
    }
    return t;
}

QStringList codes(const QList<Problem> &problems)
{
    QStringList list;
    for (const Problem &p : problems)
        list << p.code;
    return list;
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void examplesHaveNoErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed") << QStringLiteral("seed-two-hosts.json");
        QTest::newRow("three-host mesh") << QStringLiteral("three-hosts-mesh.json");
    }
    void examplesHaveNoErrors()
    {
        QFETCH(QString, file);
        const QList<Problem> problems = validate(test::loadExample(file));
        for (const Problem &p : problems)
            QVERIFY2(p.severity == Severity::Warning, qPrintable(p.text()));
    }

    void seedWarnsAboutSharedGateways()
    {
        // The guide puts 10.2.2.1 on both hosts' br0: allowed, but we say why it is fragile.
        const QList<Problem> problems
            = validate(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        QCOMPARE(codes(problems), QStringList({QStringLiteral("segment.gatewayShared"),
                                               QStringLiteral("segment.gatewayShared")}));
    }

    // Each rule: a mutation of the seed topology, the code, and whether it must appear (a failing
    // case) or must not (a passing case next to it).
    void rules_data()
    {
        QTest::addColumn<Mutation>("mutate");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("expected");

        const auto row = [](const char *name, const char *code, bool expected, Mutation m) {
            QTest::newRow(name) << m << QString::fromLatin1(code) << expected;
        };
        row("image definition name with shell", "image.invalid", true,
            [](Topology &t) { t.images.front().name = QStringLiteral("ubuntu:v1;reboot"); });
        row("image definition upper case", "image.invalid", true,
            [](Topology &t) { t.images.front().name = QStringLiteral("Ubuntu:v1"); });
        row("image dockerfile empty", "image.invalid", true,
            [](Topology &t) { t.images.front().dockerfile = QStringLiteral("\n# nothing\n"); });
        row("image dockerfile without FROM", "image.invalid", true, [](Topology &t) {
            t.images.front().dockerfile = QStringLiteral("RUN apt update\nFROM ubuntu\n");
        });
        row("image dockerfile ARG before FROM ok", "image.invalid", false, [](Topology &t) {
            t.images.front().dockerfile
                = QStringLiteral("# syntax\nARG BASE=ubuntu\nfrom ${BASE}\nRUN true\n");
        });
        row("image copy from bad local name", "image.invalid", true, [](Topology &t) {
            t.images.front().source = ImageSource::Copy;
            t.images.front().localImage = QStringLiteral("$(reboot)");
        });
        row("image copy from local name ok", "image.invalid", false, [](Topology &t) {
            t.images.front().source = ImageSource::Copy;
            t.images.front().localImage = QStringLiteral("lab/ubuntu:saved");
        });
        row("image built by digest", "image.invalid", true, [](Topology &t) {
            t.images.front().name
                = QStringLiteral("ubuntu@sha256:") + QString(64, QLatin1Char('a'));
        });
        row("image defined twice", "image.duplicate", true,
            [](Topology &t) { t.images.push_back(t.images.front()); });
        row("image defined once", "image.duplicate", false, [](Topology &t) {
            t.images.push_back(t.images.front());
            t.images.back().name = QStringLiteral("ubuntu:v2");
        });
        row("topology name with space", "topology.name.invalid", true,
            [](Topology &t) { t.name = QStringLiteral("my topo"); });
        row("topology name ok", "topology.name.invalid", false,
            [](Topology &t) { t.name = QStringLiteral("my-topo.v2"); });
        row("host name with space", "host.name.invalid", true,
            [](Topology &t) { host(t, "host1")->name = QStringLiteral("host 1"); });
        row("host name ok", "host.name.invalid", false,
            [](Topology &t) { host(t, "host1")->name = QStringLiteral("edge-01"); });
        row("host name duplicate", "host.name.duplicate", true,
            [](Topology &t) { host(t, "host2")->name = QStringLiteral("host1"); });
        row("management missing", "host.management.missing", true,
            [](Topology &t) { host(t, "host1")->managementAddress.clear(); });
        row("management bad octet", "host.management.invalid", true,
            [](Topology &t) { host(t, "host1")->managementAddress = QStringLiteral("300.1.1.1"); });
        row("management injection", "host.management.invalid", true,
            [](Topology &t) { host(t, "host1")->managementAddress = QStringLiteral("h1;reboot"); });
        row("management dns name ok", "host.management.invalid", false, [](Topology &t) {
            host(t, "host1")->managementAddress = QStringLiteral("node1.example.org");
            host(t, "host1")->underlayAddress = QStringLiteral("192.168.0.8");
        });
        row("management duplicate", "host.management.duplicate", true, [](Topology &t) {
            host(t, "host2")->managementAddress = QStringLiteral("192.168.0.8");
            host(t, "host2")->underlayAddress = QStringLiteral("192.168.0.9");
        });
        row("same address other ssh port", "host.management.duplicate", false, [](Topology &t) {
            host(t, "host2")->managementAddress = QStringLiteral("192.168.0.8");
            host(t, "host2")->underlayAddress = QStringLiteral("192.168.0.9");
            host(t, "host2")->sshPort = 2222;
        });
        row("ssh port zero", "host.sshPort.range", true,
            [](Topology &t) { host(t, "host1")->sshPort = 0; });
        row("ssh port ok", "host.sshPort.range", false,
            [](Topology &t) { host(t, "host1")->sshPort = 65535; });
        row("user with semicolon", "host.user.invalid", true,
            [](Topology &t) { host(t, "host1")->user = QStringLiteral("root;id"); });
        row("user ok", "host.user.invalid", false, [](Topology &t) {
            host(t, "host1")->user = QStringLiteral("ubuntu");
            host(t, "host1")->sudo = true;
        });
        row("non-root without sudo", "host.sudo.off", true,
            [](Topology &t) { host(t, "host1")->user = QStringLiteral("ubuntu"); });
        row("key file missing", "host.keyFile.missing", true,
            [](Topology &t) { host(t, "host1")->auth = AuthMethod::KeyFile; });
        row("key file given", "host.keyFile.missing", false, [](Topology &t) {
            host(t, "host1")->auth = AuthMethod::KeyFile;
            host(t, "host1")->keyFile = QStringLiteral("/root/.ssh/id_ed25519");
        });
        row("underlay mtu tiny", "host.underlayMtu.range", true,
            [](Topology &t) { host(t, "host1")->underlayMtu = 576; });
        row("underlay mtu jumbo", "host.underlayMtu.range", false,
            [](Topology &t) { host(t, "host1")->underlayMtu = 9000; });
        row("underlay malformed", "host.underlay.invalid", true,
            [](Topology &t) { host(t, "host1")->underlayAddress = QStringLiteral("10.0.0"); });
        row("underlay ipv6 ok", "host.underlay.invalid", false,
            [](Topology &t) { host(t, "host1")->underlayAddress = QStringLiteral("2001:db8::1"); });
        row("underlay missing for dns host", "host.underlay.missing", true, [](Topology &t) {
            host(t, "host1")->managementAddress = QStringLiteral("node1.example.org");
        });
        row("underlay duplicate", "host.underlay.duplicate", true,
            [](Topology &t) { host(t, "host2")->underlayAddress = QStringLiteral("192.168.0.8"); });

        row("bridge name with semicolon", "bridge.name.invalid", true,
            [](Topology &t) { bridge(t, "host1/br0")->name = QStringLiteral("br0;rm -rf /"); });
        row("bridge name 16 chars", "bridge.name.invalid", true,
            [](Topology &t) { bridge(t, "host1/br0")->name = QStringLiteral("abcdefghijklmnop"); });
        row("bridge name 15 chars", "bridge.name.invalid", false,
            [](Topology &t) { bridge(t, "host1/br0")->name = QStringLiteral("abcdefghijklmno"); });
        row("bridge name non-ascii", "bridge.name.invalid", true,
            [](Topology &t) { bridge(t, "host1/br0")->name = QStringLiteral("brü"); });
        row("bridge name leading dash", "bridge.name.invalid", true,
            [](Topology &t) { bridge(t, "host1/br0")->name = QStringLiteral("-br0"); });
        row("gateway port with $()", "bridge.gatewayPort.invalid", true,
            [](Topology &t) { bridge(t, "host1/br0")->gatewayPort = QStringLiteral("$(id)"); });
        row("gateway port clashes with other port", "interface.duplicate", true,
            [](Topology &t) { bridge(t, "host1/br1")->gatewayPort = QStringLiteral("veth0"); });
        row("tunnel port clashes with bridge", "interface.duplicate", true,
            [](Topology &t) { link(t, 0)->portA = QStringLiteral("br1"); });
        row("same port names on different hosts", "interface.duplicate", false,
            [](Topology &t) { link(t, 0)->portB = QStringLiteral("vxlan0"); });
        row("gateway without prefix", "bridge.address.invalid", true, [](Topology &t) {
            bridge(t, "host1/br0")->gatewayAddress = QStringLiteral("10.2.2.1");
        });
        row("gateway prefix 33", "bridge.address.invalid", true, [](Topology &t) {
            bridge(t, "host1/br0")->gatewayAddress = QStringLiteral("10.2.2.1/33");
        });
        row("gateway is network address", "bridge.address.reserved", true, [](Topology &t) {
            bridge(t, "host1/br0")->gatewayAddress = QStringLiteral("10.2.2.0/24");
        });
        row("gateway at end of range", "bridge.address.reserved", false, [](Topology &t) {
            bridge(t, "host1/br0")->gatewayAddress = QStringLiteral("10.2.2.254/24");
        });
        row("bridge mtu 20", "bridge.mtu.range", true,
            [](Topology &t) { bridge(t, "host1/br0")->mtu = 20; });
        row("bridge mtu above tunnel", "bridge.mtu.underlay", true,
            [](Topology &t) { bridge(t, "host1/br0")->mtu = 1451; });
        row("bridge mtu fits jumbo underlay", "bridge.mtu.underlay", false, [](Topology &t) {
            host(t, "host1")->underlayMtu = 9000;
            host(t, "host2")->underlayMtu = 9000;
            bridge(t, "host1/br0")->mtu = 8950;
            bridge(t, "host2/br0")->mtu = 8950;
        });
        row("bridge mtu 1450 over ipv6 underlay", "bridge.mtu.underlay", true, [](Topology &t) {
            host(t, "host1")->underlayAddress = QStringLiteral("2001:db8::8");
            host(t, "host2")->underlayAddress = QStringLiteral("2001:db8::9");
        });
        row("overlapping subnets on one host", "bridge.subnet.overlap", true, [](Topology &t) {
            bridge(t, "host1/br1")->gatewayAddress = QStringLiteral("10.2.0.1/16");
        });

        row("container name one char", "container.name.invalid", true,
            [](Topology &t) { container(t, "host1/container1")->name = QStringLiteral("c"); });
        row("container name with quote", "container.name.invalid", true,
            [](Topology &t) { container(t, "host1/container1")->name = QStringLiteral("c'1"); });
        row("container name newline", "container.name.invalid", true,
            [](Topology &t) { container(t, "host1/container1")->name = QStringLiteral("c1\nid"); });
        row("container name duplicate on host", "container.name.duplicate", true, [](Topology &t) {
            container(t, "host1/container2")->name = QStringLiteral("container1");
        });
        row("container name reused on other host", "container.name.duplicate", false,
            [](Topology &t) {
                container(t, "host2/container3")->name = QStringLiteral("container1");
            });
        row("image upper case", "container.image.invalid", true, [](Topology &t) {
            container(t, "host1/container1")->image = QStringLiteral("Ubuntu:v1");
        });
        row("image with backtick", "container.image.invalid", true, [](Topology &t) {
            container(t, "host1/container1")->image = QStringLiteral("ubuntu`id`");
        });
        row("image with registry", "container.image.invalid", false, [](Topology &t) {
            container(t, "host1/container1")->image
                = QStringLiteral("registry.local:5000/team/app:1.2");
        });
        row("interface trailing space", "container.interface.invalid", true, [](Topology &t) {
            container(t, "host1/container1")->interfaceName = QStringLiteral("eth0 ");
        });
        row("container not attached", "container.bridge.missing", true,
            [](Topology &t) { container(t, "host1/container1")->bridge = kNoObject; });
        row("container address bad", "container.address.invalid", true, [](Topology &t) {
            container(t, "host1/container1")->address = QStringLiteral("10.2.2.300/24");
        });
        row("container outside subnet", "container.address.outsideSubnet", true, [](Topology &t) {
            container(t, "host1/container1")->address = QStringLiteral("10.9.9.2/24");
        });
        row("container other prefix", "container.address.outsideSubnet", true, [](Topology &t) {
            container(t, "host1/container1")->address = QStringLiteral("10.2.2.2/16");
        });
        row("container inside subnet", "container.address.outsideSubnet", false, [](Topology &t) {
            container(t, "host1/container1")->address = QStringLiteral("10.2.2.200/24");
        });
        row("container broadcast", "container.address.reserved", true, [](Topology &t) {
            container(t, "host1/container1")->address = QStringLiteral("10.2.2.255/24");
        });
        row("container gateway word", "container.gateway.invalid", true, [](Topology &t) {
            container(t, "host1/container1")->gateway = QStringLiteral("gateway");
        });
        row("container gateway outside", "container.gateway.outsideSubnet", true, [](Topology &t) {
            container(t, "host1/container1")->gateway = QStringLiteral("10.3.3.1");
        });
        row("container gateway empty", "container.gateway.outsideSubnet", false,
            [](Topology &t) { container(t, "host1/container1")->gateway.clear(); });
        row("same address across hosts", "address.duplicate", true, [](Topology &t) {
            container(t, "host2/container3")->address = QStringLiteral("10.2.2.2/24");
        });
        row("container takes gateway address", "address.duplicate", true, [](Topology &t) {
            container(t, "host2/container3")->address = QStringLiteral("10.2.2.1/24");
        });
        row("same address in unlinked segments", "address.duplicate", false, [](Topology &t) {
            t.remove(t.links().front().id);
            container(t, "host2/container3")->address = QStringLiteral("10.2.2.2/24");
        });

        row("vni zero", "link.vni.range", true, [](Topology &t) { link(t, 0)->vni = 0; });
        row("vni too big", "link.vni.range", true, [](Topology &t) { link(t, 0)->vni = 16777216; });
        row("vni largest", "link.vni.range", false,
            [](Topology &t) { link(t, 0)->vni = 16777215; });
        row("udp port zero", "link.udpPort.range", true,
            [](Topology &t) { link(t, 0)->udpPort = 0; });
        row("udp port linux default", "link.udpPort.range", false,
            [](Topology &t) { link(t, 0)->udpPort = 8472; });
        row("tunnel port injection", "link.portName.invalid", true,
            [](Topology &t) { link(t, 0)->portA = QStringLiteral("vx$(reboot)"); });
        row("link inside one host", "link.sameHost", true,
            [](Topology &t) { link(t, 0)->bridgeB = test::idOf(t, QStringLiteral("host1/br1")); });
        row("link joins two subnets", "link.subnetMismatch", true,
            [](Topology &t) { link(t, 0)->bridgeB = test::idOf(t, QStringLiteral("host2/br1")); });
        row("second link between same bridges", "link.duplicate", true, [](Topology &t) {
            VxlanLink extra = t.links().front();
            extra.id = kNoObject;
            extra.vni = 101;
            extra.portA = extra.portB = QStringLiteral("vxlan9");
            t.addLink(extra).value(); // throws if the set-up is wrong
        });
        row("two tunnels same vni same hosts", "link.tunnelClash", true,
            [](Topology &t) { link(t, 1)->vni = 100; });
        row("vni joins two subnets", "vni.subnetMismatch", true,
            [](Topology &t) { link(t, 1)->vni = 100; });
        row("distinct vnis", "vni.subnetMismatch", false,
            [](Topology &t) { link(t, 1)->vni = 201; });
        row("mtu differs in segment", "segment.mtuMismatch", true,
            [](Topology &t) { bridge(t, "host2/br0")->mtu = 1400; });
        row("own gateway per host", "segment.gatewayShared", false, [](Topology &t) {
            bridge(t, "host2/br0")->gatewayAddress = QStringLiteral("10.2.2.254/24");
            bridge(t, "host2/br1")->gatewayAddress = QStringLiteral("10.3.3.254/24");
        });
        row("routing without a partner", "bridge.routed.alone", true,
            [](Topology &t) { bridge(t, "host1/br0")->routed = true; });
        row("routing between two bridges", "bridge.routed.alone", false, [](Topology &t) {
            bridge(t, "host1/br0")->routed = true;
            bridge(t, "host1/br1")->routed = true;
        });
        row("routing on one host of two", "bridge.routed.asymmetric", true, [](Topology &t) {
            bridge(t, "host1/br0")->routed = true;
            bridge(t, "host1/br1")->routed = true;
        });
        row("routing on both hosts", "bridge.routed.asymmetric", false, [](Topology &t) {
            for (const char *b : {"host1/br0", "host1/br1", "host2/br0", "host2/br1"})
                bridge(t, b)->routed = true;
        });
    }

    void rules()
    {
        QFETCH(Mutation, mutate);
        QFETCH(QString, code);
        QFETCH(bool, expected);
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        if (expected)
            QVERIFY2(!codes(validate(t)).contains(code), "the seed topology must pass this rule");
        mutate(t);
        const QList<Problem> problems = validate(t);
        const auto it = std::find_if(problems.begin(), problems.end(),
                                     [&](const Problem &p) { return p.code == code; });
        if (!expected) {
            QVERIFY2(it == problems.end(),
                     qPrintable(it == problems.end() ? QString() : it->text()));
            return;
        }
        QVERIFY2(it != problems.end(), qPrintable(codes(problems).join(QLatin1Char(' '))));
        // Every problem names an object (or the topology) and says how to fix it.
        QVERIFY(!it->message.isEmpty());
        QVERIFY2(!it->fix.isEmpty(), qPrintable(it->message));
        if (it->object != kNoObject)
            QVERIFY(t.contains(it->object));
        // Every field a problem names is a real field of its object (the property editor marks
        // it by that key): one spelling for model, editor and validation.
        for (const Problem &p : problems) {
            if (p.field.isEmpty())
                continue;
            QVERIFY2(propertyspecs::find(t.kindOf(p.object), p.field),
                     qPrintable(QStringLiteral("%1 names field '%2', which %3 does not have")
                                    .arg(p.code, p.field, t.displayName(p.object))));
        }
    }

    void loops_data()
    {
        QTest::addColumn<int>("hosts");
        QTest::addColumn<LinkPairs>("pairs");
        QTest::addColumn<bool>("loop");
        QTest::addColumn<bool>("mesh");
        QTest::newRow("one link") << 2 << LinkPairs{{1, 2}} << false << false;
        QTest::newRow("chain of 4") << 4 << LinkPairs{{1, 2}, {2, 3}, {3, 4}} << false << false;
        QTest::newRow("star of 4") << 4 << LinkPairs{{1, 2}, {1, 3}, {1, 4}} << false << false;
        QTest::newRow("mesh of 3") << 3 << LinkPairs{{1, 2}, {2, 3}, {1, 3}} << false << true;
        QTest::newRow("mesh of 4")
            << 4 << LinkPairs{{1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4}} << false << true;
        QTest::newRow("ring of 4")
            << 4 << LinkPairs{{1, 2}, {2, 3}, {3, 4}, {4, 1}} << true << false;
        QTest::newRow("mesh of 4 minus one")
            << 4 << LinkPairs{{1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 4}} << true << false;
    }

    void loops()
    {
        QFETCH(int, hosts);
        QFETCH(LinkPairs, pairs);
        QFETCH(bool, loop);
        QFETCH(bool, mesh);
        const Topology t = segmentOf(hosts, pairs);
        const QList<Problem> problems = validate(t);
        QCOMPARE(codes(problems).contains(QStringLiteral("segment.loop")), loop);
        QCOMPARE(hasErrors(problems), loop);
        const auto segs = segments(t);
        QCOMPARE(segs.size(), std::size_t(1));
        QCOMPARE(segs.front().isFullMesh(), mesh);
        if (loop) {
            const Problem &p
                = *std::find_if(problems.begin(), problems.end(), [](const Problem &p) {
                      return p.code == QLatin1String("segment.loop");
                  });
            // The message names every bridge of the loop.
            for (int i = 1; i <= hosts; ++i)
                QVERIFY2(p.message.contains(QStringLiteral("h%1/br0").arg(i)),
                         qPrintable(p.message));
        }
    }

    void mixedVnisInOneSegmentWarn()
    {
        Topology t = segmentOf(3, {{1, 2}, {2, 3}});
        t.link(t.links().back().id)->vni = 901;
        const QList<Problem> problems = validate(t);
        QVERIFY(codes(problems).contains(QStringLiteral("segment.mixedVni")));
        QVERIFY(!hasErrors(problems));
    }

    void emptyTopologyOnlyNeedsAName()
    {
        Topology t;
        QCOMPARE(codes(validate(t)), QStringList{QStringLiteral("topology.name.invalid")});
        t.name = QStringLiteral("empty");
        QVERIFY(validate(t).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
