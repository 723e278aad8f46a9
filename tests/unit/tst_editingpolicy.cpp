// The editing rules, headless: new objects get free names and subnets, connections are checked,
// attaching re-addresses, and a link between two segments leaves one subnet in one undo step.
#include "testsupport.h"

#include "commands/editingpolicy.h"
#include "model/topologydocument.h"
#include "model/validation.h"

#include <QTest>
#include <QUndoStack>

using namespace studio;

namespace {

// Pushes an edit; fails the test (returning kNoObject) when it was refused.
ObjectId apply(QUndoStack &stack, Edit edit)
{
    if (edit.refused()) {
        qWarning("refused: %s", qPrintable(edit.message));
        return kNoObject;
    }
    stack.push(edit.command.release());
    return edit.created;
}

QStringList errorsOf(const Topology &t)
{
    QStringList errors;
    for (const Problem &p : validate(t)) {
        if (p.severity == Severity::Error)
            errors << p.text();
    }
    return errors;
}

} // namespace

class TestEditingPolicy : public QObject
{
    Q_OBJECT

    // Two hosts, each with a bridge; `left` containers on host1's bridge, `right` on host2's.
    struct Drawing
    {
        ObjectId host1, host2, br1, br2;
        QList<ObjectId> leftContainers, rightContainers;
    };
    static Drawing draw(TopologyDocument &doc, QUndoStack &stack, int left, int right)
    {
        Drawing d;
        Topology named;
        named.name = QStringLiteral("drawn");
        doc.reset(named);
        d.host1 = apply(stack, EditingPolicy::addHost(&doc, QPointF(0, 0)));
        d.host2 = apply(stack, EditingPolicy::addHost(&doc, QPointF(700, 0)));
        for (ObjectId h : {d.host1, d.host2}) {
            const QString address
                = h == d.host1 ? QStringLiteral("198.18.0.1") : QStringLiteral("198.18.0.2");
            if (!doc.setProperty(h, QStringLiteral("managementAddress"), address))
                qFatal("cannot set the management address");
        }
        d.br1 = apply(stack, EditingPolicy::addBridge(&doc, d.host1, QPointF(200, 40)));
        d.br2 = apply(stack, EditingPolicy::addBridge(&doc, d.host2, QPointF(200, 40)));
        for (int i = 0; i < left + right; ++i) {
            const bool onLeft = i < left;
            const ObjectId c
                = apply(stack, EditingPolicy::addContainer(&doc, onLeft ? d.host1 : d.host2,
                                                           QPointF(10, 60 * i)));
            apply(stack, EditingPolicy::connect(&doc, c, onLeft ? d.br1 : d.br2));
            (onLeft ? d.leftContainers : d.rightContainers) << c;
        }
        return d;
    }

private slots:
    void newObjectsHaveFreeNamesAndSubnets()
    {
        TopologyDocument doc;
        QUndoStack stack;
        const Drawing d = draw(doc, stack, 2, 1);
        const Topology &t = doc.topology();
        QCOMPARE(t.host(d.host1)->name, QStringLiteral("host1"));
        QCOMPARE(t.host(d.host2)->name, QStringLiteral("host2"));
        QCOMPARE(t.bridge(d.br1)->name, QStringLiteral("br0"));
        QCOMPARE(t.bridge(d.br1)->gatewayPort, QStringLiteral("veth0"));
        QCOMPARE(t.bridge(d.br1)->gatewayAddress, QStringLiteral("10.2.2.1/24"));
        // Each new bridge gets its own subnet (the family the topology already uses).
        QCOMPARE(t.bridge(d.br2)->gatewayAddress, QStringLiteral("10.2.3.1/24"));
        QCOMPARE(t.container(d.leftContainers[0])->name, QStringLiteral("container1"));
        QCOMPARE(t.container(d.leftContainers[0])->address, QStringLiteral("10.2.2.2/24"));
        QCOMPARE(t.container(d.leftContainers[1])->address, QStringLiteral("10.2.2.3/24"));
        QCOMPARE(t.container(d.rightContainers[0])->address, QStringLiteral("10.2.3.2/24"));
        QCOMPARE(t.container(d.rightContainers[0])->image, QStringLiteral("ubuntu:v1"));
        QVERIFY2(errorsOf(t).isEmpty(), qPrintable(errorsOf(t).join(QLatin1Char('\n'))));
    }

    // Linking two bridges of different subnets used to give two errors for one cause; now the
    // side with fewer containers joins the other's subnet in the same undo step.
    void aLinkJoiningTwoSubnetsLeavesOne()
    {
        TopologyDocument doc;
        QUndoStack stack;
        const Drawing d = draw(doc, stack, 2, 1);
        const Topology &t = doc.topology();
        const int steps = stack.count();
        // Drawn from the smaller side: the larger side still keeps its subnet.
        Edit link = EditingPolicy::connect(&doc, d.br2, d.br1);
        QVERIFY2(link.message.contains(QStringLiteral("10.2.2.0/24")), qPrintable(link.message));
        const ObjectId l = apply(stack, std::move(link));
        QVERIFY(l != kNoObject);
        QCOMPARE(stack.count(), steps + 1);
        QCOMPARE(t.links().size(), std::size_t(1));
        QCOMPARE(t.bridge(d.br1)->gatewayAddress, QStringLiteral("10.2.2.1/24"));
        QCOMPARE(t.bridge(d.br2)->gatewayAddress, QStringLiteral("10.2.2.254/24")); // from the top
        QCOMPARE(t.container(d.rightContainers[0])->address, QStringLiteral("10.2.2.4/24"));
        QCOMPARE(t.container(d.leftContainers[0])->address, QStringLiteral("10.2.2.2/24"));
        QVERIFY2(errorsOf(t).isEmpty(), qPrintable(errorsOf(t).join(QLatin1Char('\n'))));

        // One undo puts every address back and removes the link.
        stack.undo();
        QVERIFY(t.links().empty());
        QCOMPARE(t.bridge(d.br2)->gatewayAddress, QStringLiteral("10.2.3.1/24"));
        QCOMPARE(t.container(d.rightContainers[0])->address, QStringLiteral("10.2.3.2/24"));
        stack.redo();
        QCOMPARE(t.bridge(d.br2)->gatewayAddress, QStringLiteral("10.2.2.254/24"));
    }

    void aSubnetWithoutRoomKeepsTheLinkAlone()
    {
        TopologyDocument doc;
        QUndoStack stack;
        const Drawing d = draw(doc, stack, 1, 1);
        // host1's side is a /30: the gateway and one container fill it.
        QVERIFY(
            doc.setProperty(d.br1, QStringLiteral("gatewayAddress"), QStringLiteral("10.9.9.1/30"))
                .ok());
        QVERIFY(doc.setProperty(d.leftContainers[0], QStringLiteral("address"),
                                QStringLiteral("10.9.9.2/30"))
                    .ok());
        Edit link = EditingPolicy::connect(&doc, d.br1, d.br2);
        QVERIFY2(link.message.contains(QStringLiteral("no room")), qPrintable(link.message));
        QVERIFY(apply(stack, std::move(link)) != kNoObject);
        // Nothing half-done: host2's side is as it was.
        QCOMPARE(doc.topology().bridge(d.br2)->gatewayAddress, QStringLiteral("10.2.3.1/24"));
        QCOMPARE(doc.topology().container(d.rightContainers[0])->address,
                 QStringLiteral("10.2.3.2/24"));
    }

    // Re-attaching a container picks a free address in its new bridge's subnet.
    void reattachingReaddresses()
    {
        TopologyDocument doc;
        QUndoStack stack;
        const Drawing d = draw(doc, stack, 1, 0);
        const ObjectId br9
            = apply(stack, EditingPolicy::addBridge(&doc, d.host1, QPointF(200, 150)));
        const ObjectId c = d.leftContainers[0];
        QVERIFY(doc.setProperty(c, QStringLiteral("gateway"), QStringLiteral("10.2.2.1")).ok());
        const int steps = stack.count();
        Edit attach = EditingPolicy::attach(&doc, c, br9);
        QVERIFY(!attach.refused());
        apply(stack, std::move(attach));
        QCOMPARE(stack.count(), steps + 1);
        const Container &moved = *doc.topology().container(c);
        QCOMPARE(moved.bridge, br9);
        QCOMPARE(moved.address, QStringLiteral("10.2.4.2/24")); // br9 took 10.2.4.0/24
        QVERIFY(moved.gateway.isEmpty());                       // the old subnet's gateway is gone
        QVERIFY2(errorsOf(doc.topology()).isEmpty(),
                 qPrintable(errorsOf(doc.topology()).join(QLatin1Char('\n'))));
        stack.undo();
        QCOMPARE(doc.topology().container(c)->address, QStringLiteral("10.2.2.2/24"));
        QCOMPARE(doc.topology().container(c)->gateway, QStringLiteral("10.2.2.1"));
        // Detaching keeps the address; attaching where it fits keeps it too.
        apply(stack, EditingPolicy::attach(&doc, c, kNoObject));
        QCOMPARE(doc.topology().container(c)->bridge, kNoObject);
        apply(stack, EditingPolicy::attach(&doc, c, d.br1));
        QCOMPARE(doc.topology().container(c)->address, QStringLiteral("10.2.2.2/24"));
    }

    // A full subnet has no address to give: the container is attached all the same, keeping its
    // old address, and the message names the container, the bridge, the subnet and the fix
    // (instead of calling the old address, from another subnet, the new one).
    void attachingToAFullSubnetNamesTheBridgeAndTheFix()
    {
        TopologyDocument doc;
        QUndoStack stack;
        const Drawing d = draw(doc, stack, 1, 0);
        const ObjectId full
            = apply(stack, EditingPolicy::addBridge(&doc, d.host1, QPointF(200, 150)));
        QVERIFY(
            doc.setProperty(full, QStringLiteral("gatewayAddress"), QStringLiteral("10.7.7.1/30"))
                .ok());
        const ObjectId other = apply(stack, EditingPolicy::addContainer(&doc, d.host1, {}));
        apply(stack, EditingPolicy::attach(&doc, other, full)); // takes 10.7.7.2, the last one
        QCOMPARE(doc.topology().container(other)->address, QStringLiteral("10.7.7.2/30"));

        const ObjectId c = d.leftContainers[0];
        const QString name = doc.topology().container(c)->name;
        const QString bridge = doc.topology().displayName(full); // host1/br1
        Edit attach = EditingPolicy::attach(&doc, c, full);
        QVERIFY(!attach.refused());
        QCOMPARE(attach.message,
                 QStringLiteral("Attached %1 to br1, but %2 has no free address left in subnet "
                                "10.7.7.0/30. Use a larger subnet (a shorter prefix) for this "
                                "segment.")
                     .arg(name, bridge));
        apply(stack, std::move(attach));
        QCOMPARE(doc.topology().container(c)->bridge, full);
        QCOMPARE(doc.topology().container(c)->address, QStringLiteral("10.2.2.2/24")); // kept
        QVERIFY(errorsOf(doc.topology())
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("is not in subnet 10.7.7.0/30")));
        // One undo step puts it back on its own bridge.
        stack.undo();
        QCOMPARE(doc.topology().container(c)->bridge, d.br1);
    }

    void refusalsSayWhy_data()
    {
        QTest::addColumn<int>(
            "from"); // 0 host1's container, 1 host1/br0, 2 host2/br0, 3 br on host1
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("why");
        QTest::newRow("container to another host's bridge") << 0 << 2 << "runs on host1";
        QTest::newRow("two bridges on one host") << 1 << 3 << "different hosts";
        QTest::newRow("already attached") << 0 << 1 << "already attached";
        QTest::newRow("a bridge to itself") << 1 << 1 << "different hosts";
    }
    void refusalsSayWhy()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, why);
        TopologyDocument doc;
        QUndoStack stack;
        const Drawing d = draw(doc, stack, 1, 0);
        const ObjectId other
            = apply(stack, EditingPolicy::addBridge(&doc, d.host1, QPointF(0, 150)));
        const ObjectId ids[] = {d.leftContainers[0], d.br1, d.br2, other};
        const int steps = stack.count();
        const Edit edit = EditingPolicy::connect(&doc, ids[from], ids[to]);
        QVERIFY(edit.refused());
        QVERIFY2(edit.message.contains(why), qPrintable(edit.message));
        QCOMPARE(stack.count(), steps);
    }

    void aSecondLinkIsRefused()
    {
        TopologyDocument doc;
        QUndoStack stack;
        const Drawing d = draw(doc, stack, 0, 0);
        QVERIFY(apply(stack, EditingPolicy::connect(&doc, d.br1, d.br2)) != kNoObject);
        const Edit again = EditingPolicy::connect(&doc, d.br2, d.br1);
        QVERIFY(again.refused());
        QVERIFY2(again.message.contains(QStringLiteral("already linked")),
                 qPrintable(again.message));
    }
};

QTEST_GUILESS_MAIN(TestEditingPolicy)
#include "tst_editingpolicy.moc"
