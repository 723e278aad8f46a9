// Remembered SSH passwords: keyed by the server (user@address:port), forgotten on demand.
#include "ssh/credentialcache.h"

#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <vector>

using namespace studio;

class TestCredentialCache : public QObject
{
    Q_OBJECT

private slots:
    void keysNameTheServer_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("key");
        QTest::newRow("ipv4") << "root"
                              << "198.18.0.1" << 22 << "root@198.18.0.1:22";
        QTest::newRow("dns, any case") << "admin"
                                       << "Host1.Lab" << 2222 << "admin@host1.lab:2222";
        QTest::newRow("ipv6") << "root"
                              << "FD00::1" << 22 << "root@[fd00::1]:22";
        QTest::newRow("spaces around") << "root"
                                       << " 198.18.0.1 " << 22 << "root@198.18.0.1:22";
    }
    void keysNameTheServer()
    {
        QFETCH(QString, user);
        QFETCH(QString, address);
        QFETCH(int, port);
        QFETCH(QString, key);
        QCOMPARE(CredentialCache::keyFor(user, address, port), key);
        Host h;
        h.user = user;
        h.managementAddress = address;
        h.sshPort = port;
        QCOMPARE(CredentialCache::keyFor(h), key);
    }

    void aPasswordIsOnlyForItsServer()
    {
        CredentialCache cache;
        cache.remember(QStringLiteral("root@198.18.0.1:22"), QStringLiteral("secret"));
        QCOMPARE(cache.password(QStringLiteral("root@198.18.0.1:22")), QStringLiteral("secret"));
        // Another address, user or port is another server.
        QVERIFY(!cache.password(QStringLiteral("root@198.18.0.2:22")));
        QVERIFY(!cache.password(QStringLiteral("admin@198.18.0.1:22")));
        QVERIFY(!cache.password(QStringLiteral("root@198.18.0.1:2222")));
        // A host is never looked up by its name in a design.
        Host host1;
        host1.name = QStringLiteral("host1");
        host1.managementAddress = QStringLiteral("198.18.0.9");
        QVERIFY(!cache.password(CredentialCache::keyFor(host1)));
    }

    void forgettingAndClearing()
    {
        CredentialCache cache;
        cache.remember(QStringLiteral("a@h:22"), QStringLiteral("one"));
        cache.remember(QStringLiteral("b@h:22"), QStringLiteral("two"));
        cache.remember(QStringLiteral("a@h:22"), QStringLiteral("three")); // typed again
        QCOMPARE(cache.size(), 2);
        QCOMPARE(cache.password(QStringLiteral("a@h:22")), QStringLiteral("three"));
        cache.forget(QStringLiteral("a@h:22")); // refused by the server
        QVERIFY(!cache.password(QStringLiteral("a@h:22")));
        QCOMPARE(cache.password(QStringLiteral("b@h:22")), QStringLiteral("two"));
        cache.forget(QStringLiteral("never@h:22")); // harmless
        cache.clear();                              // another document
        QCOMPARE(cache.size(), 0);
        QVERIFY(!cache.password(QStringLiteral("b@h:22")));
    }

    void handedOutPasswordsSurviveForgetting()
    {
        // A worker may still hold a copy when the cache forgets (and wipes) its own.
        CredentialCache cache;
        cache.remember(QStringLiteral("a@h:22"), QStringLiteral("secret"));
        const QString copy = *cache.password(QStringLiteral("a@h:22"));
        cache.clear();
        QCOMPARE(copy, QStringLiteral("secret"));
    }

    void workersMayUseItAtOnce()
    {
        CredentialCache cache;
        std::vector<QFuture<void>> workers;
        for (int w = 0; w < 8; ++w) {
            workers.push_back(QtConcurrent::run([&cache, w] {
                for (int i = 0; i < 2000; ++i) {
                    const QString key = QStringLiteral("u%1@h:%2").arg(w).arg(i % 10);
                    cache.remember(key, QString::number(i));
                    (void)cache.password(key);
                    if (i % 3 == 0)
                        cache.forget(key);
                }
            }));
        }
        for (QFuture<void> &f : workers)
            f.waitForFinished();
        QVERIFY(cache.size() <= 80);
    }
};

QTEST_GUILESS_MAIN(TestCredentialCache)
#include "tst_credentialcache.moc"
