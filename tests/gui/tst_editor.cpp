// Drawing the guide's topology in the editor through the same code paths the gestures use: drops,
// connections, the property editor; then undo to empty, redo, save, reopen.
#include "../unit/testsupport.h"
#include "imagecheck.h"

#include "clipboardcontroller.h"
#include "deploycontroller.h"
#include "documentcontroller.h"
#include "guiprompt.h"
#include "mainwindow.h"
#include "palettewidget.h"
#include "problemsdock.h"
#include "propertyeditor.h"
#include "structuredock.h"
#include "structuremodel.h"
#include "themedicon.h"

#include "commands/commands.h"
#include "model/projectfile.h"
#include "model/validation.h"
#include "scene/canvasstyle.h"
#include "scene/canvasview.h"
#include "scene/segmentlegend.h"
#include "scene/topologyscene.h"

#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QFile>
#include <QGraphicsItem>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>

#include <QUndoStack>
#include <cmath>
#include <thread>

using namespace studio;

namespace {

QPoint viewPoint(MainWindow &w, const QPointF &scenePos)
{
    return w.view()->mapFromScene(scenePos);
}

ObjectId lastAdded(const Topology &t, ObjectKind kind)
{
    ObjectId id = kNoObject;
    const auto take = [&id](const auto &items) {
        if (!items.empty())
            id = items.back().id;
    };
    if (kind == ObjectKind::Host)
        take(t.hosts());
    if (kind == ObjectKind::Bridge)
        take(t.bridges());
    if (kind == ObjectKind::Container)
        take(t.containers());
    if (kind == ObjectKind::Link)
        take(t.links());
    return id;
}

} // namespace

class TestEditor : public QObject
{
    Q_OBJECT

    // QTest has no mouse move with a button held: a drag step as the view receives it.
    static void dragTo(QWidget *viewport, const QPoint &to)
    {
        QMouseEvent event(QEvent::MouseMove, QPointF(to), viewport->mapToGlobal(QPointF(to)),
                          Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    }

    static QPalette lightPalette()
    {
        QPalette p(QColor(239, 239, 239));
        p.setColor(QPalette::WindowText, Qt::black);
        p.setColor(QPalette::Text, Qt::black);
        return p;
    }
    static QPalette darkPalette()
    {
        QPalette p(QColor(53, 53, 53), QColor(42, 42, 42));
        p.setColor(QPalette::WindowText, QColor(235, 235, 235));
        p.setColor(QPalette::Text, QColor(235, 235, 235));
        p.setColor(QPalette::ButtonText, QColor(235, 235, 235));
        p.setColor(QPalette::Base, QColor(30, 30, 30));
        p.setColor(QPalette::AlternateBase, QColor(45, 45, 48));
        p.setColor(QPalette::Mid, QColor(110, 110, 110));
        p.setColor(QPalette::PlaceholderText, QColor(160, 160, 160));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
        return p;
    }

private slots:
    void drawUndoRedoSaveReopen()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TopologyScene *scene = w.scene();
        QSignalSpy messages(scene, &TopologyScene::message);

        // A bridge dropped outside any host is refused, and says why.
        w.view()->dropKind(QStringLiteral("bridge"), viewPoint(w, QPointF(5000, 5000)));
        QCOMPARE(w.topology().objectCount(), 0);
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("inside a host")));

        // Two hosts, a bridge in each, two containers in the first.
        w.view()->dropKind(QStringLiteral("host"), viewPoint(w, QPointF(0, 0)));
        w.view()->dropKind(QStringLiteral("host"), viewPoint(w, QPointF(700, 0)));
        QCOMPARE(w.topology().hosts().size(), std::size_t(2));
        const Host h1 = w.topology().hosts()[0];
        const Host h2 = w.topology().hosts()[1];
        QCOMPARE(h1.name, QStringLiteral("host1"));
        QCOMPARE(h2.name, QStringLiteral("host2"));
        const auto inside = [](const Host &h, qreal x, qreal y) {
            return h.position + QPointF(x, y);
        };
        w.view()->dropKind(QStringLiteral("bridge"), viewPoint(w, inside(h1, 300, 100)));
        w.view()->dropKind(QStringLiteral("bridge"), viewPoint(w, inside(h2, 100, 100)));
        w.view()->dropKind(QStringLiteral("container"), viewPoint(w, inside(h1, 90, 90)));
        const ObjectId c1 = lastAdded(w.topology(), ObjectKind::Container);
        w.view()->dropKind(QStringLiteral("container"), viewPoint(w, inside(h1, 90, 190)));
        const ObjectId c2 = lastAdded(w.topology(), ObjectKind::Container);
        const Topology &t = w.topology();
        QCOMPARE(t.bridges().size(), std::size_t(2));
        const ObjectId br1 = t.bridges()[0].id;
        const ObjectId br2 = t.bridges()[1].id;
        QCOMPARE(t.bridge(br1)->host, h1.id);
        QCOMPARE(t.bridge(br1)->name, QStringLiteral("br0"));
        QCOMPARE(t.bridge(br1)->gatewayPort, QStringLiteral("veth0"));
        QCOMPARE(t.bridge(br1)->gatewayAddress, QStringLiteral("10.2.2.1/24"));
        QCOMPARE(t.container(c1)->name, QStringLiteral("container1"));
        QCOMPARE(t.container(c2)->name, QStringLiteral("container2"));

        // The property editor can attach too: container2 to br0, then detach it again.
        scene->selectObject(c2);
        auto *bridgeField
            = qobject_cast<QComboBox *>(w.propertyEditor()->field(QStringLiteral("bridge")));
        QVERIFY(bridgeField);
        QCOMPARE(bridgeField->count(), 2); // (not attached), br0 of host1 only
        bridgeField->setCurrentIndex(1);
        emit bridgeField->activated(1);
        QCOMPARE(w.topology().container(c2)->bridge, br1);
        w.undoStack()->undo();
        QCOMPARE(w.topology().container(c2)->bridge, kNoObject);

        // Refused connections stay refused: a container to another host's bridge, two bridges on
        // one host.
        QVERIFY(!scene->connectObjects(c1, br2));
        QVERIFY(messages.last().first().toString().contains(QStringLiteral("host1")));
        QCOMPARE(w.topology().container(c1)->bridge, kNoObject);

        // Attach both containers (each gets a free address) and link the bridges.
        QVERIFY(scene->connectObjects(c1, br1));
        QVERIFY(scene->connectObjects(c2, br1));
        QCOMPARE(w.topology().container(c1)->address, QStringLiteral("10.2.2.2/24"));
        QCOMPARE(w.topology().container(c2)->address, QStringLiteral("10.2.2.3/24"));
        QVERIFY(scene->connectObjects(br1, br2));
        QVERIFY(!scene->connectObjects(br2, br1)); // already linked
        const ObjectId link = lastAdded(w.topology(), ObjectKind::Link);
        QCOMPARE(w.topology().link(link)->vni, 100u);

        // Set the VNI in the property editor, as a user types it.
        scene->selectObject(link);
        QCOMPARE(w.propertyEditor()->object(), link);
        auto *vni = qobject_cast<QSpinBox *>(w.propertyEditor()->field(QStringLiteral("vni")));
        QVERIFY(vni);
        vni->setValue(4242);
        QCOMPARE(w.topology().link(link)->vni, 4242u);
        // An invalid value is marked in the editor with the reason.
        scene->selectObject(br2);
        auto *name = qobject_cast<QLineEdit *>(w.propertyEditor()->field(QStringLiteral("name")));
        QVERIFY(name);
        name->setText(QStringLiteral("br 0"));
        emit name->textEdited(name->text());
        QCOMPARE(w.topology().bridge(br2)->name, QStringLiteral("br 0"));
        QTRY_VERIFY(name->property("invalid").toBool()); // problems arrive once per batch
        QVERIFY2(name->toolTip().contains(QStringLiteral("contains a space")),
                 qPrintable(name->toolTip()));
        name->setText(QStringLiteral("br0"));
        emit name->textEdited(name->text());
        QTRY_VERIFY(!name->property("invalid").toBool());
        // host2's gateway must differ from host1's on the same segment, or it warns; give it .254.
        QUndoStack *undo = w.undoStack();
        const QByteArray drawn = projectfile::toJson(w.topology());

        // Undo everything back to empty, and redo it all.
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(w.topology().objectCount(), 0);
        scene->flush();
        QVERIFY(scene->items().isEmpty());
        while (undo->canRedo())
            undo->redo();
        QCOMPARE(projectfile::toJson(w.topology()), drawn);
        scene->flush();
        QVERIFY(scene->itemFor(link));

        // Save, reopen, compare.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("drawn.json"));
        QVERIFY(w.saveTo(path));
        QVERIFY(!w.isWindowModified());
        MainWindow reopened;
        QVERIFY(reopened.openFile(path));
        QCOMPARE(reopened.topology(), w.topology());
    }

    void movesAreOneStepPerDrag()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.scene()->flush();
        const ObjectId host1 = test::idOf(w.topology(), QStringLiteral("host1"));
        QGraphicsItem *item = w.scene()->itemFor(host1);
        QVERIFY(item);
        const QPointF before = w.topology().host(host1)->position;
        // Press on the host's title, drag in several steps, release: one undo step.
        const QPoint start = w.view()->mapFromScene(item->mapToScene(QPointF(200, 15)));
        QTest::mousePress(w.view()->viewport(), Qt::LeftButton, {}, start);
        for (int i = 1; i <= 5; ++i)
            dragTo(w.view()->viewport(), start + QPoint(10 * i, 4 * i));
        QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, start + QPoint(50, 20));
        QCOMPARE(w.undoStack()->count(), 1);
        const QPointF after = w.topology().host(host1)->position;
        QVERIFY(after != before);
        QCOMPARE(std::fmod(after.x(), TopologyScene::kGrid), 0.0); // snapped to the grid
        QCOMPARE(std::fmod(after.y(), TopologyScene::kGrid), 0.0);
        QVERIFY(w.isWindowModified());
        w.undoStack()->undo();
        QCOMPARE(w.topology().host(host1)->position, before);
    }

    void arrowKeysNudgeTheSelection()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const ObjectId c1 = test::idOf(w.topology(), QStringLiteral("host1/container1"));
        const ObjectId host2 = test::idOf(w.topology(), QStringLiteral("host2"));
        const QPointF containerBefore = w.topology().container(c1)->position;
        const QPointF hostBefore = w.topology().host(host2)->position;
        w.scene()->selectObject(c1);
        w.view()->setFocus();
        QTest::keyClick(w.view(), Qt::Key_Right);
        QTest::keyClick(w.view(), Qt::Key_Right);
        QTest::keyClick(w.view(), Qt::Key_Down, Qt::ShiftModifier); // one point, off the grid
        QCOMPARE(w.topology().container(c1)->position,
                 containerBefore + QPointF(2 * TopologyScene::kGrid, 1));
        QCOMPARE(w.undoStack()->count(), 1); // nudges in a row are one step
        // Never out of its host: a long push left stops at the frame.
        for (int i = 0; i < 100; ++i)
            QTest::keyClick(w.view(), Qt::Key_Left);
        QVERIFY(w.topology().container(c1)->position.x() >= 0);
        QVERIFY(w.topology().container(c1)->position.x() < containerBefore.x());
        w.undoStack()->undo();
        QCOMPARE(w.topology().container(c1)->position, containerBefore);

        // A host moves with its contents; the others stay.
        w.scene()->selectObject(host2);
        QTest::keyClick(w.view(), Qt::Key_Up);
        QCOMPARE(w.topology().host(host2)->position, hostBefore - QPointF(0, TopologyScene::kGrid));
        QCOMPARE(w.topology().container(c1)->position, containerBefore);
    }

    void escapeCancelsAGestureAndDoubleClickEdits()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.scene()->flush();
        QWidget *viewport = w.view()->viewport();
        const auto move = [viewport](const QPoint &to) {
            dragTo(viewport, to);
        };
        const auto at = [&w](ObjectId id, QPointF local) {
            return w.view()->mapFromScene(w.scene()->itemFor(id)->mapToScene(local));
        };

        // A connection being drawn from host1/br0's handle to host2/br1: Escape drops it.
        const ObjectId br0 = test::idOf(w.topology(), QStringLiteral("host1/br0"));
        const ObjectId br1 = test::idOf(w.topology(), QStringLiteral("host2/br1"));
        const QPoint handle = at(br0, QPointF(canvasstyle::kBridgeWidth - 9, 28));
        const QPoint target = at(br1, QPointF(40, 28));
        const std::size_t links = w.topology().links().size();
        QTest::mousePress(viewport, Qt::LeftButton, {}, handle);
        move(target);
        QTest::keyClick(w.view(), Qt::Key_Escape);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
        QCOMPARE(w.topology().links().size(), links);
        QCOMPARE(w.undoStack()->count(), 0);
        // Without Escape the same gesture connects: the test above did aim right.
        QTest::mousePress(viewport, Qt::LeftButton, {}, handle);
        move(target);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, target);
        QCOMPARE(w.topology().links().size(), links + 1);
        w.undoStack()->undo();
        w.scene()->flush();

        // A host being dragged: Escape puts it back and leaves no step.
        const ObjectId host1 = test::idOf(w.topology(), QStringLiteral("host1"));
        const QPointF before = w.topology().host(host1)->position;
        const QPoint title = at(host1, QPointF(200, 15));
        QTest::mousePress(viewport, Qt::LeftButton, {}, title);
        move(title + QPoint(40, 30));
        move(title + QPoint(80, 60));
        QVERIFY(w.scene()->itemFor(host1)->pos() != before);
        QTest::keyClick(w.view(), Qt::Key_Escape);
        QCOMPARE(w.scene()->itemFor(host1)->pos(), before);
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, title + QPoint(80, 60));
        QCOMPARE(w.topology().host(host1)->position, before);
        QCOMPARE(w.undoStack()->index(), 0);

        // A double click on a container opens its name for typing.
        const ObjectId c3 = test::idOf(w.topology(), QStringLiteral("host2/container3"));
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, at(c3, QPointF(60, 12)));
        QCOMPARE(w.propertyEditor()->object(), c3);
        auto *name = qobject_cast<QLineEdit *>(w.propertyEditor()->field(QStringLiteral("name")));
        QVERIFY(name);
        QTRY_COMPARE(w.focusWidget(), name);
        QCOMPARE(name->selectedText(), QStringLiteral("container3"));
    }

    // Deploy workers ask for host keys and passwords on the GUI thread. If the window goes away
    // before answering, a worker must not wait forever: the window's destructor waits for it.
    void aPromptOutlivedByItsWindowDoesNotHang()
    {
        // Answered normally while the GUI thread runs its loop.
        auto abandoned = std::make_shared<std::atomic<bool>>(false);
        auto context = std::make_unique<QObject>();
        std::atomic<int> answer{-1};
        std::thread asker([&, ctx = context.get()] {
            answer = askOnGuiThread<int>(
                ctx, [] { return 7; }, 0, abandoned);
        });
        QTRY_COMPARE(answer.load(), 7);
        asker.join();

        // The window goes before the question is shown: the worker gets the fallback. With a
        // BlockingQueuedConnection this join would never return.
        answer = -1;
        std::thread orphan([&, ctx = context.get()] {
            answer = askOnGuiThread<int>(
                ctx, [] { return 7; }, 0, abandoned);
        });
        QThread::msleep(100); // the question is queued, the GUI thread is busy elsewhere
        abandoned->store(true);
        context.reset();
        orphan.join();
        QCOMPARE(answer.load(), 0);
    }

    void canvasContextMenu()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.scene()->flush();
        const ObjectId c3 = test::idOf(w.topology(), QStringLiteral("host2/container3"));
        const ObjectId host1 = test::idOf(w.topology(), QStringLiteral("host1"));

        // A right click selects what it is on and asks for the menu there.
        QSignalSpy asked(w.view(), &CanvasView::contextMenuRequested);
        QGraphicsItem *item = w.scene()->itemFor(c3);
        const QPoint at = w.view()->mapFromScene(item->sceneBoundingRect().center());
        QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                                w.view()->viewport()->mapToGlobal(at));
        QApplication::sendEvent(w.view()->viewport(), &event);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(w.scene()->selectedIds(), QList<ObjectId>{c3});

        const auto entry = [](QMenu *menu, const QString &prefix) -> QAction * {
            for (QAction *a : menu->actions()) {
                if (a->text().remove(QLatin1Char('&')).startsWith(prefix))
                    return a;
            }
            return nullptr;
        };
        // Inside a host: everything can be added there; the selection can be edited.
        const QRectF frame = w.scene()->itemFor(host1)->sceneBoundingRect();
        const QPointF inside = frame.topLeft() + QPointF(30, frame.height() - 60);
        std::unique_ptr<QMenu> menu(w.createCanvasMenu(inside));
        menu->adjustSize();
        QVERIFY(menu->grab().save(QStringLiteral("canvas-menu.png"))); // kept as a test artifact
        QVERIFY(entry(menu.get(), QStringLiteral("Delete"))->isEnabled());
        QAction *addContainer = entry(menu.get(), QStringLiteral("Add Container Here"));
        QVERIFY(addContainer && addContainer->isEnabled());
        const std::size_t containers = w.topology().containers().size();
        addContainer->trigger();
        QCOMPARE(w.topology().containers().size(), containers + 1);
        QCOMPARE(w.topology().containers().back().host, host1);
        QCOMPARE(w.scene()->selectedIds(),
                 QList<ObjectId>{w.topology().containers().back().id}); // selected to edit

        // Outside every host only a host can be added, and without a selection nothing is cut.
        w.scene()->clearSelection();
        std::unique_ptr<QMenu> outside(w.createCanvasMenu(frame.bottomRight() + QPointF(0, 300)));
        QVERIFY(!entry(outside.get(), QStringLiteral("Add Bridge Here"))->isEnabled());
        QVERIFY(!entry(outside.get(), QStringLiteral("Add Container Here"))->isEnabled());
        QVERIFY(entry(outside.get(), QStringLiteral("Add Host Here"))->isEnabled());
        QVERIFY(!entry(outside.get(), QStringLiteral("Cut"))->isEnabled());
        entry(outside.get(), QStringLiteral("Add Host Here"))->trigger();
        QCOMPARE(w.topology().hosts().size(), std::size_t(3));
    }

    void hostFramesResizeFromTheirGrip()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.scene()->flush();
        const ObjectId host1 = test::idOf(w.topology(), QStringLiteral("host1"));
        QGraphicsItem *item = w.scene()->itemFor(host1);
        const QSizeF before = w.topology().host(host1)->size;
        const QPoint grip = w.view()->mapFromScene(
            item->mapToScene(QPointF(before.width() - 6, before.height() - 6)));
        QTest::mousePress(w.view()->viewport(), Qt::LeftButton, {}, grip);
        const QPoint to = grip + QPoint(60, 40);
        dragTo(w.view()->viewport(), to);
        QTest::mouseRelease(w.view()->viewport(), Qt::LeftButton, {}, to);
        const QSizeF after = w.topology().host(host1)->size;
        QVERIFY2(after.width() > before.width() && after.height() > before.height(),
                 qPrintable(QStringLiteral("%1x%2").arg(after.width()).arg(after.height())));
        // Snapped to the grid, one undo step, the host did not move.
        QCOMPARE(std::fmod(after.width(), TopologyScene::kGrid), 0.0);
        QCOMPARE(w.undoStack()->count(), 1);
        QCOMPARE(w.topology().host(host1)->position, QPointF(0, 0));
        w.undoStack()->undo();
        QCOMPARE(w.topology().host(host1)->size, before);
    }

    void deleteRemovesSelection()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.scene()->flush();
        const ObjectId host2 = test::idOf(w.topology(), QStringLiteral("host2"));
        w.scene()->selectObject(host2);
        w.scene()->deleteSelection();
        QCOMPARE(w.topology().hosts().size(), std::size_t(1));
        QVERIFY(w.topology().links().empty());
        w.undoStack()->undo();
        QCOMPARE(w.topology().objectCount(), 12);
    }

    void exports()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        QTemporaryDir dir;
        QVERIFY(w.exportImage(dir.filePath(QStringLiteral("d.png"))));
        const QImage png(dir.filePath(QStringLiteral("d.png")));
        QVERIFY(png.width() > 1000 && png.height() > 300);
        QVERIFY(w.exportImage(dir.filePath(QStringLiteral("d.svg"))));
        QFile svg(dir.filePath(QStringLiteral("d.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray xml = svg.readAll();
        QVERIFY(xml.startsWith("<?xml") && xml.contains("<svg") && xml.contains("container3"));
        // Vector output: the VNI labels are text and each link one dashed stroke, not pieces.
        QVERIFY(xml.contains("VNI 100") && xml.contains("VNI 200"));
        QCOMPARE(xml.count("stroke-dasharray"), 2);
        QVERIFY(w.exportPlan(dir.filePath(QStringLiteral("plan"))));
        for (const char *name : {"host1.sh", "host2.sh", "host1-teardown.sh", "host2-teardown.sh"})
            QVERIFY2(QFile::exists(dir.filePath(QStringLiteral("plan/") + QLatin1String(name))),
                     name);
    }

    void unsavedWorkSurvivesACrash()
    {
        QStandardPaths::setTestModeEnabled(true); // keep the user's own recovery file out of it
        QFile::remove(MainWindow::recoveryFile());
        {
            auto *crashed = new MainWindow; // never closed: as if the process died
            QVERIFY(crashed->openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
            crashed->autosave();
            QVERIFY(!QFile::exists(MainWindow::recoveryFile())); // nothing changed yet
            const ObjectId br0 = test::idOf(crashed->topology(), QStringLiteral("host1/br0"));
            crashed->undoStack()->push(
                new SetPropertyCommand(crashed->document(), br0, QStringLiteral("mtu"), 1400));
            crashed->autosave();
            QVERIFY(QFile::exists(MainWindow::recoveryFile()));
            delete crashed;
        }
        MainWindow next;
        QVERIFY(next.restoreRecovery());
        QCOMPARE(
            next.topology().bridge(test::idOf(next.topology(), QStringLiteral("host1/br0")))->mtu,
            1400);
        QVERIFY(next.isWindowModified());
        QTemporaryDir dir;
        QVERIFY(next.saveTo(dir.filePath(QStringLiteral("saved.json"))));
        QVERIFY(!QFile::exists(MainWindow::recoveryFile())); // saved: nothing left to recover
    }

    void copyPasteAndDuplicate()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.scene()->flush();
        // A whole host: a new host with its bridges and containers, fresh names, no address.
        w.scene()->selectObject(test::idOf(w.topology(), QStringLiteral("host1")));
        w.clipboard()->copySelection();
        w.clipboard()->paste();
        QCOMPARE(w.topology().hosts().size(), std::size_t(3));
        const Host &copy = w.topology().hosts().back();
        QCOMPARE(copy.name, QStringLiteral("host3"));
        QVERIFY(copy.managementAddress.isEmpty());
        QCOMPARE(copy.position, w.topology().hosts().front().position + QPointF(60, 60));
        QCOMPARE(w.topology().bridgesOf(copy.id).size(), std::size_t(2));
        const auto containers = w.topology().containersOf(copy.id);
        QCOMPARE(containers.size(), std::size_t(2));
        QCOMPARE(containers[0]->name, QStringLiteral("container5"));
        QCOMPARE(containers[0]->bridge,
                 w.topology().bridgesOf(copy.id)[0]->id);      // attached to the copy
        QCOMPARE(w.topology().links().size(), std::size_t(2)); // links to host2 are not copied
        QCOMPARE(w.undoStack()->count(), 1);
        w.undoStack()->undo();
        QCOMPARE(w.topology().objectCount(), 12);

        // A container duplicated inside its host: next name, next free address on the same bridge.
        const ObjectId c1 = test::idOf(w.topology(), QStringLiteral("host1/container1"));
        w.scene()->selectObject(c1);
        w.clipboard()->duplicateSelection();
        const Container &dup = w.topology().containers().back();
        QCOMPARE(dup.host, w.topology().container(c1)->host);
        QCOMPARE(dup.bridge, w.topology().container(c1)->bridge);
        QCOMPARE(dup.name, QStringLiteral("container5"));
        QCOMPARE(dup.address,
                 QStringLiteral("10.2.2.4/24")); // .1 gateway, .2 container1, .3 container3
        QVERIFY(!hasErrors(validate(w.topology())));

        // Cut: gone, and pasted back.
        w.scene()->selectObject(test::idOf(w.topology(), QStringLiteral("host2")));
        w.clipboard()->cutSelection();
        QCOMPARE(w.topology().hosts().size(), std::size_t(1));
        w.clipboard()->paste();
        QCOMPARE(w.topology().hosts().size(), std::size_t(2));
    }

    // Our icons draw in the palette's text colour: dark on a light theme, light on a dark one,
    // faded when disabled; accent colours stay.
    void iconsFollowThePalette()
    {
        const QPalette original = QApplication::palette();
        const auto lightness = [](const QIcon &icon, QIcon::Mode mode) {
            const QImage image = icon.pixmap(QSize(48, 48), mode).toImage();
            double sum = 0, alpha = 0;
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    alpha += c.alphaF();
                    if (c.alpha() > 200 && c.saturation() < 40) { // the neutral strokes
                        sum += c.lightnessF();
                        ++opaque;
                    }
                }
            }
            return std::pair{opaque ? sum / opaque : -1.0, alpha};
        };
        const QIcon icon = themedIcon(QStringLiteral(":/icons/container.svg"));
        QApplication::setPalette(lightPalette());
        const double onLight = lightness(icon, QIcon::Normal).first;
        QApplication::setPalette(darkPalette());
        const auto [onDark, alphaDark] = lightness(icon, QIcon::Normal);
        const double alphaDisabled = lightness(icon, QIcon::Disabled).second;
        QApplication::setPalette(original);
        QVERIFY2(onLight >= 0 && onLight < 0.3, qPrintable(QString::number(onLight)));
        QVERIFY2(onDark > 0.7, qPrintable(QString::number(onDark)));
        QVERIFY(alphaDark > 0 && alphaDisabled < alphaDark * 0.7);
    }

    void screenshotDark()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(darkPalette());
        {
            MainWindow w;
            w.resize(1360, 860);
            QVERIFY(w.openFile(test::examplePath(QStringLiteral("three-hosts-mesh.json"))));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QTest::qWait(200);
            const QImage shot = w.grab().toImage();
            QVERIFY(shot.save(QStringLiteral("editor-dark.png"))); // kept as a test artifact
            // The canvas is dark and its names light, as the palette asks.
            const QWidget *viewport = w.view()->viewport();
            const QRect canvas(viewport->mapTo(&w, QPoint(0, 0)), viewport->size());
            QCOMPARE(shot.pixelColor(canvas.topLeft() + QPoint(3, 3)),
                     darkPalette().color(QPalette::Base));
            const int lightText
                = test::pixelsLike(shot, darkPalette().color(QPalette::Text), 20, canvas);
            QVERIFY2(lightText > 100, qPrintable(QString::number(lightText)));
            // An exported picture looks like the canvas: dark background, readable text.
            QVERIFY(w.exportImage(QStringLiteral("diagram-dark.png")));
            const QImage diagram(QStringLiteral("diagram-dark.png"));
            QCOMPARE(diagram.pixelColor(2, 2), darkPalette().color(QPalette::Base));
        }
        QApplication::setPalette(original);
    }

    // At 1024x700 the canvas keeps most of the window, every palette entry and toolbar button
    // shows, and Undo stays a short button however long the command it undoes.
    void smallScreenKeepsTheCanvasLarge()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100);
        QVERIFY(w.grab().save(QStringLiteral("editor-small.png"))); // kept as a test artifact
        const QSize canvas = w.view()->viewport()->size();
        const double share = double(canvas.width() * canvas.height()) / (1024.0 * 700.0);
        QVERIFY2(share >= 0.5, qPrintable(QStringLiteral("canvas %1x%2 is %3 of the window")
                                              .arg(canvas.width())
                                              .arg(canvas.height())
                                              .arg(share)));
        auto *palette = w.findChild<PaletteWidget *>();
        QVERIFY(palette && palette->isVisible());
        for (int row = 0; row < palette->count(); ++row)
            QVERIFY2(
                palette->viewport()->rect().contains(palette->visualItemRect(palette->item(row))),
                qPrintable(palette->item(row)->text()));
        const ObjectId br0 = test::idOf(w.topology(), QStringLiteral("host1/br0"));
        w.undoStack()->push(new SetPropertyCommand(
            w.document(), br0, QStringLiteral("gatewayAddress"), QStringLiteral("10.2.2.9/24")));
        QTest::qWait(50);
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        QToolButton *undo = nullptr;
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            QWidget *button = bar->widgetForAction(a);
            QVERIFY2(button && button->isVisible(), qPrintable(a->text())); // no overflow
            if (a->icon().cacheKey() && a->iconText() == QStringLiteral("Undo"))
                undo = qobject_cast<QToolButton *>(button);
        }
        QVERIFY(undo);
        QCOMPARE(undo->text(), QStringLiteral("Undo"));
        QVERIFY2(undo->toolTip().contains(QStringLiteral("Change gateway address of host1/br0")),
                 qPrintable(undo->toolTip()));
    }

    // The Segments legend follows the VNIs as they change, can be dragged away, and Fit keeps the
    // diagram out from under it.
    void legendFollowsTheSegments()
    {
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        SegmentLegend *legend = w.view()->legend();
        QTRY_VERIFY(legend->isVisible());
        QCOMPARE(w.scene()->vnis(), QList<quint32>({100, 200}));
        // Fitted: no part of the diagram under the legend.
        w.view()->fitAll();
        const QRect diagram = w.view()
                                  ->mapFromScene(w.scene()->diagramRect())
                                  .boundingRect()
                                  .translated(w.view()->viewport()->pos());
        QVERIFY2(!legend->geometry().intersects(diagram),
                 qPrintable(QStringLiteral("legend %1,%2 %3x%4 over the diagram")
                                .arg(legend->x())
                                .arg(legend->y())
                                .arg(legend->width())
                                .arg(legend->height())));

        // A changed VNI shows at once; a new link's VNI too.
        const ObjectId link = test::idOf(w.topology(), QStringLiteral("host1/br1 <-> host2/br1"));
        w.undoStack()->push(new SetPropertyCommand(w.document(), link, QStringLiteral("vni"), 300));
        QCOMPARE(w.scene()->vnis(), QList<quint32>({100, 300}));
        const QSize wider = legend->size();
        w.undoStack()->undo();
        QCOMPARE(w.scene()->vnis(), QList<quint32>({100, 200}));
        QVERIFY(legend->size().height() == wider.height());

        // Dragged by the mouse, it stays where it was put, also when the window resizes.
        const QPoint before = legend->pos();
        QTest::mousePress(legend, Qt::LeftButton, {}, QPoint(20, 10));
        QMouseEvent move(QEvent::MouseMove, QPointF(-300, 200),
                         legend->mapToGlobal(QPointF(-300, 200)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(legend, &move);
        QTest::mouseRelease(legend, Qt::LeftButton, {}, QPoint(-300, 200));
        QVERIFY2(legend->pos().x() < before.x() - 250 && legend->pos().y() > before.y() + 150,
                 qPrintable(QStringLiteral("%1,%2").arg(legend->x()).arg(legend->y())));
        const auto fromRight = [&w, legend] {
            return w.view()->viewport()->geometry().right() - legend->geometry().right();
        };
        const int before2 = fromRight();
        w.resize(1300, 800);
        QTRY_COMPARE(fromRight(), before2);

        // New: no segments, no legend.
        w.documents()->newTopology();
        QVERIFY(w.scene()->vnis().isEmpty());
        QVERIFY(!legend->isVisible());
    }

    // A new topology is named after its first file, and the name is what the title, status bar,
    // exports and deploy tags use.
    void aTopologyIsNamedAfterItsFile()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.topology().name, QStringLiteral("untitled"));
        w.view()->dropKind(QStringLiteral("host"), w.view()->mapFromScene(QPointF(0, 0)));
        QTemporaryDir dir;
        QVERIFY(w.saveTo(dir.filePath(QStringLiteral("mine.json"))));
        QCOMPARE(w.topology().name, QStringLiteral("mine"));
        QVERIFY(!w.isWindowModified());
        QVERIFY2(w.windowTitle().startsWith(QStringLiteral("mine.json")),
                 qPrintable(w.windowTitle()));
        const auto summary = [&w] {
            for (QLabel *label : w.statusBar()->findChildren<QLabel *>()) {
                if (label->text().startsWith(QStringLiteral("mine: 1 hosts")))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(summary()); // the summary follows once per batch of changes
        // The property editor shows the name when nothing is selected; renaming is undoable.
        w.scene()->clearSelection();
        auto *name = qobject_cast<QLineEdit *>(w.propertyEditor()->field(QStringLiteral("name")));
        QVERIFY(name);
        QCOMPARE(w.propertyEditor()->object(), kNoObject);
        QCOMPARE(name->text(), QStringLiteral("mine"));
        QVERIFY(w.exportImage(dir.filePath(QStringLiteral("d.svg"))));
        QFile svg(dir.filePath(QStringLiteral("d.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<title>mine</title>"));
        // A second save keeps a name the user gave.
        w.undoStack()->push(new SetPropertyCommand(w.document(), kNoObject, QStringLiteral("name"),
                                                   QStringLiteral("classroom")));
        QVERIFY(w.saveTo(dir.filePath(QStringLiteral("other.json"))));
        QCOMPARE(w.topology().name, QStringLiteral("classroom"));
    }

    // Problems, structure and summary follow the document they were opened on, in the
    // background, and never show a previous document's problems.
    void docksFollowAnOpenedFile()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        QTreeWidget *problems = w.problemsDock()->list();
        // The seed warns twice (shared gateways), nothing else.
        QTRY_COMPARE(problems->topLevelItemCount(), 2);
        for (int i = 0; i < problems->topLevelItemCount(); ++i)
            QCOMPARE(problems->topLevelItem(i)->text(0), QStringLiteral("Warning"));
        QCOMPARE(w.problems()->publishedErrors(), 0);
        StructureModel *structure = w.structure()->model();
        QCOMPARE(structure->rowCount(), 2);
        const QModelIndex host1
            = structure->indexOf(test::idOf(w.topology(), QStringLiteral("host1")));
        QCOMPARE(structure->rowCount(host1), 2); // br0, br1
        // An error made and fixed shows and goes, once per batch.
        const ObjectId br0 = test::idOf(w.topology(), QStringLiteral("host1/br0"));
        w.undoStack()->push(new SetPropertyCommand(w.document(), br0, QStringLiteral("name"),
                                                   QStringLiteral("br 0")));
        QTRY_COMPARE(w.problems()->publishedErrors(), 1);
        QTRY_COMPARE(problems->topLevelItemCount(), 3);
        QCOMPARE(structure->data(structure->indexOf(br0)).toString(), QStringLiteral("br 0"));
        w.undoStack()->undo();
        QTRY_COMPARE(w.problems()->publishedErrors(), 0);
        // Undo of a deleted host puts its rows back; deleting it takes them away.
        const ObjectId host2 = test::idOf(w.topology(), QStringLiteral("host2"));
        w.scene()->selectObject(host2);
        w.scene()->deleteSelection();
        QTRY_COMPARE(structure->rowCount(), 1);
        w.undoStack()->undo();
        QCOMPARE(structure->rowCount(), 2);
        QVERIFY(structure->indexOf(test::idOf(w.topology(), QStringLiteral("host2/container3")))
                    .isValid());
    }

    void screenshot()
    {
        MainWindow w;
        w.resize(1360, 860);
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(200);
        w.scene()->selectObject(test::idOf(w.topology(), QStringLiteral("host1/br0")));
        QTest::qWait(100);
        const QImage shot = w.grab().toImage();
        QVERIFY(shot.save(QStringLiteral("editor.png"))); // kept as a test artifact
        // What it must show: the canvas background, both segments' colours, and the selection
        // outline around host1/br0 (every bridge has a connect handle in the same colour, so the
        // selected one has clearly more of it than host2/br0).
        const QPalette pal = canvasstyle::palette();
        const auto inWindow = [&w](ObjectId id) {
            const QRect inView = w.view()
                                     ->mapFromScene(w.scene()->itemFor(id)->sceneBoundingRect())
                                     .boundingRect();
            return QRect(w.view()->viewport()->mapTo(&w, inView.topLeft()), inView.size())
                .adjusted(-8, -8, 8, 8);
        };
        const QPoint corner = w.view()->viewport()->mapTo(&w, QPoint(3, 3));
        QCOMPARE(shot.pixelColor(corner), canvasstyle::canvasBackground(pal));
        QVERIFY(test::pixelsLike(shot, canvasstyle::segmentColor(0)) > 100);
        QVERIFY(test::pixelsLike(shot, canvasstyle::segmentColor(1)) > 100);
        const int selected
            = test::pixelsLike(shot, canvasstyle::selection(pal), 24,
                               inWindow(test::idOf(w.topology(), QStringLiteral("host1/br0"))));
        const int unselected
            = test::pixelsLike(shot, canvasstyle::selection(pal), 24,
                               inWindow(test::idOf(w.topology(), QStringLiteral("host2/br0"))));
        QVERIFY2(selected > unselected + 100,
                 qPrintable(QStringLiteral("selected %1, unselected %2 outline pixels")
                                .arg(selected)
                                .arg(unselected)));
    }
};

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
