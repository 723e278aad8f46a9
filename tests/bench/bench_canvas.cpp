// Canvas figures for a synthetic diagram of 2,000 nodes and 2,000 VXLAN links: time to build the
// scene, to render the fitted view offscreen, per mouse-move step while dragging a host with its
// children, and peak memory. Targets: build < 1 s, render < 50 ms, drag step < 5 ms, < 300 MB.
#include "synthetic.h"

#include "scene/canvasview.h"
#include "scene/topologyscene.h"

#include <QApplication>
#include <QFile>
#include <QGraphicsItem>
#include <QMouseEvent>
#include <QUndoStack>

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

} // namespace

BENCHMARK(BM_SceneBuild)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_RenderFittedView)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_DragStep)->Unit(benchmark::kMillisecond)->MinTime(2.0);

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
