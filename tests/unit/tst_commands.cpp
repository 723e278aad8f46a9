// Undo/redo of every edit, headless: commands change the document, the stack replays them.
#include "testsupport.h"

#include "commands/commands.h"
#include "model/projectfile.h"
#include "model/properties.h"
#include "model/topologydocument.h"
#include "model/validation.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace studio;

namespace {

Snapshot one(Host h)
{
    Snapshot s;
    s.hosts.push_back(std::move(h));
    return s;
}
Snapshot one(Bridge b)
{
    Snapshot s;
    s.bridges.push_back(std::move(b));
    return s;
}
Snapshot one(Container c)
{
    Snapshot s;
    s.containers.push_back(std::move(c));
    return s;
}
Snapshot one(VxlanLink l)
{
    Snapshot s;
    s.links.push_back(std::move(l));
    return s;
}

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private slots:
    void buildUndoToEmptyAndRedo()
    {
        TopologyDocument doc;
        Topology empty;
        empty.name = QStringLiteral("drawn");
        doc.reset(empty);
        QUndoStack stack;
        QSignalSpy added(&doc, &TopologyDocument::objectAdded);

        // The guide's topology, drawn: two hosts, a bridge on each, two containers, one link.
        std::vector<ObjectId> bridges;
        for (int n = 1; n <= 2; ++n) {
            Host h;
            h.id = doc.reserveId();
            h.name = QStringLiteral("host%1").arg(n);
            h.managementAddress = QStringLiteral("192.168.0.%1").arg(7 + n);
            stack.push(new AddObjectCommand(&doc, one(h), QStringLiteral("Add host")));
            Bridge b;
            b.id = doc.reserveId();
            b.host = h.id;
            b.name = QStringLiteral("br0");
            b.gatewayPort = QStringLiteral("veth0");
            b.gatewayAddress = QStringLiteral("10.2.2.%1/24").arg(n == 1 ? 1 : 254);
            stack.push(new AddObjectCommand(&doc, one(b), QStringLiteral("Add bridge")));
            bridges.push_back(b.id);
            Container c;
            c.id = doc.reserveId();
            c.host = h.id;
            c.bridge = b.id;
            c.name = QStringLiteral("container%1").arg(n);
            c.image = QStringLiteral("ubuntu:v1");
            c.address = QStringLiteral("10.2.2.%1/24").arg(n + 1);
            stack.push(new AddObjectCommand(&doc, one(c), QStringLiteral("Add container")));
        }
        VxlanLink l;
        l.id = doc.reserveId();
        l.bridgeA = bridges[0];
        l.bridgeB = bridges[1];
        l.vni = 100;
        l.portA = l.portB = QStringLiteral("vxlan0");
        stack.push(new AddObjectCommand(&doc, one(l), QStringLiteral("Connect")));
        QCOMPARE(added.count(), 7);
        QCOMPARE(doc.topology().objectCount(), 7);

        // Typing "1", "15", "150" in the VNI field is one step: one typing run.
        const int run = SetPropertyCommand::newRun();
        for (const char *typed : {"1", "15", "150"})
            stack.push(new SetPropertyCommand(&doc, l.id, QStringLiteral("vni"),
                                              QString::fromLatin1(typed), run));
        QCOMPARE(stack.count(), 8);
        QCOMPARE(doc.topology().link(l.id)->vni, 150u);
        QCOMPARE(stack.undoText(), QStringLiteral("Change VNI of host1/br0 <-> host2/br0"));
        // A word where a number belongs changes nothing and leaves no step.
        stack.push(
            new SetPropertyCommand(&doc, l.id, QStringLiteral("udpPort"), QStringLiteral("many")));
        QCOMPARE(stack.count(), 8);
        QCOMPARE(doc.topology().link(l.id)->udpPort, 4789);

        // A drag: one step however far it went.
        const ObjectId host1 = doc.topology().hosts().front().id;
        stack.push(new MoveCommand(&doc, {{host1, QPointF(0, 0), QPointF(120, 40)}}));
        QCOMPARE(doc.topology().host(host1)->position, QPointF(120, 40));
        QCOMPARE(stack.undoText(), QStringLiteral("Move host1"));
        // Keyboard nudges in a row are one step; a drag is never merged into them, and nudging
        // back to the start leaves no step at all.
        const int beforeNudges = stack.count();
        using Kind = MoveCommand::Kind;
        stack.push(
            new MoveCommand(&doc, {{host1, QPointF(120, 40), QPointF(130, 40)}}, Kind::Nudge));
        stack.push(
            new MoveCommand(&doc, {{host1, QPointF(130, 40), QPointF(130, 41)}}, Kind::Nudge));
        QCOMPARE(stack.count(), beforeNudges + 1);
        QCOMPARE(doc.topology().host(host1)->position, QPointF(130, 41));
        stack.push(
            new MoveCommand(&doc, {{host1, QPointF(130, 41), QPointF(120, 40)}}, Kind::Nudge));
        QCOMPARE(stack.count(), beforeNudges);
        QCOMPARE(doc.topology().host(host1)->position, QPointF(120, 40));
        stack.push(
            new MoveCommand(&doc, {{host1, QPointF(120, 40), QPointF(130, 40)}}, Kind::Nudge));
        stack.push(new MoveCommand(&doc, {{host1, QPointF(130, 40), QPointF(120, 40)}}));
        QCOMPARE(stack.count(), beforeNudges + 2);
        stack.undo();
        stack.undo();
        QCOMPARE(doc.topology().host(host1)->position, QPointF(120, 40));
        QCOMPARE(stack.count(), beforeNudges + 2); // undone steps stay redoable until a push
        stack.setIndex(beforeNudges);

        const QByteArray built = projectfile::toJson(doc.topology());
        QVERIFY(!hasErrors(validate(doc.topology())));

        // Deleting a host takes its bridge, container and link; undo brings back all, same ids.
        stack.push(new RemoveObjectCommand(&doc, host1));
        QCOMPARE(doc.topology().objectCount(), 3);
        QVERIFY(!doc.topology().link(l.id));
        stack.undo();
        QCOMPARE(projectfile::toJson(doc.topology()), built);

        // Deleting a bridge detaches its container; undo re-attaches it.
        const ObjectId container1 = doc.topology().containersOf(host1).front()->id;
        stack.push(new RemoveObjectCommand(&doc, bridges[0]));
        QCOMPARE(doc.topology().container(container1)->bridge, kNoObject);
        stack.undo();
        QCOMPARE(doc.topology().container(container1)->bridge, bridges[0]);
        QCOMPARE(projectfile::toJson(doc.topology()), built);

        // All the way back to nothing, and forward again (the bridge deletion, still on the redo
        // stack, included) to the same file.
        stack.redo();
        const QByteArray top = projectfile::toJson(doc.topology());
        QVERIFY(top != built);
        while (stack.canUndo())
            stack.undo();
        QCOMPARE(doc.topology().objectCount(), 0);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(projectfile::toJson(doc.topology()), top);
    }

    void changesAreAnnounced()
    {
        TopologyDocument doc;
        doc.reset(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        QVERIFY(!doc.isModified());
        QSignalSpy changed(&doc, &TopologyDocument::objectChanged);
        QSignalSpy removed(&doc, &TopologyDocument::objectRemoved);
        const ObjectId br0 = test::idOf(doc.topology(), QStringLiteral("host1/br0"));
        QVERIFY(doc.setProperty(br0, QStringLiteral("mtu"), 1400).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(1).toString(), QStringLiteral("mtu"));
        QVERIFY(doc.isModified());
        QVERIFY(!doc.setProperty(br0, QStringLiteral("colour"), 1).ok()); // no such property
        doc.remove(br0);
        QCOMPARE(removed.count(), 2); // the bridge and its link
    }

    // Edits merge only within one typing run; a refused value never replaces a valid one.
    void typingRunsMergeOnlyWithinOneRun()
    {
        TopologyDocument doc;
        doc.reset(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        const ObjectId br0 = test::idOf(doc.topology(), QStringLiteral("host1/br0"));
        const QString mtu = QStringLiteral("mtu");
        QUndoStack stack;
        const int run = SetPropertyCommand::newRun();
        for (int typed : {1, 14, 140, 1400})
            stack.push(new SetPropertyCommand(&doc, br0, mtu, typed, run));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Change MTU of host1/br0"));
        // 14000 is out of range: refused, nothing merged, and redo still gives 1400.
        stack.push(new SetPropertyCommand(&doc, br0, mtu, 14000, run));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(doc.topology().bridge(br0)->mtu, 1400);
        stack.undo();
        QCOMPARE(doc.topology().bridge(br0)->mtu, 1450);
        stack.redo();
        QCOMPARE(doc.topology().bridge(br0)->mtu, 1400);
        // A new run, and edits without a run (a resize, a tick), are steps of their own.
        stack.push(new SetPropertyCommand(&doc, br0, mtu, 1300, SetPropertyCommand::newRun()));
        stack.push(new SetPropertyCommand(&doc, br0, mtu, 1200));
        stack.push(new SetPropertyCommand(&doc, br0, mtu, 1100));
        QCOMPARE(stack.count(), 4);
        const ObjectId host1 = test::idOf(doc.topology(), QStringLiteral("host1"));
        stack.push(new SetPropertyCommand(&doc, host1, QStringLiteral("size"), QSizeF(500, 300)));
        stack.push(new SetPropertyCommand(&doc, host1, QStringLiteral("size"), QSizeF(600, 300)));
        QCOMPARE(stack.count(), 6); // two resizes of one host are two steps
        // Typed back to where the run started: no step at all.
        const int back = SetPropertyCommand::newRun();
        stack.push(new SetPropertyCommand(&doc, br0, mtu, 1000, back));
        stack.push(new SetPropertyCommand(&doc, br0, mtu, 1100, back));
        QCOMPARE(stack.count(), 6);
        // The topology's own fields are properties too.
        stack.push(new SetPropertyCommand(&doc, kNoObject, QStringLiteral("name"),
                                          QStringLiteral("classroom")));
        QCOMPARE(doc.topology().name, QStringLiteral("classroom"));
        QCOMPARE(stack.undoText(), QStringLiteral("Change name of the topology"));
    }

    void everyListedPropertyRoundTrips_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("host name") << "host1"
                                   << "name" << QVariant(QStringLiteral("edge1"));
        QTest::newRow("host port") << "host1"
                                   << "sshPort" << QVariant(2222);
        QTest::newRow("host auth") << "host1"
                                   << "auth" << QVariant(QStringLiteral("keyFile"));
        QTest::newRow("host datapath") << "host1"
                                       << "datapath" << QVariant(QStringLiteral("netdev"));
        QTest::newRow("host sudo") << "host1"
                                   << "sudo" << QVariant(true);
        QTest::newRow("bridge nat") << "host1/br0"
                                    << "nat" << QVariant(true);
        QTest::newRow("bridge gateway")
            << "host1/br0"
            << "gatewayAddress" << QVariant(QStringLiteral("10.2.2.254/24"));
        QTest::newRow("container image") << "host1/container1"
                                         << "image" << QVariant(QStringLiteral("busybox"));
        QTest::newRow("container interface") << "host1/container1"
                                             << "interface" << QVariant(QStringLiteral("eth1"));
    }
    void everyListedPropertyRoundTrips()
    {
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(QVariant, value);
        TopologyDocument doc;
        doc.reset(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        const ObjectId id = test::idOf(doc.topology(), object);
        QVERIFY(properties::keys(doc.topology().kindOf(id)).contains(key));
        QUndoStack stack;
        const QVariant before = doc.property(id, key);
        stack.push(new SetPropertyCommand(&doc, id, key, value));
        QCOMPARE(doc.property(id, key), value);
        stack.undo();
        QCOMPARE(doc.property(id, key), before);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
