// The canvas scene draws every object of a topology from the model, colours segments distinctly,
// badges problems and shows each host's deploy state. Renders the seed example to a PNG.
#include "../unit/testsupport.h"
#include "imagecheck.h"

#include "scene/canvasstyle.h"
#include "scene/canvasview.h"
#include "scene/edgelabel.h"
#include "scene/labelfit.h"
#include "scene/topologyscene.h"

#include <QGraphicsItem>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QUndoStack>

using namespace studio;

class TestTopologyScene : public QObject
{
    Q_OBJECT

private slots:
    void labelsGiveWayWhereTheyTellLeast()
    {
        QFont font;
        font.setPixelSize(11);
        const QFontMetricsF m(font);
        const auto width = [&m](const QString &text) {
            return m.horizontalAdvance(text) + 1;
        };
        // An image: whole when it fits, then without its repository's path, then the middle of
        // what is left goes.
        const QString image = QStringLiteral("overlaystudio/busybox:lab");
        QCOMPARE(labelfit::imageName(image, m, width(image)), image);
        QCOMPARE(labelfit::imageName(image, m, width(QStringLiteral("…/busybox:lab"))),
                 QStringLiteral("…/busybox:lab"));
        const QString narrow = labelfit::imageName(image, m, width(QStringLiteral("bu…:lab")));
        QVERIFY2(narrow.startsWith(QLatin1String("bu")) && narrow.endsWith(QLatin1String("ab"))
                     && narrow.contains(QStringLiteral("…")) && !narrow.contains(QLatin1Char('/')),
                 qPrintable(narrow));
        QCOMPARE(labelfit::imageName(QStringLiteral("busybox:1.36"), m, 1000),
                 QStringLiteral("busybox:1.36"));
        // A gateway: the port's name gives way, the address stays whole.
        const QString line = QStringLiteral("veth0 · 198.19.2.254/24");
        const QString cut
            = labelfit::portAndAddress(line, m, width(QStringLiteral("ve… · 198.19.2.254/24")));
        QVERIFY2(cut.startsWith(QLatin1Char('v'))
                     && cut.endsWith(QStringLiteral(" · 198.19.2.254/24"))
                     && cut.size() < line.size(),
                 qPrintable(cut));
    }

    void everyObjectHasAnItem()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        TopologyDocument doc;
        QUndoStack stack;
        TopologyScene scene(&doc, &stack);
        doc.reset(t);
        scene.flush();
        for (const Host &h : t.hosts())
            QVERIFY(scene.itemFor(h.id));
        for (const Bridge &b : t.bridges()) {
            QGraphicsItem *item = scene.itemFor(b.id);
            QVERIFY(item);
            // Inside its host's frame, as its child: moving a host moves what it holds.
            QCOMPARE(item->parentItem(), scene.itemFor(b.host));
            QVERIFY(item->parentItem()->boundingRect().contains(
                item->mapRectToParent(item->boundingRect())));
        }
        for (const Container &c : t.containers())
            QCOMPARE(scene.itemFor(c.id)->parentItem(), scene.itemFor(c.host));
        for (const VxlanLink &l : t.links())
            QVERIFY(scene.itemFor(l.id));
        // Drawn exactly where the model has them, even off the grid (the seed's y = 54) with
        // snapping on: the grid applies to the user's moves, not to what is loaded.
        QVERIFY(scene.snapToGrid());
        for (const Host &h : t.hosts())
            QCOMPARE(scene.itemFor(h.id)->pos(), h.position);
        for (const Container &c : t.containers())
            QCOMPARE(scene.itemFor(c.id)->pos(),
                     c.position + QPointF(0, canvasstyle::kHostTitleHeight));
    }

    void segmentsHaveDistinctColours()
    {
        TopologyDocument doc;
        QUndoStack stack;
        TopologyScene scene(&doc, &stack);
        doc.reset(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        scene.flush();
        QCOMPARE(scene.vnis(), QList<quint32>({100, 200}));
        QVERIFY(scene.colorOf(100) != scene.colorOf(200));
    }

    void problemsGetBadges()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        TopologyDocument doc;
        QUndoStack stack;
        TopologyScene scene(&doc, &stack);
        doc.reset(t);
        scene.flush(); // the seed warns about the shared gateway on host2's bridges
        QGraphicsItem *bridge = scene.itemFor(test::idOf(t, QStringLiteral("host2/br0")));
        const auto children = bridge->childItems();
        QCOMPARE(children.size(), 1);
        QVERIFY(children.first()->toolTip().contains(QStringLiteral("gateway address 10.2.2.1")));
        QVERIFY(scene.itemFor(test::idOf(t, QStringLiteral("host1/br1")))->childItems().isEmpty());

        // A link's problem is badged on its "VNI" label, in the middle of the line.
        Topology broken = t;
        VxlanLink *link = broken.link(broken.links().front().id);
        link->vni = 0;
        doc.reset(broken);
        scene.flush();
        const QRectF line = scene.itemFor(link->id)->sceneBoundingRect();
        QGraphicsItem *badge = nullptr;
        for (QGraphicsItem *item : scene.items(line)) {
            if (item->parentItem() && item->toolTip().contains(QStringLiteral("out of range")))
                badge = item;
        }
        QVERIFY(badge);
        QVERIFY(QLineF(badge->sceneBoundingRect().center(), line.center()).length() < 60);
    }

    // Teaching views fade and highlight single objects: the item, its attachment line and
    // label follow, the emphasis outlives an edit of the object, and a highlight is drawn.
    void objectsAreFadedAndHighlightedOneByOne()
    {
        const Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        TopologyDocument doc;
        QUndoStack stack;
        TopologyScene scene(&doc, &stack);
        doc.reset(t);
        scene.flush();
        const ObjectId container = test::idOf(t, QStringLiteral("host1/container1"));
        const ObjectId bridge = test::idOf(t, QStringLiteral("host1/br0"));
        const ObjectId link = t.links().front().id;
        scene.setEmphasis(container, Emphasis::Faded);
        scene.setEmphasis(link, Emphasis::Highlighted);
        QCOMPARE(scene.itemFor(container)->opacity(), canvasstyle::kFadedOpacity);
        QCOMPARE(scene.labelFor(container)->opacity(), canvasstyle::kFadedOpacity);
        QCOMPARE(scene.itemFor(bridge)->opacity(), 1.0);
        QCOMPARE(scene.itemFor(link)->opacity(), 1.0);
        // An edit redraws the container: it stays faded.
        QVERIFY(doc.setProperty(container, QStringLiteral("address"), QStringLiteral("10.1.1.7/24"))
                    .ok());
        scene.flush();
        QCOMPARE(scene.emphasis(container), Emphasis::Faded);
        QCOMPARE(scene.itemFor(container)->opacity(), canvasstyle::kFadedOpacity);

        // A highlighted bridge wears the emphasis colour; a normal one does not.
        const auto emphasisPixels = [&scene](ObjectId id) {
            const QRectF r = scene.itemFor(id)->sceneBoundingRect();
            QImage image(r.size().toSize(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            QPainter p(&image);
            scene.render(&p, QRectF(QPointF(), r.size()), r);
            p.end();
            int count = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == canvasstyle::emphasisColor();
            }
            return count;
        };
        QCOMPARE(emphasisPixels(bridge), 0);
        scene.setEmphasis(bridge, Emphasis::Highlighted);
        QVERIFY(emphasisPixels(bridge) > 100);

        scene.clearEmphasis();
        QCOMPARE(scene.emphasis(container), Emphasis::Normal);
        QCOMPARE(scene.itemFor(container)->opacity(), 1.0);
        QCOMPARE(scene.labelFor(container)->opacity(), 1.0);
        QCOMPARE(emphasisPixels(bridge), 0);
    }

    void hostsShowTheirDeployState()
    {
        TopologyDocument doc;
        QUndoStack stack;
        TopologyScene scene(&doc, &stack);
        doc.reset(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        scene.flush();
        QCOMPARE(scene.deployResult(QStringLiteral("host2")), TopologyScene::DeployResult::Unknown);
        scene.setDeployResult(QStringLiteral("host2"), TopologyScene::DeployResult::Failed,
                              QStringLiteral("cannot connect"));
        QCOMPARE(scene.deployResult(QStringLiteral("host2")), TopologyScene::DeployResult::Failed);
        const Topology &t = scene.topology();
        QVERIFY(scene.describe(test::idOf(t, QStringLiteral("host2")))
                    .contains(QStringLiteral("cannot connect")));
        // The state outlives a redraw after an edit.
        QVERIFY(
            doc.setProperty(test::idOf(t, QStringLiteral("host2/br0")), QStringLiteral("mtu"), 1400)
                .ok());
        scene.flush();
        QVERIFY(scene.describe(test::idOf(t, QStringLiteral("host2")))
                    .contains(QStringLiteral("cannot connect")));
    }

    // Links draw only their exposed part, with dashes laid out along the whole line: a view
    // painted in strips (as a drag repaints it) must show exactly what one whole paint shows.
    void aLinkPaintedInPiecesLooksTheSameAsWhole()
    {
        Topology t = test::loadExample(QStringLiteral("seed-two-hosts.json"));
        t.host(test::idOf(t, QStringLiteral("host2")))->position += QPointF(137, 611); // diagonal
        TopologyDocument doc;
        QUndoStack stack;
        TopologyScene scene(&doc, &stack);
        CanvasView view(&scene);
        view.resize(900, 700);
        doc.reset(t);
        scene.flush();
        view.show();
        view.fitAll();
        QWidget *viewport = view.viewport();
        const auto render = [&](int strips) {
            QImage image(viewport->size(), QImage::Format_ARGB32);
            image.fill(Qt::white);
            const int w = (viewport->width() + strips - 1) / strips;
            for (int i = 0; i < strips; ++i) {
                const QRect strip(i * w, 0, w, viewport->height());
                viewport->render(&image, strip.topLeft(), QRegion(strip));
            }
            return image;
        };
        const QImage whole = render(1);
        // Antialiasing may round an edge pixel differently where a piece was cut; a dash out of
        // phase differs by far more.
        const QImage strips = render(7);
        int differing = 0;
        for (int y = 0; y < whole.height(); ++y) {
            for (int x = 0; x < whole.width(); ++x) {
                const QRgb p = whole.pixel(x, y), q = strips.pixel(x, y);
                differing += std::abs(qRed(p) - qRed(q)) > 8 || std::abs(qGreen(p) - qGreen(q)) > 8
                             || std::abs(qBlue(p) - qBlue(q)) > 8;
            }
        }
        QCOMPARE(differing, 0);

        // Selecting the link highlights it along its length.
        QGraphicsItem *link = scene.itemFor(t.links().front().id);
        QVERIFY(link);
        link->setSelected(true);
        const QImage selected = render(1);
        int changed = 0;
        for (int y = 0; y < whole.height(); ++y)
            for (int x = 0; x < whole.width(); ++x)
                changed += whole.pixel(x, y) != selected.pixel(x, y);
        QVERIFY2(changed > 500, qPrintable(QStringLiteral("%1 pixels changed").arg(changed)));
    }

    void rendersTheSeedExample()
    {
        TopologyDocument doc;
        QUndoStack stack;
        TopologyScene scene(&doc, &stack);
        doc.reset(test::loadExample(QStringLiteral("seed-two-hosts.json")));
        scene.flush();
        const QRectF bounds = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20);
        QImage image(bounds.size().toSize() * 2, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene.render(&painter, QRectF(), bounds);
        painter.end();
        QVERIFY(image.save(QStringLiteral("seed-two-hosts.png"))); // kept as a test artifact
        int drawn = 0;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                drawn += image.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY2(drawn > 500, "the scene rendered (almost) nothing");
        // Both segments in their own colours (VNI 100 the first, 200 the second), host frames in
        // the frame colour and names in the text colour: what the picture must show.
        const QPalette pal = canvasstyle::palette();
        for (const QColor &expected : {canvasstyle::segmentColor(0), canvasstyle::segmentColor(1),
                                       canvasstyle::frame(pal), canvasstyle::text(pal)}) {
            const int pixels = test::pixelsLike(image, expected);
            QVERIFY2(
                pixels > 200,
                qPrintable(QStringLiteral("%1 pixels of %2").arg(pixels).arg(expected.name())));
        }
        QCOMPARE(test::pixelsLike(image, canvasstyle::segmentColor(2)), 0); // only two segments
    }
};

QTEST_MAIN(TestTopologyScene)
#include "tst_topologyscene.moc"
