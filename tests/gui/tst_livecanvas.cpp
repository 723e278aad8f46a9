// The canvas while monitoring runs, in the real main window: samples fed into the monitoring
// controller's store colour and widen the links by their traffic, put a rate under each VNI label,
// draw a link whose pings fail as broken, mark hosts and containers up, down or unreachable, and
// add the meaning of it all to the legend; every change is made in place on the items that were
// there (no rebuild). Screenshots are saved and checked for what they show; Stop clears the marks.
// A language change rewords the Monitor and the canvas's live marks without losing a sample.
#include "mainwindow.h"
#include "monitordock.h"
#include "monitoringcontroller.h"
#include "monitorplot.h"
#include "monitorsamples.h"
#include "monitorseries.h"
#include "monitorstatustree.h"

#include "model/projectfile.h"
#include "monitor/probeselection.h"
#include "scene/canvasview.h"
#include "scene/hostitem.h"
#include "scene/linkitem.h"
#include "scene/nodeitem.h"
#include "scene/ratelabel.h"
#include "scene/segmentlegend.h"
#include "scene/topologyscene.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

#include <cmath>

using namespace studio;
using namespace studio::testsamples;

namespace {

constexpr ObjectId kContainer2 = 8, kContainer4 = 10;

Topology labTopology()
{
    auto loaded = projectfile::load(
        QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/lab-two-hosts.json"));
    return loaded.value();
}

// Pixels of the image within area whose colour is within tolerance of color.
int countNear(const QImage &image, const QColor &color, const QRect &area, int tolerance = 12)
{
    int n = 0;
    const QRect r = area.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - color.red()) <= tolerance
                 && std::abs(c.green() - color.green()) <= tolerance
                 && std::abs(c.blue() - color.blue()) <= tolerance;
        }
    }
    return n;
}

// The part of the view's picture around a link: a band along its line, in view pixels.
QRect aroundLink(CanvasView *view, LinkItem *link)
{
    const QLineF line = link->line();
    const QPointF a = line.pointAt(0.15), b = line.pointAt(0.35);
    return QRect(view->mapFromScene(a), view->mapFromScene(b)).normalized().adjusted(-8, -8, 8, 8);
}

// The lab design in a shown window of this size, drawn and fitted to the canvas.
bool showLab(MainWindow &window, int width, int height)
{
    window.resize(width, height);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.document()->reset(labTopology());
    window.scene()->flush();
    window.view()->fitAll();
    return true;
}

// The monitor's store and dock ready for the design's probes, as a start of monitoring leaves
// them (the tests feed the samples).
bool watch(MainWindow &window)
{
    auto probes = ProbeSelection::select(window.topology());
    if (!probes.ok())
        return false;
    window.monitoring()->store()->reset(window.topology(), probes.value());
    window.monitoring()->dock()->reset();
    return true;
}

// A language in which every text of the Monitor, its canvas marks and its number formats reads
// «like this»: installing it sends every widget a LanguageChange, as a real language switch does.
class GuillemetTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        static const QList<QByteArray> ours
            = {"studio::MonitorDock",   "studio::MonitoringController", "studio::MonitorStatusTree",
               "studio::SeriesCatalog", "studio::SegmentLegend",        "studio::LiveState",
               "studio::monitorformat", "studio::TopologyScene"};
        if (!ours.contains(QByteArray(context)))
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(source));
    }
};

} // namespace

class TestLiveCanvas : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        // A plot laid out while hidden must not replot into empty buffers (a warning each).
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("Paint device returned engine == 0")));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OverlayStudioTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_livecanvas"));
        QSettings().clear();
    }

    void samplesColourTheCanvasInPlace()
    {
        MainWindow window;
        QVERIFY(showLab(window, 1500, 950));
        TopologyScene *scene = window.scene();
        CanvasView *view = window.view();
        MonitoringController *monitoring = window.monitoring();
        MonitorStore *store = monitoring->store();
        QVERIFY(watch(window));
        QVERIFY(!scene->isLive());

        LinkItem *link100 = scene->linkItemFor(kLink100);
        LinkItem *link200 = scene->linkItemFor(kLink200);
        QVERIFY(link100 && link200);
        QVERIFY(!link100->hasActivity());
        const QColor designColor = link100->drawnColor();
        auto *legend = view->findChild<SegmentLegend *>();
        QVERIFY(legend);
        const int designLegendHeight = legend->height();

        // Ten ticks: 1 Mb/s one way and 100 kb/s back on VNI 100, nothing on VNI 200.
        const double t0 = std::floor(QDateTime::currentMSecsSinceEpoch() / 1000.0) - 60;
        feed(*store, t0, 0, 10);
        const int itemCount = int(scene->items().size());
        QVERIFY(scene->isLive());
        QVERIFY(link100->hasActivity() && !link100->isBroken());
        QVERIFY(link200->hasActivity() && !link200->isBroken());
        // The busier link is wider and warmer than the idle one.
        QVERIFY(link100->drawnWidth() > link200->drawnWidth() + 3);
        QCOMPARE(link100->drawnColor(), livestyle::trafficColor(livestyle::trafficShare(1.1e6)));
        QVERIFY(link100->drawnColor() != designColor);
        RateLabel *rate100 = scene->rateLabelFor(kLink100);
        RateLabel *rate200 = scene->rateLabelFor(kLink200);
        QVERIFY(rate100 && rate200);
        QCOMPARE(rate100->text(), QStringLiteral("1.10 Mb/s"));
        QCOMPARE(rate200->text(), QStringLiteral("0 b/s"));
        // Tooltips tell each direction.
        QVERIFY2(scene->describe(kLink100).contains(QStringLiteral("1.00 Mb/s from lab1/br0")),
                 qPrintable(scene->describe(kLink100)));
        QCOMPARE(scene->liveState(kLab1), LiveState::Up);
        QCOMPARE(scene->liveState(kContainer1), LiveState::Up);
        QCOMPARE(static_cast<HostItem *>(scene->itemFor(kLab2))->liveState(), LiveState::Up);
        // The legend explains the live marks.
        QTRY_VERIFY(legend->height() > designLegendHeight);
        QVERIFY(legend->toolTip().contains(QStringLiteral("traffic")));

        QCoreApplication::processEvents();
        QImage shot = view->grab().toImage();
        shot.save(QStringLiteral("livecanvas-traffic.png"));
        QVERIFY2(countNear(shot, link100->drawnColor(), aroundLink(view, link100)) > 40,
                 "VNI 100's link is not drawn in its traffic colour");
        QCOMPARE(countNear(shot, link100->drawnColor(), aroundLink(view, link200), 4), 0);

        // More ticks change the same items: no item is added or replaced.
        feed(*store, t0, 10, 12);
        QCOMPARE(int(scene->items().size()), itemCount);
        QCOMPARE(scene->linkItemFor(kLink100), link100);
        QCOMPARE(scene->rateLabelFor(kLink100), rate100);

        // container2's pings stop getting answers: VNI 200's link is broken (red, crossed out,
        // "broken" under its label), VNI 100's carries on.
        const QSet<int> probesOfContainer2 = [&] {
            QSet<int> set;
            for (const ProbeSpec &p : store->probes()) {
                if (p.kind == ProbeKind::Overlay && p.sourceContainer == kContainer2)
                    set.insert(p.index);
            }
            return set;
        }();
        QVERIFY(!probesOfContainer2.isEmpty());
        feed(*store, t0, 12, 18, {}, true, [&](HostSample &s) {
            for (PingEvent &e : s.pings) {
                if (probesOfContainer2.contains(e.probe)) {
                    e.outcome = PingOutcome::NoAnswerYet;
                    e.rttMs = kNoValue;
                }
            }
        });
        QVERIFY(link200->isBroken());
        QVERIFY(!link100->isBroken());
        QCOMPARE(rate200->text(), QStringLiteral("broken"));
        QCOMPARE(link200->drawnColor(), canvasstyle::failedColor());
        QVERIFY(scene->describe(kLink200).contains(QStringLiteral("container2")));
        QCoreApplication::processEvents();
        shot = view->grab().toImage();
        shot.save(QStringLiteral("livecanvas-broken.png"));
        QVERIFY2(countNear(shot, canvasstyle::failedColor(), aroundLink(view, link200)) > 20,
                 "the broken link is not drawn in red");

        // container4 is stopped and lab2 then goes away: marked down, then unreachable, with
        // what lab2 holds unknown; lab1 stays up.
        feed(*store, t0, 18, 20, {}, true, [](HostSample &s) {
            for (ContainerSample &c : s.containers) {
                if (c.name == QLatin1String("container4"))
                    c.state = ContainerRun::Stopped;
            }
        });
        QCOMPARE(scene->liveState(kContainer4), LiveState::Down);
        QCOMPARE(static_cast<NodeItem *>(scene->itemFor(kContainer4))->liveState(),
                 LiveState::Down);
        QCoreApplication::processEvents();
        view->grab().save(QStringLiteral("livecanvas-stopped.png"));
        feed(*store, t0, 20, 23, {}, false);
        QCOMPARE(scene->liveState(kLab2), LiveState::Unreachable);
        QCOMPARE(scene->liveState(kContainer3), LiveState::Unknown);
        QCOMPARE(scene->liveState(kLab1), LiveState::Up);
        // Only lab1's end of VNI 100 is read: what it received is a lower bound of the traffic.
        QCOMPARE(rate100->text(), QStringLiteral("≥ 100 kb/s"));
        QVERIFY(scene->describe(kLab2).contains(QStringLiteral("sshd")));
        QCoreApplication::processEvents();
        shot = view->grab().toImage();
        shot.save(QStringLiteral("livecanvas-unreachable.png"));
        // lab2's frame is drawn in the failure colour.
        const QRect lab2Frame
            = view->mapFromScene(scene->itemFor(kLab2)->sceneBoundingRect()).boundingRect();
        QVERIFY(countNear(shot, canvasstyle::failedColor(), lab2Frame, 20) > 100);
        QCOMPARE(int(scene->items().size()), itemCount);

        // The user clicks VNI 100's link on the canvas: the canvas takes the focus and the
        // Monitor shows that link's traffic, not VNI 200's.
        const QPoint at = view->mapFromScene(link100->line().pointAt(0.3));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(scene->selectedIds(), QList<ObjectId>{kLink100});
        QVERIFY(QApplication::focusWidget() == view
                || QApplication::focusWidget() == view->viewport());
        MonitorDock *dock = monitoring->dock();
        QVERIFY(dock->seriesFor({Metric::LinkBitsAToB, kLink100})->isShown());
        QVERIFY(!dock->seriesFor({Metric::LinkBitsAToB, kLink200})->isShown());
        // The canvas and its legend carry names for assistive tools.
        QVERIFY(!view->accessibleName().isEmpty());
        QVERIFY(!legend->accessibleName().isEmpty());

        // Back to the design alone.
        scene->clearLive();
        QVERIFY(!scene->isLive());
        QVERIFY(!link100->hasActivity());
        QCOMPARE(link100->drawnColor(), designColor);
        QVERIFY(!scene->rateLabelFor(kLink100));
        QCOMPARE(scene->liveState(kLab2), LiveState::None);
        QTRY_COMPARE(legend->height(), designLegendHeight);
    }

    // When monitoring starts the legend grows by its Live part: the fitted diagram moves out
    // from under it (at 1280 x 800 the legend covered lab2's containers).
    void theLegendNeverCoversTheDiagram()
    {
        MainWindow window;
        QVERIFY(showLab(window, 1280, 800));
        TopologyScene *scene = window.scene();
        CanvasView *view = window.view();
        auto *legend = view->findChild<SegmentLegend *>();
        QVERIFY(legend && legend->isVisible());
        const auto covered = [&] {
            const QRect diagram = view->mapFromScene(scene->diagramRect()).boundingRect();
            return diagram.intersects(legend->geometry());
        };
        QVERIFY(!covered());
        const int designLegendWidth = legend->width();

        QVERIFY(watch(window));
        const double t0 = std::floor(QDateTime::currentMSecsSinceEpoch() / 1000.0) - 60;
        feed(*window.monitoring()->store(), t0, 0, 3);
        QTRY_VERIFY(legend->width() > designLegendWidth);
        QVERIFY2(!covered(), qPrintable(QStringLiteral("legend %1,%2 %3x%4")
                                            .arg(legend->x())
                                            .arg(legend->y())
                                            .arg(legend->width())
                                            .arg(legend->height())));
    }

    void followsTheLanguage()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.document()->reset(labTopology());
        MonitoringController *monitoring = window.monitoring();
        MonitorStore *store = monitoring->store();
        MonitorDock *dock = monitoring->dock();
        QVERIFY(watch(window));
        const double t0 = std::floor(QDateTime::currentMSecsSinceEpoch() / 1000.0) - 60;
        feed(*store, t0, 0, 5);
        MonitorSeries *ab = dock->seriesFor({Metric::LinkBitsAToB, kLink100});
        QVERIFY(ab);
        const int points = ab->pointCount();
        QCOMPARE(ab->name(), QStringLiteral("VNI 100: lab1/br0 → lab2/br0"));
        QCOMPARE(dock->pauseButton()->text(), QStringLiteral("Pause"));

        GuillemetTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        QCoreApplication::processEvents();
        // The dock's own texts, its graphs, its table and its series.
        QCOMPARE(dock->pauseButton()->text(), QStringLiteral("«Pause»"));
        QCOMPARE(dock->accessibleName(), QStringLiteral("«Monitor»"));
        QCOMPARE(dock->plot(MonitorPlotKind::Rtt)->accessibleName(),
                 QStringLiteral("«Round-trip time»"));
        QCOMPARE(dock->windowBox()->itemText(2), QStringLiteral("«10 min»"));
        QCOMPARE(dock->statusTree()->headerItem()->text(MonitorStatusTree::NameColumn),
                 QStringLiteral("«Object»"));
        QVERIFY2(
            dock->statusTree()
                ->objectRow(kLab1)
                ->text(MonitorStatusTree::StateColumn)
                .startsWith(QStringLiteral("«")),
            qPrintable(dock->statusTree()->objectRow(kLab1)->text(MonitorStatusTree::StateColumn)));
        QCOMPARE(ab->name(), QStringLiteral("«VNI 100: lab1/br0 → lab2/br0»"));
        QCOMPARE(ab->pointCount(), points); // nothing recorded was lost
        // The state line ("Not monitoring...", worded by the dock while nothing runs).
        QLabel *state = nullptr;
        for (QLabel *label : dock->findChildren<QLabel *>()) {
            if (label->accessibleName() == QStringLiteral("«Monitoring state»"))
                state = label;
        }
        QVERIFY(state);
        QVERIFY2(state->text().startsWith(QStringLiteral("«")), qPrintable(state->text()));
        // The window's actions and the canvas's rate labels.
        QCOMPARE(monitoring->startAction()->text(), QStringLiteral("«Start &Monitoring»"));
        QCOMPARE(window.scene()->rateLabelFor(kLink100)->text(), QStringLiteral("«1.10 Mb/s»"));

        QVERIFY(QCoreApplication::removeTranslator(&translator));
        QCoreApplication::processEvents();
        QCOMPARE(dock->pauseButton()->text(), QStringLiteral("Pause"));
        QCOMPARE(monitoring->startAction()->text(), QStringLiteral("Start &Monitoring"));
        QCOMPARE(ab->name(), QStringLiteral("VNI 100: lab1/br0 → lab2/br0"));
        QCOMPARE(window.scene()->rateLabelFor(kLink100)->text(), QStringLiteral("1.10 Mb/s"));
    }

    void stopClearsTheMarks()
    {
        // Hosts at lab addresses where nothing answers: monitoring marks them unreachable, and
        // Stop (the tool bar's button) takes every mark away.
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Topology t = labTopology();
        for (const Host &h : t.hosts()) {
            Host *host = t.host(h.id);
            host->managementAddress = QStringLiteral("198.18.250.%1").arg(h.id);
            host->underlayAddress.clear();
        }
        window.document()->reset(t);
        MonitoringController *monitoring = window.monitoring();
        QVERIFY(monitoring->start());
        TopologyScene *scene = window.scene();
        QTRY_COMPARE_WITH_TIMEOUT(scene->liveState(kLab1), LiveState::Unreachable, 20000);
        QCOMPARE(static_cast<HostItem *>(scene->itemFor(kLab1))->liveState(),
                 LiveState::Unreachable);
        auto *bar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        auto *stop
            = qobject_cast<QAbstractButton *>(bar->widgetForAction(monitoring->stopAction()));
        QVERIFY(stop);
        QTest::mouseClick(stop, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!monitoring->isRunning(), 15000);
        QTRY_VERIFY(!scene->isLive());
        QCOMPARE(static_cast<HostItem *>(scene->itemFor(kLab1))->liveState(), LiveState::None);
    }
};

QTEST_MAIN(TestLiveCanvas)
#include "tst_livecanvas.moc"
