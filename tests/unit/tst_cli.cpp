#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(STUDIO_CLI), args);
    if (!p.waitForFinished(30000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QString seed()
{
    return studio::test::examplePath(QStringLiteral("seed-two-hosts.json"));
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void validateExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("valid") << QStringList{QStringLiteral("validate"), seed()} << 0;
        QTest::newRow("malformed")
            << QStringList{QStringLiteral("validate"),
                           studio::test::dataPath(QStringLiteral("malformed/truncated.json"))}
            << 1;
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("validate"), QStringLiteral("/nonexistent.json")} << 1;
        QTest::newRow("no file") << QStringList{QStringLiteral("validate")} << 2;
        QTest::newRow("two files") << QStringList{QStringLiteral("validate"), seed(), seed()} << 2;
        QTest::newRow("bad option")
            << QStringList{QStringLiteral("validate"), seed(), QStringLiteral("--frobnicate")} << 2;
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("explode"), seed()} << 2;
        QTest::newRow("unknown plan style")
            << QStringList{QStringLiteral("plan"), seed(), QStringLiteral("--style"),
                           QStringLiteral("quick")}
            << 2;
        // Refused before any host is contacted.
        QTest::newRow("unknown apply style")
            << QStringList{QStringLiteral("apply"), seed(), QStringLiteral("--style"),
                           QStringLiteral("quick")}
            << 2;
        QTest::newRow("forks not a number")
            << QStringList{QStringLiteral("apply"), seed(), QStringLiteral("--forks"),
                           QStringLiteral("many")}
            << 2;
        QTest::newRow("negative forks")
            << QStringList{QStringLiteral("destroy"), seed(), QStringLiteral("--forks"),
                           QStringLiteral("-1")}
            << 2;
        QTest::newRow("no verb") << QStringList{} << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
    }
    void validateExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 1 && args.size() == 2)
            QVERIFY2(r.err.contains("error: ") && r.err.contains(args[1].toUtf8()),
                     r.err.constData());
    }

    void validateReportsProblemsAsJson()
    {
        QTemporaryDir dir;
        studio::Topology t = studio::test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.bridge(studio::test::idOf(t, QStringLiteral("host1/br0")))->name
            = QStringLiteral("br0;reboot");
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(studio::projectfile::save(t, path).ok());
        const Run r = cli({QStringLiteral("validate"), path, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(true), false);
        bool found = false;
        for (const QJsonValue v : o.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("code")).toString()
                == QLatin1String("bridge.name.invalid")) {
                found = true;
                QCOMPARE(p.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
                QCOMPARE(p.value(QStringLiteral("field")).toString(), QStringLiteral("name"));
                QVERIFY(
                    p.value(QStringLiteral("message")).toString().contains(QStringLiteral("';'")));
            }
        }
        QVERIFY(found);
        // No plan exists for it.
        const Run plan = cli({QStringLiteral("plan"), path});
        QCOMPARE(plan.exitCode, 1);
        QVERIFY(plan.out.isEmpty());
        QVERIFY(plan.err.contains("cannot be planned"));
    }

    void planForOneHost()
    {
        const Run r = cli(
            {QStringLiteral("plan"), seed(), QStringLiteral("--host"), QStringLiteral("host2")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("#!/bin/sh\n"));
        QVERIFY(r.out.contains("options:remote_ip=192.168.0.8 options:key=100"));
        QVERIFY(!r.out.contains("container1"));
        // The image phase first: the guide's Dockerfile, built only if the host lacks the image.
        QVERIFY(
            r.out.contains("if ! docker image inspect ubuntu:v1 >/dev/null 2>&1; then printf %s "
                           "'FROM ubuntu\nRUN apt update\n"));
        QVERIFY(r.out.indexOf("docker build --force-rm") < r.out.indexOf("ovs-vsctl"));
        const Run unknown = cli(
            {QStringLiteral("plan"), seed(), QStringLiteral("--host"), QStringLiteral("host9")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("host1, host2"));
    }

    void planAsJson()
    {
        const Run r = cli({QStringLiteral("plan"), seed(), QStringLiteral("--json"),
                           QStringLiteral("--teardown")});
        QCOMPARE(r.exitCode, 0);
        // Nothing on stderr: Qt's warnings at exit (a translator removed after the application
        // was gone) once ended every command.
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("action")).toString(), QStringLiteral("teardown"));
        const QJsonArray hosts = o.value(QStringLiteral("hosts")).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(o.value(QStringLiteral("style")).toString(), QStringLiteral("fast"));
        // Fast: the containers in one step, their kept files in one, the bridges in one, then
        // two isolation rules.
        const QJsonArray fast = hosts[0].toObject().value(QStringLiteral("steps")).toArray();
        QCOMPARE(fast.size(), 5);
        QCOMPARE(fast[1].toObject().value(QStringLiteral("command")).toString(),
                 QStringLiteral("rm -rf -- /var/lib/overlaystudio/containers/seed-two-hosts/host1 "
                                "&& { rmdir -- /var/lib/overlaystudio/containers/seed-two-hosts "
                                "/var/lib/overlaystudio/containers /var/lib/overlaystudio "
                                ">/dev/null 2>&1 || true; }"));
        QVERIFY(fast[2]
                    .toObject()
                    .value(QStringLiteral("command"))
                    .toString()
                    .endsWith(QStringLiteral("overlaystudio-teardown seed-two-hosts br0 br1")));

        const Run guide = cli({QStringLiteral("plan"), seed(), QStringLiteral("--json"),
                               QStringLiteral("--teardown"), QStringLiteral("--style"),
                               QStringLiteral("guide")});
        QCOMPARE(guide.exitCode, 0);
        const QJsonArray steps = QJsonDocument::fromJson(guide.out)
                                     .object()
                                     .value(QStringLiteral("hosts"))
                                     .toArray()[0]
                                     .toObject()
                                     .value(QStringLiteral("steps"))
                                     .toArray();
        // Two containers, the files a fast apply kept, two bridges, then two isolation rules.
        QCOMPARE(steps.size(), 7);
        QVERIFY(steps[4]
                    .toObject()
                    .value(QStringLiteral("command"))
                    .toString()
                    .contains(QStringLiteral("del-br br1")));
        QVERIFY(
            steps[6]
                .toObject()
                .value(QStringLiteral("command"))
                .toString()
                .contains(QStringLiteral("--table mangle --delete FORWARD --out-interface veth1")));
    }

    void everyCommandExplainsItsOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("explained");
        // Asked anywhere after the verb, with or without a file: nothing runs, nothing is read.
        QTest::newRow("validate") << QStringList{QStringLiteral("validate"), QStringLiteral("-h")}
                                  << QStringList{QStringLiteral("--json")};
        QTest::newRow("plan") << QStringList{QStringLiteral("plan"), seed(),
                                             QStringLiteral("--help")}
                              << QStringList{QStringLiteral("--style <style>"),
                                             QStringLiteral("--output-dir <dir>")};
        QTest::newRow("apply") << QStringList{QStringLiteral("apply"), QStringLiteral("--help"),
                                              seed()}
                               << QStringList{QStringLiteral("--forks <n>"),
                                              QStringLiteral("--step"),
                                              QStringLiteral("--dry-run")};
        QTest::newRow("destroy") << QStringList{QStringLiteral("destroy"), QStringLiteral("--help")}
                                 << QStringList{QStringLiteral("--remove-images")};
        QTest::newRow("monitor") << QStringList{QStringLiteral("monitor"), QStringLiteral("--help")}
                                 << QStringList{QStringLiteral("--interval <s>")};
        QTest::newRow("guide") << QStringList{QStringLiteral("guide"), QStringLiteral("--help")}
                               << QStringList{QStringLiteral("--format <format>")};
        QTest::newRow("lab") << QStringList{QStringLiteral("lab"), QStringLiteral("--help")}
                             << QStringList{QStringLiteral("--hosts <n>")};
    }
    void everyCommandExplainsItsOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QStringList, explained);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.err.contains("nknown option") && !r.err.contains("usage"), r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(QStringLiteral("usage: overlaystudio-cli %1").arg(args.first())),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("\nOptions:\n")), qPrintable(out));
        for (const QString &option : explained)
            QVERIFY2(out.contains(option), qPrintable(option));
        // The overview says so.
        const Run overview = cli({QStringLiteral("--help")});
        QVERIFY(overview.out.contains("overlaystudio-cli apply --help"));
    }

    void monitorRefusesBadInput_data()
    {
        // Every case fails before any connection (the lab's addresses, never the seed's).
        const QString lab = studio::test::examplePath(QStringLiteral("lab-two-hosts.json"));
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no file") << QStringList{QStringLiteral("monitor")} << 2 << "usage";
        QTest::newRow("interval not a number")
            << QStringList{QStringLiteral("monitor"), lab, QStringLiteral("--interval"),
                           QStringLiteral("fast")}
            << 2 << "usage";
        QTest::newRow("json and csv")
            << QStringList{QStringLiteral("monitor"), lab, QStringLiteral("--json"),
                           QStringLiteral("--csv")}
            << 2 << "usage";
        QTest::newRow("negative count")
            << QStringList{QStringLiteral("monitor"), lab, QStringLiteral("--count"),
                           QStringLiteral("-3")}
            << 2 << "usage";
        QTest::newRow("interval too short")
            << QStringList{QStringLiteral("monitor"), lab, QStringLiteral("--interval"),
                           QStringLiteral("0.01")}
            << 1 << "must be from 0.2 to 60 seconds";
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("monitor"), QStringLiteral("/nonexistent.json")} << 1
            << "/nonexistent.json";
        QTest::newRow("malformed")
            << QStringList{QStringLiteral("monitor"),
                           studio::test::dataPath(QStringLiteral("malformed/truncated.json"))}
            << 1 << "truncated.json";
    }
    void monitorRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QTEST(r.exitCode, "exitCode");
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void planWritesOneScriptPerHost()
    {
        QTemporaryDir dir;
        const Run r
            = cli({QStringLiteral("plan"), seed(), QStringLiteral("--output-dir"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        for (const char *host : {"host1", "host2"}) {
            QFile f(dir.filePath(QLatin1String(host) + QStringLiteral(".sh")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray text = f.readAll();
            QVERIFY(text.contains("ovs-vsctl --may-exist add-br br0"));
            QVERIFY(f.permissions() & QFile::ExeOwner);
            // The image phase comes first: the guide's Dockerfile in a here document.
            const qsizetype build = text.indexOf(
                "then docker build --force-rm --label overlaystudio.image=seed-two-hosts --tag "
                "ubuntu:v1 -; fi <<'OVERLAYSTUDIO_EOF'\nFROM ubuntu\nRUN apt update\n");
            QVERIFY2(build > 0 && build < text.indexOf("ovs-vsctl"), text.constData());
        }
        // No image is copied from this machine: no script for it.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("images-host1.sh"))));
    }
    void guideWritesMarkdownWithItsDiagram()
    {
        QTemporaryDir dir;
        const Run r
            = cli({QStringLiteral("guide"), seed(), QStringLiteral("--output"), dir.path()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString md = dir.filePath(QStringLiteral("seed-two-hosts.md"));
        const QString png = dir.filePath(QStringLiteral("seed-two-hosts-images/diagram.png"));
        const QString svg = dir.filePath(QStringLiteral("seed-two-hosts-images/diagram.svg"));
        // It says what it wrote, one path a line.
        QCOMPARE(QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
                 QStringList({md, png, svg}));
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("![Topology seed-two-hosts](seed-two-hosts-images/diagram.png)"));
        QVERIFY(text.contains("ovs-vsctl --may-exist add-br br0"));
        QVERIFY(text.contains("remote_ip=192.168.0.9"));
        QFile image(png);
        QVERIFY(image.open(QIODevice::ReadOnly));
        QCOMPARE(image.read(8), QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY(image.size() > 10000);
        QFile vector(svg);
        QVERIFY(vector.open(QIODevice::ReadOnly));
        QVERIFY(vector.readAll().contains("<svg"));
    }

    void guideAsHtmlHasTheDiagramInside()
    {
        QTemporaryDir dir;
        const Run r = cli({QStringLiteral("guide"), seed(), QStringLiteral("--output"), dir.path(),
                           QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(dir.filePath(QStringLiteral("seed-two-hosts.html")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray html = f.readAll();
        QVERIFY(html.contains("data:image/png;base64,iVBORw0KGgo"));
        QVERIFY(html.contains("ovs-vsctl --may-exist add-br br0"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList{QStringLiteral("seed-two-hosts.html")});
    }

    void guideAndStepRefuseBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("guide"), seed(), QStringLiteral("--format"),
                           QStringLiteral("pdf")}
            << 2 << QStringLiteral("unknown format 'pdf'; use md or html");
        QTest::newRow("no file") << QStringList{QStringLiteral("guide")} << 2
                                 << QStringLiteral("usage: overlaystudio-cli guide FILE");
        QTest::newRow("missing file")
            << QStringList{QStringLiteral("guide"), QStringLiteral("/nonexistent/x.json")} << 1
            << QStringLiteral("/nonexistent/x.json");
        QTest::newRow("step with destroy")
            << QStringList{QStringLiteral("destroy"), seed(), QStringLiteral("--step")} << 2
            << QStringLiteral("--step goes with apply only");
        QTest::newRow("step with dry run")
            << QStringList{QStringLiteral("apply"), seed(), QStringLiteral("--step"),
                           QStringLiteral("--dry-run")}
            << 2 << QStringLiteral("not with --dry-run");
    }

    void guideAndStepRefuseBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
