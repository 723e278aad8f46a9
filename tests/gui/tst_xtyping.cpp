// Typing into the property editor through the X server, as a user does: xdotool moves the real
// pointer, clicks and types into the real window under Xvfb (ctest runs this under xvfb-run with
// the xcb platform). Every character must land, the focus must stay, and the typing is one undo
// step; a double click on the canvas renames.
#include "../unit/testsupport.h"

#include "mainwindow.h"
#include "propertyeditor.h"

#include "scene/canvasview.h"
#include "scene/topologyscene.h"

#include <QApplication>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace studio;

class TestXTyping : public QObject
{
    Q_OBJECT

    // Runs xdotool while the event loop keeps going (the window must answer the X server).
    static bool xdotool(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral("xdotool"), arguments);
        if (!process.waitForStarted(5000))
            return false;
        while (process.state() != QProcess::NotRunning)
            QTest::qWait(10);
        QTest::qWait(100); // the last events reach the window
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
    static bool click(const QPoint &global, int clicks = 1)
    {
        return xdotool({QStringLiteral("mousemove"), QStringLiteral("--sync"),
                        QString::number(global.x()), QString::number(global.y()),
                        QStringLiteral("click"), QStringLiteral("--repeat"),
                        QString::number(clicks), QStringLiteral("--delay"), QStringLiteral("80"),
                        QStringLiteral("1")});
    }
    static QPoint onCanvas(MainWindow &w, ObjectId id)
    {
        const QPointF scenePos = w.scene()->itemFor(id)->mapToScene(QPointF(70, 12));
        return w.view()->viewport()->mapToGlobal(w.view()->mapFromScene(scenePos));
    }

private slots:
    void initTestCase()
    {
        if (QGuiApplication::platformName() != QLatin1String("xcb"))
            QSKIP("needs an X server (ctest runs it under xvfb-run)");
        if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty())
            QSKIP("xdotool is not installed (.ci/install-deps.sh installs it)");
    }

    void typingThroughTheXServerLandsEveryCharacter()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1280, 800);
        w.move(0, 0);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::qWait(300);
        const ObjectId c1 = test::idOf(w.topology(), QStringLiteral("host1/container1"));
        QVERIFY(click(onCanvas(w, c1)));
        QTRY_COMPARE(w.propertyEditor()->object(), c1);
        // Guarded: the old editor destroyed the field being typed into.
        QPointer<QLineEdit> image
            = qobject_cast<QLineEdit *>(w.propertyEditor()->field(QStringLiteral("image")));
        QVERIFY(image);
        QTRY_VERIFY(image->isVisible());
        QVERIFY(click(image->mapToGlobal(image->rect().center())));
        QTRY_COMPARE(QApplication::focusWidget(), image.data());
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("ctrl+a")}));
        const QString typed = QStringLiteral("registry/alpine:3.19"); // 20 characters
        QVERIFY(xdotool(
            {QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("40"), typed}));
        QTest::qWait(200);
        QVERIFY2(image, "the field typed into was destroyed while typing");
        QTRY_COMPARE(image->text(), typed);
        QCOMPARE(w.topology().container(c1)->image, typed);
        QCOMPARE(QApplication::focusWidget(), image.data()); // the field was never replaced
        QCOMPARE(w.propertyEditor()->field(QStringLiteral("image")), image.data());
        QCOMPARE(w.undoStack()->count(), 1);
        QCOMPARE(w.scene()->selectedIds(), QList<ObjectId>{c1});

        // A double click on container3 opens its name for typing over.
        const ObjectId c3 = test::idOf(w.topology(), QStringLiteral("host2/container3"));
        QVERIFY(click(onCanvas(w, c3), 2));
        QTRY_COMPARE(w.propertyEditor()->object(), c3);
        QPointer<QLineEdit> name
            = qobject_cast<QLineEdit *>(w.propertyEditor()->field(QStringLiteral("name")));
        QTRY_COMPARE(QApplication::focusWidget(), name.data());
        QVERIFY(xdotool({QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("40"),
                         QStringLiteral("database-replica-007")}));
        QVERIFY(xdotool({QStringLiteral("key"), QStringLiteral("Return")}));
        QTRY_COMPARE(w.topology().container(c3)->name, QStringLiteral("database-replica-007"));
        QCOMPARE(w.undoStack()->count(), 2);
    }
};

QTEST_MAIN(TestXTyping)
#include "tst_xtyping.moc"
