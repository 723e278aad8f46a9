// ovs-ofctl dump-ports output, recorded on the lab (tests/data/monitor), into port counters.
#include "monitor/dumpports.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace studio;

namespace {

QByteArray recorded(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("monitor/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

const PortCounters *find(const QList<PortCounters> &ports, const QString &name)
{
    for (const PortCounters &p : ports) {
        if (p.port == name)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestDumpPorts : public QObject
{
    Q_OBJECT

private slots:
    void recordedPort_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("port");
        QTest::addColumn<qint64>("rxPackets");
        QTest::addColumn<qint64>("rxBytes");
        QTest::addColumn<qint64>("txPackets");
        QTest::addColumn<qint64>("txBytes");
        QTest::addColumn<qint64>("rxDropped"); // -1: "?" (not kept by the datapath)
        QTest::addColumn<qint64>("txDropped");
        QTest::addColumn<double>("duration");
        QTest::newRow("bridge's own port")
            << "dump-ports-lab1-br0.txt"
            << "LOCAL" << 0LL << 0LL << 0LL << 0LL << 0LL << 11LL << 2.410;
        QTest::newRow("gateway port")
            << "dump-ports-lab1-br0.txt"
            << "veth0" << 6LL << 516LL << 5LL << 426LL << 0LL << 0LL << 2.410;
        QTest::newRow("vxlan: '?' counters")
            << "dump-ports-lab1-br0.txt"
            << "vxlan0" << 5LL << 426LL << 11LL << 1192LL << -1LL << -1LL << 2.410;
        QTest::newRow("quoted container port")
            << "dump-ports-lab1-br0.txt"
            << "0d148365ae154_l" << 0LL << 0LL << 3LL << 270LL << 0LL << 2LL << 0.594;
        QTest::newRow("other bridge")
            << "dump-ports-lab1-br1.txt"
            << "1701e385ea104_l" << 0LL << 0LL << 16LL << 1236LL << 0LL << 1LL << 29.804;
        QTest::newRow("far end, after traffic")
            << "dump-ports-lab2-br0.txt"
            << "vxlan0" << 44LL << 6352LL << 53LL << 11686LL << -1LL << -1LL << 31.879;
    }
    void recordedPort()
    {
        QFETCH(QString, file);
        QFETCH(QString, port);
        auto parsed = DumpPorts::parse(recorded(file), QStringLiteral("br"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().toString()));
        QCOMPARE(parsed.value().size(), 4);
        const PortCounters *p = find(parsed.value(), port);
        QVERIFY2(p, qPrintable(port));
        QCOMPARE(p->bridge, QStringLiteral("br"));
        QTEST(p->rxPackets, "rxPackets");
        QTEST(p->rxBytes, "rxBytes");
        QTEST(p->txPackets, "txPackets");
        QTEST(p->txBytes, "txBytes");
        QTEST(p->rxDropped, "rxDropped");
        QTEST(p->txDropped, "txDropped");
        QFETCH(double, duration);
        QCOMPARE(p->durationSeconds, duration);
        QCOMPARE(p->link, PortLink::Unknown); // dump-ports does not say
    }

    void notPortStatistics_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("no such bridge") << recorded(QStringLiteral("dump-ports-nosuch.txt"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("daemon down") << QByteArray("ovs-ofctl: br0 is not a bridge or a socket\n");
        QTest::newRow("flows instead") << QByteArray("NXST_FLOW reply (xid=0x4):\n");
    }
    void notPortStatistics()
    {
        QFETCH(QByteArray, text);
        auto parsed = DumpPorts::parse(text, QStringLiteral("br0"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().where, QStringLiteral("br0"));
        QVERIFY(parsed.error().message.contains(QString::fromUtf8(text.trimmed().left(40))));
    }

    void escapedAndOddNames()
    {
        const QByteArray text = "OFPST_PORT reply (OF1.3) (xid=0x2): 2 ports\n"
                                "  port  \"a\\\"b\": rx pkts=1, bytes=2, drop=0, errs=0, frame=0, "
                                "over=0, crc=0\n"
                                "           tx pkts=3, bytes=4, drop=0, errs=0, coll=0\n"
                                "           duration=1.5s\n"
                                "  port  \"broken: rx pkts=1\n";
        auto parsed = DumpPorts::parse(text, QStringLiteral("br0"));
        QVERIFY(!parsed.ok()); // an unterminated name is not guessed at
        auto first = DumpPorts::parse(text.left(text.lastIndexOf("  port")), QStringLiteral("b"));
        QVERIFY(first.ok());
        QCOMPARE(first.value().size(), 1);
        QCOMPARE(first.value().first().port, QStringLiteral("a\"b"));
        QCOMPARE(first.value().first().txBytes, 4);
        QCOMPARE(first.value().first().durationSeconds, 1.5);
    }
};

QTEST_GUILESS_MAIN(TestDumpPorts)
#include "tst_dumpports.moc"
