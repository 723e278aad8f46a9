// The remote ping script, run for real by /bin/sh with stand-ins for ping and nsenter: orders on
// stdin, prefixed lines out, and nothing left running once its stdin ends.
#include "monitor/pingstream.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace studio;

namespace {

bool alive(qint64 pid)
{
    // A zombie has ended; only its parent has not collected it yet.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

} // namespace

class TestPingStream : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_lines.clear();
        m_stream = PingStream();
        // ping -n -D -O -i IV ADDRESS: a reply per interval; records its PID per address.
        write(QStringLiteral("ping"),
              "#!/bin/sh\necho $$ >>\"$FAKE_PIDS/$6\"\n"
              "echo \"PING $6 ($6) 56(84) bytes of data.\"\nn=1\n"
              "while :; do echo \"[$(date +%s.%N)] 64 bytes from $6: icmp_seq=$n ttl=64 "
              "time=0.1 ms\"; n=$((n+1)); sleep \"$5\"; done\n");
        // nsenter -t PID -n PROGRAM...: notes the namespace asked for, then runs the program.
        write(QStringLiteral("nsenter"),
              "#!/bin/sh\necho \"$2\" >>\"$FAKE_PIDS/nsenter\"\nshift 3\nexec \"$@\"\n");
        QDir().mkpath(m_tmp->filePath(QStringLiteral("pids")));
        QDir().mkpath(m_tmp->filePath(QStringLiteral("tmp")));

        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PATH"), m_tmp->path() + QLatin1Char(':') + e.value("PATH"));
        e.insert(QStringLiteral("FAKE_PIDS"), m_tmp->filePath(QStringLiteral("pids")));
        e.insert(QStringLiteral("TMPDIR"), m_tmp->filePath(QStringLiteral("tmp")));
        m_script.setProcessEnvironment(e);
        m_script.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), PingStream::command(0.2)});
        QVERIFY(m_script.waitForStarted());
        QVERIFY(waitForLine(-1, "@ready"));
    }
    void cleanup()
    {
        if (m_script.state() != QProcess::NotRunning) {
            m_script.kill();
            m_script.waitForFinished();
        }
        for (qint64 pid : pingPids())
            ::kill(pid_t(pid), SIGKILL);
    }

    void pingsRunWithPrefixes()
    {
        order(PingStream::startOrder(0, 1, 0, QStringLiteral("198.18.0.2")));
        order(PingStream::startOrder(3, 1, 4242, QStringLiteral("198.19.2.3")));
        QVERIFY(waitForLine(0, "64 bytes from 198.18.0.2: icmp_seq=2"));
        QVERIFY(waitForLine(3, "64 bytes from 198.19.2.3: icmp_seq=2"));
        // Only the overlay probe entered a namespace, the one asked for.
        QFile nsenter(m_tmp->filePath(QStringLiteral("pids/nsenter")));
        QVERIFY(nsenter.open(QIODevice::ReadOnly));
        QCOMPARE(nsenter.readAll().trimmed(), QByteArray("4242"));
        for (const PingStream::Line &l : m_lines) {
            if (l.probe == 0)
                QCOMPARE(l.run, 1);
        }
    }

    void stopEndsOnePing()
    {
        order(PingStream::startOrder(0, 1, 0, QStringLiteral("198.18.0.2")));
        order(PingStream::startOrder(1, 1, 0, QStringLiteral("198.18.0.3")));
        QVERIFY(waitForLine(1, "icmp_seq=1"));
        order(PingStream::stopOrder(0, 1));
        QVERIFY(waitForLine(0, "@exit"));
        m_lines.clear();
        QVERIFY(waitForLine(1, "icmp_seq=4")); // the other one goes on
        const QList<qint64> pids = pingPids();
        QCOMPARE(pids.size(), 2);
        QCOMPARE(int(std::count_if(pids.begin(), pids.end(), alive)), 1);
    }

    // A stop that arrives before the ping has started (the two orders in one write: the script
    // reads the stop while the probe is still being forked) still stops it: it used to be lost,
    // and that ping ran until the stream ended.
    void stopRightAfterStartStopsIt()
    {
        order(PingStream::startOrder(0, 1, 0, QStringLiteral("198.18.0.2"))
              + PingStream::stopOrder(0, 1));
        QVERIFY(waitForLine(0, "@exit"));
        QTest::qWait(300);
        const QList<qint64> pids = pingPids();
        QCOMPARE(int(std::count_if(pids.begin(), pids.end(), alive)), 0);
    }

    void endOfStdinStopsEverything()
    {
        // What happens when monitoring stops, the app quits or the SSH connection drops: sshd
        // closes the command's stdin.
        order(PingStream::startOrder(0, 1, 0, QStringLiteral("198.18.0.2")));
        order(PingStream::startOrder(1, 7, 99, QStringLiteral("198.18.0.3")));
        QVERIFY(waitForLine(0, "icmp_seq=2"));
        QVERIFY(waitForLine(1, "icmp_seq=2"));
        const QList<qint64> pids = pingPids();
        QCOMPARE(pids.size(), 2);
        m_script.closeWriteChannel();
        QVERIFY(m_script.waitForFinished(5000));
        QCOMPARE(m_script.exitCode(), 0);
        QElapsedTimer timer;
        timer.start();
        while (std::any_of(pids.begin(), pids.end(), alive) && timer.elapsed() < 3000)
            QTest::qWait(20);
        for (qint64 pid : pids)
            QVERIFY2(!alive(pid), qPrintable(QStringLiteral("ping %1 survived").arg(pid)));
        // Its private directory of PID files is gone too.
        QVERIFY(QDir(m_tmp->filePath(QStringLiteral("tmp")))
                    .entryList(QDir::NoDotAndDotDot | QDir::AllEntries)
                    .isEmpty());
    }

    void ordersAreChecked_data()
    {
        QTest::addColumn<int>("probe");
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QByteArray>("order");
        QTest::newRow("underlay") << 2 << 0LL << "198.18.0.2"
                                  << QByteArray("start 2 5 0 198.18.0.2\n");
        QTest::newRow("overlay") << 0 << 1234LL << "198.19.2.3"
                                 << QByteArray("start 0 5 1234 198.19.2.3\n");
        QTest::newRow("dns name") << 1 << 0LL << "host2.example.org"
                                  << QByteArray("start 1 5 0 host2.example.org\n");
        QTest::newRow("shell text") << 1 << 0LL << "1.2.3.4; reboot" << QByteArray();
        QTest::newRow("option") << 1 << 0LL << "-f" << QByteArray();
        QTest::newRow("newline") << 1 << 0LL << "a\nstop 0 1" << QByteArray();
        QTest::newRow("negative pid") << 1 << -5LL << "198.18.0.2" << QByteArray();
        QTest::newRow("ipv6") << 1 << 0LL << "fe80::1" << QByteArray();
    }
    void ordersAreChecked()
    {
        QFETCH(int, probe);
        QFETCH(qint64, pid);
        QFETCH(QString, address);
        QTEST(PingStream::startOrder(probe, 5, pid, address), "order");
    }

    void linesAreSplitAndAttributed()
    {
        PingStream s;
        QCOMPARE(s.feed("@ready\n3:2 [1.0] 64 bytes").size(), 1);
        const auto lines = s.feed(" from a: icmp_seq=1\n12:1 @exit\nnoise\n");
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0].probe, 3);
        QCOMPARE(lines[0].run, 2);
        QCOMPARE(lines[0].text, QByteArray("[1.0] 64 bytes from a: icmp_seq=1"));
        QCOMPARE(lines[1].probe, 12);
        QCOMPARE(lines[1].text, QByteArray("@exit"));
        QCOMPARE(lines[2].probe, -1);
    }

private:
    void write(const QString &name, const QByteArray &script)
    {
        QFile f(m_tmp->filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script);
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    void order(const QByteArray &line)
    {
        QVERIFY(!line.isEmpty());
        m_script.write(line);
        m_script.waitForBytesWritten(1000);
    }
    bool waitForLine(int probe, const QByteArray &contains)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 5000) {
            for (const PingStream::Line &l : m_lines) {
                if (l.probe == probe && l.text.contains(contains))
                    return true;
            }
            m_script.waitForReadyRead(100);
            m_lines += m_stream.feed(m_script.readAllStandardOutput());
        }
        return false;
    }
    QList<qint64> pingPids()
    {
        QList<qint64> pids;
        const QDir dir(m_tmp->filePath(QStringLiteral("pids")));
        for (const QString &name : dir.entryList(QDir::Files)) {
            if (name == QLatin1String("nsenter"))
                continue;
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly)) {
                for (const QByteArray &l : f.readAll().split('\n')) {
                    if (!l.isEmpty())
                        pids << l.toLongLong();
                }
            }
        }
        return pids;
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    QProcess m_script;
    PingStream m_stream;
    QList<PingStream::Line> m_lines;
};

QTEST_GUILESS_MAIN(TestPingStream)
#include "tst_pingstream.moc"
