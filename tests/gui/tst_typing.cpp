// Typing into the property editor as a user does: a real click selects the object on the canvas,
// a real click puts the cursor in the field, and every key goes to whatever widget has the focus
// at that moment. Every character must land, the focus must stay, and the typing is one undo step.
#include "../unit/testsupport.h"

#include "mainwindow.h"
#include "propertyeditor.h"

#include "scene/canvasview.h"
#include "scene/topologyscene.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QGraphicsItem>
#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace studio;

namespace {

// Where a user clicks to select an object: a host's title bar, a node's title, a quarter along a
// link (its middle holds the VNI label).
QPoint clickPoint(MainWindow &w, ObjectId id)
{
    QGraphicsItem *item = w.scene()->itemFor(id);
    Q_ASSERT(item);
    QPointF scenePos;
    switch (w.topology().kindOf(id)) {
    case ObjectKind::Host:
        scenePos = item->mapToScene(QPointF(120, 15));
        break;
    case ObjectKind::Link: {
        const VxlanLink *l = w.topology().link(id);
        const QPointF a = w.scene()->itemFor(l->bridgeA)->sceneBoundingRect().center();
        const QPointF b = w.scene()->itemFor(l->bridgeB)->sceneBoundingRect().center();
        // Between the two border points: a quarter of the way from the middle to A's side.
        const QPointF mid = (a + b) / 2;
        scenePos = mid + (a - mid) * 0.4;
        break;
    }
    default:
        scenePos = item->mapToScene(QPointF(70, 12));
        break;
    }
    return w.view()->mapFromScene(scenePos);
}

// The field's own editor widget that takes keys (a spin box types into its line edit).
bool hasFocus(QWidget *field)
{
    QWidget *focus = QApplication::focusWidget();
    return focus && (focus == field || field->isAncestorOf(focus));
}

QString fieldText(QWidget *field)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        return line->text();
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        return spin->text();
    return {};
}

} // namespace

class TestTyping : public QObject
{
    Q_OBJECT

    // Each key to whatever has the focus now, and the focus must still be in the field after it.
    static bool typeText(QWidget *field, const QString &text)
    {
        for (const QChar ch : text) {
            QWidget *target = QApplication::focusWidget();
            if (!target || !hasFocus(field)) {
                qWarning("focus left the field before '%c': now on %s", ch.toLatin1(),
                         target ? target->metaObject()->className() : "nothing");
                return false;
            }
            QTest::keyClick(target, ch.toLatin1());
            QTest::qWait(5); // a user's keys come with the event loop running in between
        }
        return hasFocus(field);
    }

private slots:
    void init() { QApplication::setActiveWindow(nullptr); }

    void typingLandsEveryCharacter_data()
    {
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("container image, 20 characters")
            << "host1/container1"
            << "image"
            << "registry/alpine:3.19" << QVariant(QStringLiteral("registry/alpine:3.19"));
        QTest::newRow("host management address")
            << "host1"
            << "managementAddress"
            << "192.168.10.80" << QVariant(QStringLiteral("192.168.10.80"));
        QTest::newRow("bridge gateway address")
            << "host2/br0"
            << "gatewayAddress"
            << "10.2.2.254/24" << QVariant(QStringLiteral("10.2.2.254/24"));
        QTest::newRow("container name, 20 characters")
            << "host2/container3"
            << "name"
            << "web-frontend-0123456" << QVariant(QStringLiteral("web-frontend-0123456"));
        QTest::newRow("link VNI") << "host1/br0 <-> host2/br0"
                                  << "vni"
                                  << "300" << QVariant(300u);
        QTest::newRow("bridge MTU") << "host1/br1"
                                    << "mtu"
                                    << "1400" << QVariant(1400);
    }

    void typingLandsEveryCharacter()
    {
        QFETCH(QString, object);
        QFETCH(QString, key);
        QFETCH(QString, typed);
        QFETCH(QVariant, expected);

        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1360, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const ObjectId id = test::idOf(w.topology(), object);

        // Select it on the canvas with a click.
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, clickPoint(w, id));
        QTRY_COMPARE(w.propertyEditor()->object(), id);
        QWidget *field = w.propertyEditor()->field(key);
        QVERIFY(field);
        QTRY_VERIFY(field->isVisible());

        // Click into the field, select what is there, type over it.
        QTest::mouseClick(field, Qt::LeftButton, {}, field->rect().center());
        QTRY_VERIFY(hasFocus(field));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        const int stepsBefore = w.undoStack()->count();
        const QVariant before = w.document()->property(id, key);
        QVERIFY(typeText(field, typed));

        QCOMPARE(fieldText(field), typed);
        QCOMPARE(w.document()->property(id, key), expected);
        QCOMPARE(w.scene()->selectedIds(), QList<ObjectId>{id}); // still selected
        QCOMPARE(w.undoStack()->count(), stepsBefore + 1);       // the typing is one step
        QTest::qWait(50); // whatever was queued by the edits has run: the field is still there
        QVERIFY(hasFocus(field));
        QCOMPARE(w.propertyEditor()->field(key), field);

        w.undoStack()->undo();
        QCOMPARE(w.document()->property(id, key), before);
        QCOMPARE(fieldText(field), before.toString());
    }

    // Double-click on a container on the canvas: its name is selected for typing over.
    void doubleClickRenameKeepsEveryLetter()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1360, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const ObjectId c3 = test::idOf(w.topology(), QStringLiteral("host2/container3"));
        QTest::mouseDClick(w.view()->viewport(), Qt::LeftButton, {}, clickPoint(w, c3));
        QWidget *name = w.propertyEditor()->field(QStringLiteral("name"));
        QVERIFY(name);
        QTRY_VERIFY(hasFocus(name));
        const QString typed = QStringLiteral("database-replica-007");
        QVERIFY(typeText(name, typed));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(w.topology().container(c3)->name, typed);
        QCOMPARE(fieldText(name), typed);
        QCOMPARE(w.undoStack()->count(), 1);
    }

    // A text longer than its field reads from its start: when shown, after an undo, and once the
    // user leaves the field; typing at its end goes on where the user put the cursor.
    void aLongTextReadsFromItsStart()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("lab-two-hosts.json"))));
        w.resize(1360, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTRY_COMPARE(w.propertyEditor()->object(), kNoObject); // the topology's own fields
        auto *description
            = qobject_cast<QLineEdit *>(w.propertyEditor()->field(QStringLiteral("description")));
        QVERIFY(description);
        QTRY_VERIFY(description->isVisible());
        const QString text = description->text();
        QVERIFY(description->fontMetrics().horizontalAdvance(text) > description->width());
        QCOMPARE(description->cursorPosition(), 0);

        QTest::mouseClick(description, Qt::LeftButton, {}, description->rect().center());
        QTRY_VERIFY(hasFocus(description));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QVERIFY(typeText(description, QStringLiteral(" Two")));
        QCOMPARE(w.topology().description, text + QStringLiteral(" Two"));
        QCOMPARE(description->cursorPosition(), description->text().size());

        // Tab to the next field: the description shows its start again.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(!hasFocus(description));
        QCOMPARE(description->cursorPosition(), 0);

        // Undo from the menu's shortcut with the focus elsewhere: the old text, from its start.
        w.view()->setFocus();
        QTRY_VERIFY(w.view()->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.topology().description, text);
        QCOMPARE(description->text(), text);
        QCOMPARE(description->cursorPosition(), 0);
    }

    // Two separate typing runs in the same field are two undo steps, not one.
    void separateTypingRunsAreSeparateSteps()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1360, 860);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        const ObjectId c1 = test::idOf(w.topology(), QStringLiteral("host1/container1"));
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, clickPoint(w, c1));
        QTRY_COMPARE(w.propertyEditor()->object(), c1);
        QWidget *image = w.propertyEditor()->field(QStringLiteral("image"));
        QTest::mouseClick(image, Qt::LeftButton, {}, image->rect().center());
        QTRY_VERIFY(hasFocus(image));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QVERIFY(typeText(image, QStringLiteral("alpine:3.19")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // the first run ends
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_A, Qt::ControlModifier);
        QVERIFY(typeText(image, QStringLiteral("alpine:3.20")));
        QCOMPARE(w.topology().container(c1)->image, QStringLiteral("alpine:3.20"));
        QCOMPARE(w.undoStack()->count(), 2);
        w.undoStack()->undo();
        QCOMPARE(w.topology().container(c1)->image, QStringLiteral("alpine:3.19"));
        w.undoStack()->undo();
        QCOMPARE(w.topology().container(c1)->image, QStringLiteral("ubuntu:v1"));
    }
};

QTEST_MAIN(TestTyping)
#include "tst_typing.moc"
