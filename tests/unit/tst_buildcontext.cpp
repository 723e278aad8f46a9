// Build contexts: which context paths a definition may list, what apply says when a file is
// missing or leaves the project's folder, and the tar itself, read back by GNU tar (as Docker's
// own reader would): names long and short, folders, modes, contents, byte for byte.
#include "testsupport.h"

#include "images/buildcontext.h"
#include "images/tarformat.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace studio;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray readAll(BuildContext &context, QString *error = nullptr)
{
    QByteArray tar;
    for (;;) {
        auto chunk = context.next();
        if (!chunk) {
            if (error)
                *error = chunk.error().toString();
            return tar;
        }
        if (chunk.value().isEmpty())
            return tar;
        tar += chunk.value();
    }
}

QByteArray tarTool(const QStringList &args, const QString &dir = {})
{
    QProcess tar;
    if (!dir.isEmpty())
        tar.setWorkingDirectory(dir);
    tar.start(QStringLiteral("tar"), args);
    tar.waitForFinished(10000);
    return tar.exitCode() == 0 ? tar.readAllStandardOutput()
                               : QByteArray("tar failed: ") + tar.readAllStandardError();
}

ImageDefinition withContext(const QStringList &files)
{
    ImageDefinition d;
    d.name = QStringLiteral("lab/hello:1");
    d.source = ImageSource::Build;
    d.dockerfile = QStringLiteral("FROM busybox\nCOPY hello.txt /hello.txt\n");
    d.contextFiles = files;
    return d;
}

} // namespace

class TestBuildContext : public QObject
{
    Q_OBJECT

private slots:
    void contextPaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem"); // a part of the message; empty: allowed
        QTest::newRow("beside") << QStringLiteral("hello.txt") << QString();
        QTest::newRow("in a folder") << QStringLiteral("files/etc/motd") << QString();
        QTest::newRow("dots inside a name") << QStringLiteral("a..b/..c") << QString();
        QTest::newRow("spaces and quotes") << QStringLiteral("my file's 'x'.txt") << QString();
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("absolute");
        QTest::newRow("drive") << QStringLiteral("C:/x") << QStringLiteral("absolute");
        QTest::newRow("parent") << QStringLiteral("../secret") << QStringLiteral("leaves");
        QTest::newRow("parent inside")
            << QStringLiteral("files/../../secret") << QStringLiteral("leaves");
        QTest::newRow("back inside") << QStringLiteral("a/../b") << QStringLiteral("leaves");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("double slash") << QStringLiteral("a//b") << QStringLiteral("empty");
        QTest::newRow("dot") << QStringLiteral("./a") << QStringLiteral("'.'");
        QTest::newRow("trailing slash") << QStringLiteral("files/") << QStringLiteral("empty");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("backslash");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("control");
        QTest::newRow("the Dockerfile")
            << QStringLiteral("Dockerfile") << QStringLiteral("Dockerfile");
    }
    void contextPaths()
    {
        QFETCH(QString, path);
        QFETCH(QString, problem);
        const QString why = ImageDefinition::contextPathProblem(path);
        if (problem.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(problem), qPrintable(why));
        // The definition's problem names the image and the file, and the fix says what to do.
        const ImageDefinition d = withContext({path});
        if (problem.isEmpty()) {
            QVERIFY(d.problem().isEmpty());
        } else {
            QVERIFY2(d.problem().contains(QStringLiteral("lab/hello:1"))
                         && d.problem().contains(QStringLiteral("Context file")),
                     qPrintable(d.problem()));
            QVERIFY(d.fix().contains(QStringLiteral("relative to the project file")));
        }
    }

    void aFileListedTwiceIsAProblem()
    {
        const ImageDefinition d = withContext({QStringLiteral("a"), QStringLiteral("a")});
        QVERIFY2(d.problem().contains(QStringLiteral("twice")), qPrintable(d.problem()));
    }

    void aMissingFileNamesImageFileAndFix()
    {
        QTemporaryDir dir;
        auto context = BuildContext::open(withContext({QStringLiteral("hello.txt")}), dir.path());
        QVERIFY(!context);
        const QString text = context.error().toString();
        QVERIFY2(text.contains(QStringLiteral("image lab/hello:1"))
                     && text.contains(QStringLiteral("hello.txt does not exist in ") + dir.path())
                     && text.contains(QStringLiteral("Put the file beside the project file")),
                 qPrintable(text));
    }

    void anUnsavedProjectSaysSo()
    {
        auto context = BuildContext::open(withContext({QStringLiteral("hello.txt")}), QString());
        QVERIFY(!context);
        QVERIFY2(context.error().toString().contains(QStringLiteral("not been saved")),
                 qPrintable(context.error().toString()));
        // Without context files, an unsaved project is no problem.
        QVERIFY(BuildContext::open(withContext({}), QString()).ok());
    }

    void foldersAndLinksOutsideAreRefused()
    {
        QTemporaryDir outside;
        QVERIFY(writeFile(outside.filePath(QStringLiteral("secret")), "key"));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        QVERIFY(QFile::link(outside.filePath(QStringLiteral("secret")),
                            dir.filePath(QStringLiteral("link"))));
        auto folder = BuildContext::open(withContext({QStringLiteral("folder")}), dir.path());
        QVERIFY(!folder);
        QVERIFY2(folder.error().message.contains(QStringLiteral("not a file")),
                 qPrintable(folder.error().toString()));
        auto link = BuildContext::open(withContext({QStringLiteral("link")}), dir.path());
        QVERIFY(!link);
        QVERIFY2(link.error().message.contains(QStringLiteral("outside the project")),
                 qPrintable(link.error().toString()));
        // A path that escapes is refused before any file is looked at.
        auto escape = BuildContext::open(withContext({QStringLiteral("../x")}), dir.path());
        QVERIFY(!escape);
        QVERIFY(escape.error().message.contains(QStringLiteral("leaves")));
        // A link that stays inside is read through.
        QVERIFY(writeFile(dir.filePath(QStringLiteral("real.txt")), "inside"));
        QVERIFY(QFile::link(dir.filePath(QStringLiteral("real.txt")),
                            dir.filePath(QStringLiteral("inner"))));
        QVERIFY(BuildContext::open(withContext({QStringLiteral("inner")}), dir.path()).ok());
    }

    void theTarHoldsTheDockerfileAndTheFiles()
    {
        QTemporaryDir dir;
        const QString longName = QStringLiteral("deep/") + QString(60, QLatin1Char('d'))
                                 + QLatin1Char('/') + QString(70, QLatin1Char('f'))
                                 + QStringLiteral(".txt"); // > 100 bytes: PAX
        const QString unicode = QStringLiteral("files/grüße.txt");
        QByteArray big(700 * 1024 + 3, '\0'); // several chunks, not a block multiple
        for (int i = 0; i < big.size(); ++i)
            big[i] = char(i * 7 % 251);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("hello.txt")), "hello from the project\n"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("files/run.sh")), "#!/bin/sh\necho hi\n"));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("files/run.sh")),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("files/big.bin")), big));
        QVERIFY(writeFile(dir.filePath(longName), "long"));
        QVERIFY(writeFile(dir.filePath(unicode), "unicode"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("empty")), ""));

        const QStringList files{QStringLiteral("hello.txt"),
                                QStringLiteral("files/run.sh"),
                                QStringLiteral("files/big.bin"),
                                longName,
                                unicode,
                                QStringLiteral("empty")};
        auto context = BuildContext::open(withContext(files), dir.path());
        QVERIFY2(context.ok(), context ? "" : qPrintable(context.error().toString()));
        const qint64 size = context.value().size();
        QString error;
        const QByteArray tar = readAll(context.value(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(qint64(tar.size()), size);
        QCOMPARE(tar.size() % tarformat::kBlock, 0);
        QCOMPARE(context.value().bytesRead(), size);

        QTemporaryDir out;
        const QString tarPath = out.filePath(QStringLiteral("context.tar"));
        QVERIFY(writeFile(tarPath, tar));
        const QByteArray listing = tarTool({QStringLiteral("-tvf"), tarPath});
        QVERIFY2(!listing.startsWith("tar failed"), listing.constData());
        // The Dockerfile first, folders before their files, modes kept, root's.
        const QList<QByteArray> lines = listing.split('\n');
        QVERIFY2(lines[0].startsWith("-rw-r--r-- root/root") && lines[0].endsWith(" Dockerfile"),
                 listing.constData());
        QVERIFY2(listing.contains("drwxr-xr-x root/root") && listing.contains(" files/\n"),
                 listing.constData());
        QVERIFY2(listing.contains("-rwxr-xr-x root/root") && listing.contains(" files/run.sh"),
                 listing.constData());
        QVERIFY2(listing.contains(longName.toUtf8()), listing.constData());

        QTemporaryDir extracted;
        QVERIFY(
            !tarTool({QStringLiteral("-xf"), tarPath}, extracted.path()).startsWith("tar failed"));
        const auto content = [&](const QString &name) {
            QFile f(extracted.filePath(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
        };
        QCOMPARE(content(QStringLiteral("Dockerfile")),
                 QByteArray("FROM busybox\nCOPY hello.txt /hello.txt\n"));
        QCOMPARE(content(QStringLiteral("hello.txt")), QByteArray("hello from the project\n"));
        QCOMPARE(content(QStringLiteral("files/big.bin")), big);
        QCOMPARE(content(longName), QByteArray("long"));
        QCOMPARE(content(unicode), QByteArray("unicode"));
        QCOMPARE(content(QStringLiteral("empty")), QByteArray());
        QVERIFY(QFileInfo(extracted.filePath(QStringLiteral("files/run.sh"))).isExecutable());

        // The same tar into a file, for scripts.
        auto again = BuildContext::open(withContext(files), dir.path());
        QVERIFY(again.ok());
        const QString written = out.filePath(QStringLiteral("written.tar"));
        QVERIFY(again.value().writeTo(written).ok());
        QFile w(written);
        QVERIFY(w.open(QIODevice::ReadOnly));
        QCOMPARE(w.readAll(), tar);
    }

    void aFileThatChangesWhileSentIsAnError()
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("hello.txt")), QByteArray(4096, 'x')));
        auto context = BuildContext::open(withContext({QStringLiteral("hello.txt")}), dir.path());
        QVERIFY(context.ok());
        QVERIFY(writeFile(dir.filePath(QStringLiteral("hello.txt")), "short"));
        QString error;
        readAll(context.value(), &error);
        QVERIFY2(error.contains(QStringLiteral("hello.txt became shorter")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"
