// The lab guide written from a design: every command of the plan per host, in order; the ping
// table (replies within a network, none across VNIs); the MTU arithmetic; the NAT step where a
// bridge has NAT; teardown; and the Markdown and HTML forms.
#include "testsupport.h"

#include "plan/planner.h"
#include "teach/labguide.h"

#include <QRegularExpression>
#include <QTest>

using namespace studio;
using Purpose = GuideBlock::Purpose;

namespace {

LabGuide guideOf(const QString &example, const LabGuideImages &images = {})
{
    auto guide = makeLabGuide(test::loadExample(example), images);
    if (!guide)
        qFatal("%s", qPrintable(guide.error().toString()));
    return std::move(guide).value();
}

const GuideBlock *pingTable(const LabGuide &g)
{
    for (const GuideBlock &b : g.blocks) {
        if (b.kind == GuideBlock::Kind::Table && b.items.value(2) == QLatin1String("Command"))
            return &b;
    }
    return nullptr;
}

} // namespace

class TestLabGuide : public QObject
{
    Q_OBJECT

private slots:
    void everyCommandOfThePlanPerHostInOrder_data()
    {
        QTest::addColumn<QString>("example");
        QTest::newRow("seed") << QStringLiteral("seed-two-hosts.json");
        QTest::newRow("lab") << QStringLiteral("lab-two-hosts.json");
        QTest::newRow("mesh with NAT") << QStringLiteral("three-hosts-mesh.json");
    }
    void everyCommandOfThePlanPerHostInOrder()
    {
        QFETCH(QString, example);
        const Topology t = test::loadExample(example);
        const LabGuide g = guideOf(example);
        const QString md = g.markdown();
        for (const auto &[kind, purpose] : {std::pair{PlanKind::Apply, Purpose::Build},
                                            std::pair{PlanKind::Teardown, Purpose::Remove}}) {
            auto plan = kind == PlanKind::Apply ? planApply(t, PlanStyle::Guide)
                                                : planTeardown(t, PlanStyle::Guide);
            QVERIFY(plan.ok());
            for (const HostPlan &h : plan.value().hosts) {
                const QString blocks = g.code(purpose, h.hostName).join(QLatin1Char('\n'));
                qsizetype at = 0, inMarkdown = 0;
                for (const PlanStep &s : h.steps) {
                    const QString command = s.command.toShell(true);
                    const qsizetype found = blocks.indexOf(command, at);
                    QVERIFY2(found >= 0, qPrintable(h.hostName + QStringLiteral(": ") + command));
                    at = found + command.size();
                    // The Markdown shows them the same way, in a sh block, in the same order.
                    const qsizetype shown = md.indexOf(command, inMarkdown);
                    QVERIFY2(shown >= inMarkdown, qPrintable(command));
                    inMarkdown = shown + command.size();
                }
            }
        }
    }

    void seedReadsLikeTheGuide()
    {
        const QString md = guideOf(QStringLiteral("seed-two-hosts.json")).markdown();
        for (const char *expected :
             {"# seed-two-hosts: a multi-host container overlay", "## Prerequisites",
              "## Step 1: build host1 (192.168.0.8)", "## Step 2: build host2 (192.168.0.9)",
              "## Step 3: test it", "## Step 5: remove it all",
              "options:remote_ip=192.168.0.9 options:key=100",
              "ip address replace 10.2.2.1/24 dev veth0",
              "ovs-docker add-port br0 eth0 container1 --ipaddress=10.2.2.2/24 --gateway=10.2.2.1",
              "docker run --name container1 -dit --net=none", "openvswitch-switch",
              "1500 − 50 = 1450", "ping -c 1 -M do -s 1422 10.2.2.3"}) {
            QVERIFY2(md.contains(QString::fromUtf8(expected)), expected);
        }
        // Code fences are balanced and every one says it is shell.
        QCOMPARE(md.count(QStringLiteral("```sh\n")) * 2, md.count(QStringLiteral("```")));
    }

    void thePingTableSaysWhatMustWorkAndWhatMustFail()
    {
        const LabGuide g = guideOf(QStringLiteral("seed-two-hosts.json"));
        const GuideBlock *table = pingTable(g);
        QVERIFY(table);
        QCOMPARE(table->rows.size(), 12); // every ordered pair of the four containers
        QHash<QString, QString> expected;
        for (const QStringList &row : table->rows)
            expected.insert(row[0] + QStringLiteral(">") + row[1], row[4]);
        const QString works = QStringLiteral("replies"), fails = QStringLiteral("no reply");
        QCOMPARE(expected.value(QStringLiteral("container1>container3")), works);
        QCOMPARE(expected.value(QStringLiteral("container3>container1")), works);
        QCOMPARE(expected.value(QStringLiteral("container2>container4")), works);
        QCOMPARE(expected.value(QStringLiteral("container1>container4")), fails);
        QCOMPARE(expected.value(QStringLiteral("container1>container2")), fails);
        QCOMPARE(expected.value(QStringLiteral("container4>container1")), fails);
        for (const QStringList &row : table->rows) {
            if (row[4] == fails)
                QVERIFY2(row[5].contains(QStringLiteral("VNIs differ"))
                             || row[5].contains(QStringLiteral("isolat")),
                         qPrintable(row.join(QLatin1Char('|'))));
        }
        // The same pings as commands to paste, per host, split by outcome.
        const QString host1Works
            = g.code(Purpose::TestWorks, QStringLiteral("host1")).join(QLatin1Char('\n'));
        QCOMPARE(host1Works.split(QLatin1Char('\n')),
                 QStringList({"docker exec container1 ping -c 3 -W 2 10.2.2.3",
                              "docker exec container2 ping -c 3 -W 2 10.3.3.3"}));
        const QString host1Fails
            = g.code(Purpose::TestFails, QStringLiteral("host1")).join(QLatin1Char('\n'));
        QVERIFY(
            host1Fails.contains(QStringLiteral("docker exec container1 ping -c 3 -W 2 10.3.3.3")));
        QVERIFY(
            host1Fails.contains(QStringLiteral("docker exec container1 ping -c 3 -W 2 10.3.3.2")));
    }

    void natAppearsWhereABridgeHasIt()
    {
        const LabGuide mesh = guideOf(QStringLiteral("three-hosts-mesh.json"));
        const QString host1
            = mesh.code(Purpose::Build, QStringLiteral("host1")).join(QLatin1Char('\n'));
        QVERIFY(host1.contains(QStringLiteral("MASQUERADE")));
        QVERIFY(host1.contains(QStringLiteral("net.ipv4.ip_forward=1")));
        const QString host2
            = mesh.code(Purpose::Build, QStringLiteral("host2")).join(QLatin1Char('\n'));
        QVERIFY(!host2.contains(QStringLiteral("MASQUERADE")));
        QVERIFY(!guideOf(QStringLiteral("seed-two-hosts.json"))
                     .markdown()
                     .contains(QStringLiteral("MASQUERADE")));
    }

    void imagesInMarkdownAndEmbeddedInHtml()
    {
        const LabGuide g = guideOf(QStringLiteral("lab-two-hosts.json"),
                                   {QStringLiteral("guide-images/diagram.png"),
                                    QStringLiteral("guide-images/diagram.svg")});
        const QString md = g.markdown();
        QVERIFY(md.contains(QStringLiteral("![Topology lab-two-hosts](guide-images/diagram.png)")));
        QVERIFY(md.contains(QStringLiteral("(guide-images/diagram.svg)")));
        QStringList asked;
        const QString html = g.html([&asked](const QString &path) {
            asked << path;
            return QByteArray("\x89PNG fake");
        });
        QCOMPARE(asked, QStringList{QStringLiteral("guide-images/diagram.png")});
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("src=\"data:image/png;base64,")
                              + QString::fromLatin1(QByteArray("\x89PNG fake").toBase64())));
        // Commands are escaped, not markup: "2>/dev/null" stays text.
        QVERIFY(html.contains(QStringLiteral("2&gt;/dev/null")));
        QVERIFY(html.contains(
            QStringLiteral("<code>docker exec container1 ping -c 3 -W 2 198.19.2.3</code>")));
        QVERIFY(!html.contains(QStringLiteral("```")));
    }

    void aDesignWithErrorsHasNoGuide()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.bridge(test::idOf(t, QStringLiteral("host1/br0")))->name = QStringLiteral("br0;reboot");
        auto g = makeLabGuide(t, {});
        QVERIFY(!g.ok());
        QVERIFY2(g.error().message.contains(QStringLiteral("error")),
                 qPrintable(g.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestLabGuide)
#include "tst_labguide.moc"
