// Canvas figures for a synthetic diagram of 2,000 nodes and 2,000 VXLAN links: time to build the
// scene, to render the fitted view offscreen, per mouse-move step while dragging a host with its
// children, one monitoring tick's live marks on every link and container (target < 2 ms, the
// items only; the frame that follows is measured with the marks on), and peak memory.
// Targets: build < 1 s, render < 50 ms, drag step < 5 ms, < 300 MB.
#include "synthetic.h"

#include "scene/canvasview.h"
#include "scene/linkitem.h"
#include "scene/topologyscene.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QMouseEvent>
#include <QUndoStack>

#include <cmath>
#include <vector>

#include <benchmark/benchmark.h>

using namespace studio;

namespace {

struct Canvas
{
    TopologyDocument document;
    QUndoStack undo;
    TopologyScene scene{&document, &undo};
    CanvasView view{&scene};
};

double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    status.open(QIODevice::ReadOnly);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

const Topology &large()
{
    static const Topology t = bench::canvasDiagram();
    return t;
}

void BM_SceneBuild(benchmark::State &state)
{
    Canvas canvas;
    for (auto _ : state) {
        canvas.document.reset(large());
        canvas.scene.flush();
    }
    state.counters["nodes"]
        = double(large().hosts().size() + large().bridges().size() + large().containers().size());
    state.counters["links"] = double(large().links().size());
    state.counters["items"] = double(canvas.scene.items().size());
}

void BM_RenderFittedView(benchmark::State &state)
{
    Canvas canvas;
    canvas.view.resize(1600, 1000);
    canvas.document.reset(large());
    canvas.scene.flush();
    canvas.view.show();
    QCoreApplication::processEvents();
    canvas.view.fitAll();
    QImage image(canvas.view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        QPainter painter(&image);
        canvas.view.render(&painter);
    }
}

void BM_DragStep(benchmark::State &state)
{
    Canvas canvas;
    canvas.view.resize(1600, 1000);
    canvas.document.reset(large());
    canvas.scene.flush();
    canvas.view.show();
    canvas.view.setZoom(0.6);
    canvas.scene.setSnapToGrid(false); // every step a real move, none swallowed by the grid
    const ObjectId host = large().hosts()[12].id; // a host with 2 bridges and 8 containers
    QGraphicsItem *item = canvas.scene.itemFor(host);
    canvas.view.centerOn(item);
    for (int i = 0; i < 5; ++i) // let the view lay itself out before aiming at the host
        QCoreApplication::processEvents();
    const QPointF before = item->pos();
    QWidget *viewport = canvas.view.viewport();
    const QPoint start = canvas.view.mapFromScene(item->mapToScene(QPointF(200, 15)));
    QMouseEvent press(QEvent::MouseButtonPress, start, viewport->mapToGlobal(start), Qt::LeftButton,
                      Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &press);
    int step = 0;
    for (auto _ : state) {
        ++step;
        const QPoint p = start + QPoint(step % 40, (step / 40) % 40);
        QMouseEvent move(QEvent::MouseMove, p, viewport->mapToGlobal(p), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(viewport, &move);
        QCoreApplication::processEvents(); // paints the frame the user sees after this step
    }
    state.counters["children"] = double(item->childItems().size());
    // To look at the frame being measured: BENCH_CANVAS_SNAPSHOT=drag.png
    if (const QString file = qEnvironmentVariable("BENCH_CANVAS_SNAPSHOT"); !file.isEmpty())
        canvas.view.viewport()->grab().save(file);
    if (item->pos() == before)
        state.SkipWithError("the drag did not move the host");
}

// The rates a tick hands out, 1 kb/s .. 1 Gb/s, with their texts: the monitoring controller
// formats them before it calls the canvas, so formatting is not the canvas's time.
struct Rate
{
    double bits;
    QString text;
};

const std::vector<Rate> &rates()
{
    static const std::vector<Rate> table = [] {
        std::vector<Rate> r;
        for (int k = 0; k < 60; ++k) {
            const double bits = std::pow(10.0, 3 + k / 10.0);
            r.push_back({bits, QStringLiteral("%1 kb/s").arg(bits / 1000, 0, 'f', 1)});
        }
        return r;
    }();
    return table;
}

// One tick of monitoring news as the monitoring controller hands it to the canvas: every link's
// rate (a new width, colour and rate label on every link, every tick; every 50th link broken)
// and every container's state. Items change in place; nothing is added after the first tick.
void liveTick(TopologyScene &scene, int tick, bool containers = true)
{
    const Topology &t = large();
    const std::vector<Rate> &table = rates();
    int i = 0;
    for (const VxlanLink &l : t.links()) {
        const Rate &rate = table[size_t((i * 7 + tick) % 60)];
        const bool broken = (i + tick) % 50 == 0;
        scene.setLinkActivity(l.id, rate.bits, rate.text, broken);
        ++i;
    }
    if (!containers)
        return;
    for (const Container &c : t.containers())
        scene.setLiveState(c.id, (c.id + tick) % 40 == 0 ? LiveState::Down : LiveState::Up);
}

void BM_LiveUpdate(benchmark::State &state)
{
    Canvas canvas;
    canvas.view.resize(1600, 1000);
    canvas.document.reset(large());
    canvas.scene.flush();
    canvas.view.show();
    canvas.view.fitAll();
    QCoreApplication::processEvents();
    liveTick(canvas.scene, 0); // the first tick makes the rate labels
    QCoreApplication::processEvents();
    const qsizetype items = canvas.scene.items().size();
    int tick = 1;
    const bool containers = state.range(0) != 0;
    for (auto _ : state)
        liveTick(canvas.scene, tick++, containers);
    state.counters["links"] = double(large().links().size());
    state.counters["containers"] = containers ? double(large().containers().size()) : 0;
    if (canvas.scene.items().size() != items)
        state.SkipWithError("a tick added or removed items");
    if (!canvas.scene.linkItemFor(large().links().front().id)->hasActivity())
        state.SkipWithError("the links show no activity");
}

void BM_RenderLiveView(benchmark::State &state)
{
    Canvas canvas;
    canvas.view.resize(1600, 1000);
    canvas.document.reset(large());
    canvas.scene.flush();
    canvas.view.show();
    QCoreApplication::processEvents();
    canvas.view.fitAll();
    liveTick(canvas.scene, 0);
    QImage image(canvas.view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    int tick = 1;
    for (auto _ : state) {
        liveTick(canvas.scene, tick++);
        QPainter painter(&image);
        canvas.view.render(&painter);
    }
    if (const QString file = qEnvironmentVariable("BENCH_CANVAS_LIVE_SNAPSHOT"); !file.isEmpty())
        image.save(file);
}

} // namespace

BENCHMARK(BM_SceneBuild)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RenderFittedView)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_DragStep)->Unit(benchmark::kMillisecond)->MinTime(2.0);
// 0: the links alone; 1: the links and every container's state.
BENCHMARK(BM_LiveUpdate)->Unit(benchmark::kMillisecond)->MinTime(2.0)->Arg(0)->Arg(1);
BENCHMARK(BM_RenderLiveView)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    std::printf("peak memory (VmHWM): %.0f MB\n", peakMegabytes());
    return 0;
}
