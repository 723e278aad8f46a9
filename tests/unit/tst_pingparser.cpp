// iputils ping -n -D -O output, recorded on the lab (tests/data/monitor), into ping events.
#include "monitor/pingparser.h"

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

QList<PingEvent> parseAll(const QByteArray &text, double interval = 1.0)
{
    PingParser parser(7, interval);
    QList<PingEvent> events;
    for (const QByteArray &line : text.split('\n'))
        events += parser.parseLine(line);
    return events;
}

// R4 (reply), R4L (late), R4D (duplicate), N4 (no answer yet), U4 (ICMP error), G2-4 (gap).
QString summary(const QList<PingEvent> &events)
{
    QStringList words;
    for (const PingEvent &e : events) {
        switch (e.outcome) {
        case PingOutcome::Reply:
            words << QStringLiteral("R%1%2%3")
                         .arg(e.seq)
                         .arg(e.late ? QStringLiteral("L") : QString())
                         .arg(e.duplicate ? QStringLiteral("D") : QString());
            break;
        case PingOutcome::NoAnswerYet:
            words << QStringLiteral("N%1").arg(e.seq);
            break;
        case PingOutcome::Unreachable:
            words << QStringLiteral("U%1").arg(e.seq);
            break;
        case PingOutcome::Gap:
            words << QStringLiteral("G%1-%2").arg(e.seq).arg(e.toSeq);
            break;
        default:
            words << QStringLiteral("?");
        }
    }
    return words.join(QLatin1Char(' '));
}

} // namespace

class TestPingParser : public QObject
{
    Q_OBJECT

private slots:
    void recorded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("events");
        QTest::newRow("replies") << "ping-replies.txt"
                                 << "R1 R2 R3 R4";
        QTest::newRow("late replies") << "ping-late.txt"
                                      << "R1 R2 R3 N4 R4L R5 R6 R7 R8 R9 R10";
        // ARP fails: "no answer yet", then the ICMP errors (one per request, some before their
        // own "no answer yet", which is then not a second loss).
        QTest::newRow("host unreachable") << "ping-unreachable.txt"
                                          << "N1 N2 U1 U2 U3 N4 N5 U4 U5 U6 N7";
        QTest::newRow("no answer") << "ping-noanswer.txt"
                                   << "N1 N2 N3 N4";
    }
    void recorded()
    {
        QFETCH(QString, file);
        const QList<PingEvent> events = parseAll(::recorded(file));
        QTEST(summary(events), "events");
        for (const PingEvent &e : events)
            QCOMPARE(e.probe, 7);
    }

    void replyTimesAreSendTimes()
    {
        const QList<PingEvent> events = parseAll(::recorded(QStringLiteral("ping-replies.txt")));
        // [1795606947.022887] ... icmp_seq=1 ... time=3.00 ms: sent 3 ms before the stamp.
        QCOMPARE(events.first().rttMs, 3.0);
        QVERIFY(qAbs(events.first().time - (1795606947.022887 - 0.003)) < 1e-6);
        QCOMPARE(events.last().rttMs, 0.808);
    }

    void lateReplyKeepsTheTimeOfItsLoss()
    {
        const QList<PingEvent> events = parseAll(::recorded(QStringLiteral("ping-late.txt")));
        const PingEvent &noAnswer = events[3];
        const PingEvent &late = events[4];
        QCOMPARE(noAnswer.outcome, PingOutcome::NoAnswerYet);
        QCOMPARE(late.outcome, PingOutcome::Reply);
        QVERIFY(late.late);
        QCOMPARE(late.rttMs, 1784.0);
        // The same request: the late reply corrects the point "no answer yet" made.
        QCOMPARE(late.time, noAnswer.time);
        // Seq 4 was sent about one interval after seq 3.
        QVERIFY(qAbs(noAnswer.time - events[2].time - 1.0) < 0.1);
        // Seq 5 got its reply (760 ms) before ping reported it missing: not late.
        QVERIFY(!events[5].late);
    }

    void unreachableNamesTheRouter()
    {
        const QList<PingEvent> events = parseAll(::recorded(QStringLiteral("ping-unreachable.txt")));
        QCOMPARE(events[2].outcome, PingOutcome::Unreachable);
        QCOMPARE(events[2].detail,
                 QStringLiteral("From 198.19.2.2 icmp_seq=1 Destination Host Unreachable"));
        // The error arrived 3 s after the request; the event keeps the request's time.
        QCOMPARE(events[2].time, events[0].time);
    }

    void synthetic_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("events");
        QTest::newRow("duplicate") << QByteArray("[100.5] 64 bytes from 10.0.0.2: icmp_seq=1 "
                                                 "ttl=64 time=0.5 ms\n"
                                                 "[100.6] 64 bytes from 10.0.0.2: icmp_seq=1 "
                                                 "ttl=64 time=0.6 ms (DUP!)\n")
                                   << "R1 R1D";
        QTest::newRow("sequence gap") << QByteArray("[100.0] 64 bytes from 10.0.0.2: icmp_seq=1 "
                                                    "ttl=64 time=1 ms\n"
                                                    "[103.0] 64 bytes from 10.0.0.2: icmp_seq=4 "
                                                    "ttl=64 time=1 ms\n")
                                      << "R1 G2-4 R4";
        QTest::newRow("ttl exceeded") << QByteArray("[5.0] From 10.0.0.1 icmp_seq=3 Time to live "
                                                    "exceeded\n")
                                      << "U3";
        QTest::newRow("header and noise")
            << QByteArray("PING 10.0.0.2 (10.0.0.2) 56(84) bytes of data.\n\n"
                          "garbage line\n[x] 64 bytes from nowhere\n")
            << "";
        QTest::newRow("wrap-around") << QByteArray("[1.0] 64 bytes from a: icmp_seq=65535 ttl=1 "
                                                   "time=1 ms\n"
                                                   "[2.0] 64 bytes from a: icmp_seq=0 ttl=1 "
                                                   "time=1 ms\n")
                                     << "R65535 R0";
    }
    void synthetic()
    {
        QFETCH(QByteArray, text);
        QTEST(summary(parseAll(text)), "events");
    }

    void errorsBecomeDetail()
    {
        PingParser parser(1, 1.0);
        QVERIFY(parser.parseLine("ping: sendmsg: Network is unreachable").isEmpty());
        QCOMPARE(parser.lastError(), QStringLiteral("ping: sendmsg: Network is unreachable"));
        const auto events = parser.parseLine("[10.0] no answer yet for icmp_seq=1");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().detail, QStringLiteral("ping: sendmsg: Network is unreachable"));
    }

    void restartForgetsSequence()
    {
        PingParser parser(1, 1.0);
        parser.parseLine("[10.0] 64 bytes from a: icmp_seq=5 ttl=1 time=1 ms");
        parser.restart();
        // A new process counts from 1 again: no gap, no duplicate.
        QCOMPARE(summary(parser.parseLine("[20.0] 64 bytes from a: icmp_seq=1 ttl=1 time=1 ms")),
                 QStringLiteral("R1"));
    }
};

QTEST_GUILESS_MAIN(TestPingParser)
#include "tst_pingparser.moc"
