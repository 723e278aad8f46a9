// The Monitor dock as a user sees it: samples fed into the store become the dock's series (gaps
// as NaN, loss marked, summary figures, legends with the canvas's names and colours); clicks on
// Pause and Follow, a pan on a graph, a click on the canvas and on the table change what is
// shown; faults read as states with messages; screenshots are saved and checked for the series'
// colours; CSV export writes every sample.
#include "monitorcsv.h"
#include "monitordock.h"
#include "monitorplot.h"
#include "monitorsamples.h"
#include "monitorseries.h"
#include "monitorstatustree.h"

#include "model/projectfile.h"
#include "monitor/monitorstore.h"
#include "monitor/probeselection.h"
#include "scene/canvasview.h"
#include "scene/topologyscene.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>
#include <functional>
#include <memory>

using namespace studio;

namespace {

using namespace testsamples;

// Runs act on the first widget find returns, polling from the event loop: menus and file
// dialogs run their own loop (exec), so the test answers them from timers, as a user would.
void whenShown(const std::function<QWidget *()> &find, const std::function<void(QWidget *)> &act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, find, act] {
        if (QWidget *w = find()) {
            timer->stop();
            timer->deleteLater();
            act(w);
        }
    });
    timer->start();
}

// The user opens the Export menu with the mouse, picks an entry by its mnemonic and types a
// file name into the save dialog, which has the focus; returns whether every step was reached.
bool exportThroughMenu(MonitorDock &dock, char mnemonic, const QString &fileName)
{
    QToolButton *button = nullptr;
    for (QToolButton *b : dock.findChildren<QToolButton *>()) {
        if (b->accessibleName() == QLatin1String("Export"))
            button = b;
    }
    if (!button)
        return false;
    // Shared with the timers, which may outlive this call if a step never comes.
    struct Steps
    {
        bool menuSeen = false, dialogSeen = false, nameHadFocus = false;
    };
    auto steps = std::make_shared<Steps>();
    whenShown([] { return qobject_cast<QMenu *>(QApplication::activePopupWidget()); },
              [steps, mnemonic](QWidget *menu) {
                  steps->menuSeen = true;
                  QTest::keyClick(menu, mnemonic);
              });
    whenShown([] { return qobject_cast<QFileDialog *>(QApplication::activeModalWidget()); },
              [steps, fileName](QWidget *dialog) {
                  steps->dialogSeen = true;
                  // The dialog may take a moment to be activated and focus its name field.
                  const bool focused = QTest::qWaitFor([dialog] {
                      return QApplication::focusWidget()
                             && dialog->isAncestorOf(QApplication::focusWidget());
                  });
                  auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
                  steps->nameHadFocus = focused && edit;
                  if (!steps->nameHadFocus) {
                      static_cast<QFileDialog *>(dialog)->reject();
                      return;
                  }
                  edit->selectAll();
                  QTest::keyClicks(edit, fileName);
                  QTest::keyClick(edit, Qt::Key_Return);
              });
    QTest::mouseClick(button, Qt::LeftButton);
    // The menu and the dialog ran their own loops inside the click.
    if (!QTest::qWaitFor([steps] { return steps->dialogSeen; }, 5000))
        qWarning("no file dialog came up (menu seen: %d)", int(steps->menuSeen));
    else if (!steps->nameHadFocus)
        qWarning("the file name field did not have the focus: %s",
                 QApplication::focusWidget()
                     ? QApplication::focusWidget()->metaObject()->className()
                     : "nothing");
    return steps->menuSeen && steps->dialogSeen && steps->nameHadFocus;
}

int countPixels(const QImage &image, const QColor &color, const QRect &area)
{
    int n = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            n += image.pixelColor(x, y) == color;
    }
    return n;
}

} // namespace

class TestMonitorDock : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        TopologyDocument document;
        QUndoStack undo;
        TopologyScene scene{&document, &undo};
        CanvasView view{&scene};
        MonitorStore store;
        MonitorDock dock;
        double t0 = std::floor(QDateTime::currentMSecsSinceEpoch() / 1000.0) - 120;

        Fixture()
        {
            auto loaded = projectfile::load(
                QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json"));
            QVERIFY(loaded.ok());
            document.reset(loaded.value());
            auto probes = ProbeSelection::select(document.topology());
            QVERIFY(probes.ok());
            store.reset(document.topology(), probes.value());
            dock.setScene(&scene);
            dock.setStore(&store);
            dock.resize(1500, 720);
            view.resize(900, 600);
        }

        void feed(int from, int to, const QSet<int> &lost = {}, bool lab2Reachable = true)
        {
            testsamples::feed(store, t0, from, to, lost, lab2Reachable);
        }

        int probe(ProbeKind kind, ObjectId source) const
        {
            for (const ProbeSpec &p : store.probes()) {
                if (p.kind == kind && (kind == ProbeKind::Underlay || p.sourceContainer == source))
                    return p.index;
            }
            return -1;
        }
    };

private slots:
    void samplesBecomeSeries()
    {
        Fixture f;
        f.dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.dock));
        f.feed(0, 20, {10});
        const int overlay = f.probe(ProbeKind::Overlay, kContainer1);
        const int underlay = f.probe(ProbeKind::Underlay, kNoObject);
        QVERIFY(overlay >= 0 && underlay >= 0);

        // RTT: 19 replies and one NaN where the reply never came, marked as loss.
        MonitorSeries *rtt = f.dock.seriesFor({Metric::ProbeRttMs, quint32(overlay)});
        QVERIFY(rtt);
        QCOMPARE(rtt->pointCount(), 20);
        const auto point = [](MonitorSeries *s, int i) {
            return (s->graph()->data()->constBegin() + i)->value;
        };
        QVERIFY(std::isnan(point(rtt, 10)));
        QCOMPARE(point(rtt, 11), 0.5);
        QCOMPARE(rtt->lossCount(), 1);
        QCOMPARE(rtt->lossGraph()->data()->constBegin()->key, f.t0 + 10);
        // Named and coloured as on the canvas: the probe's containers, VNI 100's colour.
        QCOMPARE(rtt->name(), QStringLiteral("lab1/container1 → lab2/container3"));
        QCOMPARE(rtt->color(), f.scene.colorOf(100));
        MonitorSeries *under = f.dock.seriesFor({Metric::ProbeRttMs, quint32(underlay)});
        QVERIFY(under);
        QCOMPARE(under->pointCount(), 20);
        QCOMPARE(under->graph()->pen().style(), Qt::DashLine);

        // Link throughput from each end's rx: 1 Mb/s lab1 -> lab2, 100 kb/s back, in packets too.
        MonitorSeries *ab = f.dock.seriesFor({Metric::LinkBitsAToB, kLink100});
        MonitorSeries *ba = f.dock.seriesFor({Metric::LinkBitsBToA, kLink100});
        QVERIFY(ab && ba);
        QCOMPARE(ab->pointCount(), 19); // the first tick only sets the counters' baseline
        QCOMPARE(point(ab, 18), 1e6);
        QCOMPARE(point(ba, 18), 1e5);
        QCOMPARE(ab->name(), QStringLiteral("VNI 100: lab1/br0 → lab2/br0"));
        QCOMPARE(ab->color(), f.scene.colorOf(100));
        QCOMPARE(f.dock.seriesFor({Metric::LinkBitsAToB, kLink200})->color(), f.scene.colorOf(200));
        MonitorSeries *packets = f.dock.seriesFor({Metric::LinkPacketsAToB, kLink100});
        QVERIFY(packets);
        QCOMPARE(point(packets, 18), 125.0);
        // Containers' own series exist but wait for their container to be selected.
        MonitorSeries *sent = f.dock.seriesFor({Metric::ContainerBitsOut, kContainer1});
        QVERIFY(sent);
        QVERIFY(!sent->isShown());
        QVERIFY(ab->isShown() && rtt->isShown());

        // The legends list what is drawn, by those names.
        MonitorPlot *rttPlot = f.dock.plot(MonitorPlotKind::Rtt);
        QStringList legend;
        for (int i = 0; i < rttPlot->legend->itemCount(); ++i) {
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(rttPlot->legend->item(i)))
                legend << item->plottable()->name();
        }
        QVERIFY2(legend.contains(QStringLiteral("lab1/container1 → lab2/container3")),
                 qPrintable(legend.join(QLatin1Char('|'))));
        QVERIFY(legend.contains(QStringLiteral("underlay lab1 → lab2")));
        f.dock.refresh();
        QVERIFY(rttPlot->legend->visible());

        // Summary figures per probe: last, median, p90, loss.
        QTreeWidgetItem *row = f.dock.statusTree()->probeRow(overlay);
        QVERIFY(row);
        QCOMPARE(row->text(MonitorStatusTree::NowColumn), QStringLiteral("0.500 ms"));
        QCOMPARE(row->text(MonitorStatusTree::MedianColumn), QStringLiteral("0.500 ms"));
        QCOMPARE(row->text(MonitorStatusTree::P90Column), QStringLiteral("0.500 ms"));
        QCOMPARE(row->text(MonitorStatusTree::LossColumn), QStringLiteral("5.0 %"));
        QCOMPARE(f.dock.statusTree()->objectRow(kLink100)->text(MonitorStatusTree::NowColumn),
                 QStringLiteral("→ 1.00 Mb/s  ← 100 kb/s"));

        // lab2 goes away: its rows say so, the link's A->B line breaks (NaN), lab1 goes on.
        f.feed(20, 23, {}, false);
        QTreeWidgetItem *lab2 = f.dock.statusTree()->objectRow(kLab2);
        QCOMPARE(lab2->text(MonitorStatusTree::StateColumn), QStringLiteral("unreachable"));
        QVERIFY(lab2->text(MonitorStatusTree::DetailsColumn).contains(QStringLiteral("sshd")));
        QCOMPARE(f.dock.statusTree()->objectRow(kContainer3)->text(MonitorStatusTree::StateColumn),
                 QStringLiteral("unreachable"));
        QCOMPARE(f.dock.statusTree()->objectRow(kLab1)->text(MonitorStatusTree::StateColumn),
                 QStringLiteral("up"));
        QVERIFY(std::isnan(point(ab, ab->pointCount() - 1)));
        QCOMPARE(point(ba, ba->pointCount() - 1), 1e5);
        QCOMPARE(f.dock.statusTree()->objectRow(kLink100)->text(MonitorStatusTree::NowColumn),
                 QStringLiteral("→ no data  ← 100 kb/s"));

        // A screenshot of the dock, checked for the VNI 100 colour in the graphs.
        f.dock.setWindow(60);
        f.dock.refresh();
        QCoreApplication::processEvents();
        const QImage shot = f.dock.grab().toImage();
        shot.save(QStringLiteral("monitordock.png"));
        const QRect rttArea(rttPlot->mapTo(&f.dock, QPoint(0, 0)), rttPlot->size());
        QVERIFY2(countPixels(shot, f.scene.colorOf(100), rttArea) > 50,
                 "the overlay RTT line is not drawn in VNI 100's colour");
        QVERIFY(countPixels(shot, SeriesCatalog::underlayColor(), rttArea) > 20);
        MonitorPlot *bitsPlot = f.dock.plot(MonitorPlotKind::Bits);
        QVERIFY(countPixels(shot, f.scene.colorOf(100),
                            QRect(bitsPlot->mapTo(&f.dock, QPoint(0, 0)), bitsPlot->size()))
                > 50);
    }

    void aWideShortDockKeepsTheTablesShare()
    {
        // At the bottom of the window the dock is wide and short: the graphs sit side by side,
        // their legends wrap to fit, and the table keeps its third to show state and figures.
        Fixture f;
        f.dock.resize(200, 150); // first laid out small, as a tab not yet shown is
        f.dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.dock));
        f.dock.resize(1600, 260);
        f.feed(0, 20);
        QCoreApplication::processEvents();
        const auto *split
            = qobject_cast<QSplitter *>(f.dock.findChild<MonitorStatusTree *>()->parentWidget());
        QVERIFY(split);
        QVERIFY2(
            split->sizes().first() >= split->width() * 3 / 10,
            qPrintable(
                QStringLiteral("table %1 of %2").arg(split->sizes().first()).arg(split->width())));
        // The names give way to State and Now: both in view without scrolling; a ping's name,
        // shortened, is whole in its tooltip, an object's under its host by its own name.
        MonitorStatusTree *tree = f.dock.statusTree();
        QVERIFY2(tree->columnViewportPosition(MonitorStatusTree::NowColumn)
                         + tree->columnWidth(MonitorStatusTree::NowColumn)
                     <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("Now ends at %1 of %2")
                                .arg(tree->columnViewportPosition(MonitorStatusTree::NowColumn)
                                     + tree->columnWidth(MonitorStatusTree::NowColumn))
                                .arg(tree->viewport()->width())));
        QCOMPARE(tree->objectRow(kContainer1)->text(MonitorStatusTree::NameColumn),
                 QStringLiteral("container1"));
        QCOMPARE(tree->objectRow(kContainer1)->toolTip(MonitorStatusTree::NameColumn),
                 QStringLiteral("lab1/container1"));
        QVERIFY(tree->objectRow(kLink100)
                    ->toolTip(MonitorStatusTree::NameColumn)
                    .contains(QStringLiteral("lab1/br0 <-> lab2/br0")));
        // With room to spare, a link's name is whole.
        QTreeWidgetItem *link = tree->objectRow(kLink100);
        QVERIFY(tree->columnWidth(MonitorStatusTree::NameColumn)
                > QFontMetrics(link->font(MonitorStatusTree::NameColumn))
                      .horizontalAdvance(link->text(MonitorStatusTree::NameColumn)));
        const int ping = f.probe(ProbeKind::Overlay, kContainer1);
        QVERIFY(tree->probeRow(ping)
                    ->toolTip(MonitorStatusTree::NameColumn)
                    .startsWith(f.store.probe(ping)->label + QLatin1Char('\n')));
        f.dock.refresh();
        f.dock.grab().save(QStringLiteral("monitordock-wide.png"));
    }

    void pauseFollowAndPanByMouse()
    {
        Fixture f;
        f.dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.dock));
        f.feed(0, 10);
        const int overlay = f.probe(ProbeKind::Overlay, kContainer1);
        MonitorSeries *rtt = f.dock.seriesFor({Metric::ProbeRttMs, quint32(overlay)});
        QCOMPARE(rtt->pointCount(), 10);

        // Pause: samples are recorded but not drawn; Resume draws them.
        QAbstractButton *pause = f.dock.pauseButton();
        QVERIFY(pause);
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(f.dock.isPaused());
        QVERIFY(pause->isChecked());
        f.feed(10, 15);
        QCOMPARE(rtt->pointCount(), 10);
        QCOMPARE(f.store.series({Metric::ProbeRttMs, quint32(overlay)})->size(), 15);
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!f.dock.isPaused());
        QCOMPARE(rtt->pointCount(), 15);

        // The user drags the round-trip graph back in time: every graph stops following, in step.
        MonitorPlot *plot = f.dock.plot(MonitorPlotKind::Rtt);
        f.dock.setWindow(60);
        f.dock.refresh();
        QAbstractButton *follow = f.dock.followButton();
        QVERIFY(follow->isChecked());
        const double followedUpper = plot->xAxis->range().upper;
        const QPoint centre = plot->axisRect()->rect().center();
        QTest::mousePress(plot, Qt::LeftButton, {}, centre);
        QCOMPARE(QApplication::focusWidget(), plot); // the click gave the graph the focus
        QMouseEvent move(QEvent::MouseMove, centre + QPoint(200, 0),
                         plot->mapToGlobal(centre + QPoint(200, 0)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(plot, &move);
        QTest::mouseRelease(plot, Qt::LeftButton, {}, centre + QPoint(200, 0));
        QVERIFY(!follow->isChecked());
        for (MonitorPlot *p : f.dock.plots()) {
            QVERIFY(!p->follows());
            QCOMPARE(p->xAxis->range().upper, plot->xAxis->range().upper);
        }
        QVERIFY(plot->xAxis->range().upper < followedUpper);
        // The focused graph takes keys: End follows again.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_End);
        QVERIFY(plot->follows());
        // And the Follow button brings them all back to now.
        QTest::mouseClick(follow, Qt::LeftButton);
        QVERIFY(follow->isChecked());
        for (MonitorPlot *p : f.dock.plots()) {
            QVERIFY(p->follows());
            if (p->isVisible()) { // a hidden graph is laid out when it is shown
                // 15 s recorded fill the first minute from the left, on every graph alike
                // (throughput's first point comes a second after the first ping's).
                QCOMPARE(p->xAxis->range().lower, f.t0);
                QCOMPARE(p->xAxis->range().upper, f.t0 + 60);
            }
        }

        // Throughput in packets/s, chosen by keyboard: the packet graph replaces the bit graph,
        // and a hidden graph is never replotted.
        MonitorPlot *bits = f.dock.plot(MonitorPlotKind::Bits);
        MonitorPlot *packets = f.dock.plot(MonitorPlotKind::Packets);
        QVERIFY(bits->isVisible() && !packets->isVisible());
        f.feed(15, 16);
        QVERIFY(packets->isDirty());
        f.dock.refresh();
        QVERIFY(packets->isDirty()); // hidden: left for later
        QVERIFY(!bits->isDirty());
        QComboBox *rate = f.dock.rateBox();
        rate->setFocus();
        QCOMPARE(QApplication::focusWidget(), rate);
        QTest::keyClick(rate, Qt::Key_Down);
        QVERIFY(packets->isVisible() && !bits->isVisible());
        QVERIFY(!packets->isDirty()); // drawn as soon as it is shown

        // The window box, by keyboard: with 80 s recorded, a 5-minute window shows all of it, a
        // 1-minute one the last minute.
        f.feed(16, 80);
        QComboBox *box = f.dock.windowBox();
        box->setFocus();
        QCOMPARE(QApplication::focusWidget(), box);
        QCOMPARE(box->currentData().toInt(), 60);
        QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(QApplication::focusWidget(), box);
        QCOMPARE(box->currentData().toInt(), 300);
        f.dock.refresh();
        QCOMPARE(plot->xAxis->range().lower, f.t0);
        QCOMPARE(plot->xAxis->range().upper, f.t0 + 79);
        QTest::keyClick(box, Qt::Key_Up);
        QCOMPARE(box->currentData().toInt(), 60);
        f.dock.refresh();
        QCOMPARE(plot->xAxis->range().lower, f.t0 + 19);
        QCOMPARE(plot->xAxis->range().upper, f.t0 + 79);
    }

    void canvasSelectionPicksTheGraphs()
    {
        Fixture f;
        f.view.show();
        f.dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.scene.flush();
        f.view.fitAll();
        f.feed(0, 10);
        const int overlay = f.probe(ProbeKind::Overlay, kContainer1);
        const int underlay = f.probe(ProbeKind::Underlay, kNoObject);
        MonitorSeries *rtt = f.dock.seriesFor({Metric::ProbeRttMs, quint32(overlay)});
        MonitorSeries *under = f.dock.seriesFor({Metric::ProbeRttMs, quint32(underlay)});
        MonitorSeries *link200 = f.dock.seriesFor({Metric::LinkBitsAToB, kLink200});
        MonitorSeries *sent1 = f.dock.seriesFor({Metric::ContainerBitsOut, kContainer1});
        MonitorSeries *sent3 = f.dock.seriesFor({Metric::ContainerBitsOut, kContainer3});
        QVERIFY(rtt && under && link200 && sent1 && sent3);

        // A click on container1 on the canvas: its traffic and its pings, nothing of VNI 200.
        QGraphicsItem *item = f.scene.itemFor(kContainer1);
        QVERIFY(item);
        const QPoint at = f.view.mapFromScene(item->sceneBoundingRect().center());
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(f.scene.selectedIds(), QList<ObjectId>{kContainer1});
        QVERIFY(sent1->isShown());
        QVERIFY(!sent3->isShown());
        QVERIFY(rtt->isShown());
        QVERIFY(!link200->isShown());
        QVERIFY(f.dock.focusText().contains(QStringLiteral("lab1/container1")));
        QCOMPARE(f.dock.plot(MonitorPlotKind::Bits)->legend->itemCount(), 2); // sent, received
        // The table selects its row, in view.
        MonitorStatusTree *tree = f.dock.statusTree();
        QCOMPARE(tree->currentItem(), tree->objectRow(kContainer1));
        QCOMPARE(tree->selectedItems(), QList<QTreeWidgetItem *>{tree->objectRow(kContainer1)});

        // The VNI 100 link: its traffic, the overlay ping through it beside the underlay's, and
        // what the tunnel costs.
        f.scene.selectObject(kLink100);
        QVERIFY(rtt->isShown() && under->isShown());
        QVERIFY(!link200->isShown());
        QVERIFY(f.dock.seriesFor({Metric::LinkBitsAToB, kLink100})->isShown());
        QVERIFY2(f.dock.focusText().contains(QStringLiteral("the tunnel adds 0.200 ms")),
                 qPrintable(f.dock.focusText()));

        // A click in empty canvas: everything again.
        QTest::mouseClick(f.view.viewport(), Qt::LeftButton, {}, QPoint(3, 3));
        QVERIFY(f.scene.selectedIds().isEmpty());
        QVERIFY(link200->isShown() && rtt->isShown());
        QVERIFY(!sent1->isShown());
        QVERIFY(tree->selectedItems().isEmpty());

        // A click on a ping in the table: just that ping.
        QTreeWidgetItem *row = tree->probeRow(underlay);
        tree->scrollToItem(row);
        const QRect rect = tree->visualItemRect(row);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(QApplication::focusWidget(), tree);
        QVERIFY(under->isShown());
        QVERIFY(!rtt->isShown());
        // And on a container row: the canvas selects it too.
        QTreeWidgetItem *c3 = tree->objectRow(kContainer3);
        tree->scrollToItem(c3);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(c3).center());
        QCOMPARE(f.scene.selectedIds(), QList<ObjectId>{kContainer3});
        QVERIFY(sent3->isShown() && !sent1->isShown());
    }

    void faultsReadAsStates()
    {
        Fixture f;
        // lab1 refuses its changed host key; lab2 never had the topology applied.
        HostSample refused;
        refused.host = kLab1;
        refused.time = f.t0;
        refused.health.hostKeyRejected = true;
        refused.health.message = QStringLiteral(
            "lab1: the host key has CHANGED. Someone may be intercepting the connection; "
            "check the host and update the known hosts file.");
        f.store.addHostSample(refused);
        HostSample empty;
        empty.host = kLab2;
        empty.time = f.t0;
        empty.health.sshReachable = empty.health.ovsAnswering = empty.health.dockerAnswering = true;
        empty.countersRead = empty.containersRead = true;
        empty.missingBridges = {QStringLiteral("br0"), QStringLiteral("br1")};
        for (const QString &name : {QStringLiteral("container3"), QStringLiteral("container4")})
            empty.containers << ContainerSample{name, ContainerRun::Missing, {}, 0};
        f.store.addHostSample(empty);
        f.store.flush();
        MonitorStatusTree *tree = f.dock.statusTree();
        QCOMPARE(tree->objectRow(kLab1)->text(MonitorStatusTree::StateColumn),
                 QStringLiteral("host key refused"));
        QVERIFY(tree->objectRow(kLab1)
                    ->text(MonitorStatusTree::DetailsColumn)
                    .contains(QStringLiteral("CHANGED")));
        QCOMPARE(tree->objectRow(kContainer3)->text(MonitorStatusTree::StateColumn),
                 QStringLiteral("not applied"));
        QVERIFY(tree->objectRow(kContainer3)
                    ->text(MonitorStatusTree::DetailsColumn)
                    .contains(QStringLiteral("Apply it first")));
        QCOMPARE(tree->objectRow(kLink100)->text(MonitorStatusTree::StateColumn),
                 QStringLiteral("not applied"));
        // The state colour: red for the refused host.
        QCOMPARE(tree->objectRow(kLab1)->foreground(MonitorStatusTree::StateColumn).color(),
                 QColor(220, 50, 47));
        // The faults line names them, the host first; what sits on it is not repeated.
        QVERIFY2(f.dock.problemsText().contains(QStringLiteral("CHANGED")),
                 qPrintable(f.dock.problemsText()));
        QVERIFY(f.dock.problemsText().contains(QStringLiteral("lab2 has no bridge br0")));
        f.dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.dock));
        f.dock.refresh();
        QCoreApplication::processEvents(); // the queued replot
        const QImage shot = f.dock.grab().toImage();
        shot.save(QStringLiteral("monitordock-faults.png"));
        // The refused host's state is on screen in red.
        const QRect stateCell = tree->visualItemRect(tree->objectRow(kLab1));
        QVERIFY(tree->columnViewportPosition(MonitorStatusTree::StateColumn)
                < tree->viewport()->width());
        const QRect area(
            tree->viewport()->mapTo(
                &f.dock, QPoint(tree->columnViewportPosition(MonitorStatusTree::StateColumn),
                                stateCell.top())),
            QSize(tree->columnWidth(MonitorStatusTree::StateColumn), stateCell.height()));
        int red = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                red += c.red() > 150 && c.green() < 120 && c.blue() < 120;
            }
        }
        QVERIFY2(red > 10, "the refused host's state is not drawn in red");
    }

    void exportsCsvAndGraphs()
    {
        Fixture f;
        f.feed(0, 5, {2});
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("samples.csv"));
        QVERIFY(f.dock.exportCsv(csv).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        int expected = 0;
        for (const SeriesKey &key : f.store.seriesKeys())
            expected += f.store.series(key)->size();
        QCOMPARE(lines.size() - 2, expected); // the header, and the empty piece after the last \n
        QCOMPARE(lines.first(), QByteArray("time,seconds,metric,object,series,value"));
        bool gapFound = false, lossFound = false;
        for (const QByteArray &line : lines) {
            gapFound |= line.contains(QByteArray::number(f.t0 + 2, 'f', 3) + ",rtt_ms,overlay:7>9,")
                        && line.endsWith(',');
            lossFound |= line.contains(",lost_request,overlay:7>9,") && line.endsWith(",1");
        }
        QVERIFY2(gapFound, "a lost ping is an empty RTT value");
        QVERIFY(lossFound);
        QVERIFY(!f.dock.exportCsv(QStringLiteral("/nonexistent/dir/x.csv")).ok());
    }

    void exportsThroughTheMenu()
    {
        Fixture f;
        f.dock.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.dock));
        f.feed(0, 30, {12});
        f.dock.setWindow(60);
        f.dock.refresh();
        QTemporaryDir dir;

        // The round-trip graph as PNG: a picture of a readable size, the overlay's line in
        // VNI 100's colour.
        const QString png = dir.filePath(QStringLiteral("rtt.png"));
        QVERIFY(exportThroughMenu(f.dock, 'r', png));
        QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(png));
        QVERIFY(image.width() >= 900 && image.height() >= 450);
        QVERIFY(countPixels(image, f.scene.colorOf(100), image.rect()) > 50);

        // The bit-rate graph as SVG, chosen by the name's suffix.
        const QString svg = dir.filePath(QStringLiteral("bits.svg"));
        QVERIFY(exportThroughMenu(f.dock, 'b', svg));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray drawing = svgFile.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains(f.scene.colorOf(100).name().toLatin1()));

        // The samples as CSV: a header and one row per recorded sample.
        const QString csv = dir.filePath(QStringLiteral("samples.csv"));
        QVERIFY(exportThroughMenu(f.dock, 'c', csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        int expected = 0;
        for (const SeriesKey &key : f.store.seriesKeys())
            expected += f.store.series(key)->size();
        QCOMPARE(csvFile.readAll().count('\n'), expected + 1);
    }
};

QTEST_MAIN(TestMonitorDock)
#include "tst_monitordock.moc"
