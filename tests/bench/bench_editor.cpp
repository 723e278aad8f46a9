// Editing figures on the 2,200-node / 2,000-link synthetic diagram, in the real main window: one
// key typed into the property editor until the canvas, problems, structure tree are repainted
// (target < 16 ms, a frame); adding one container (< 16 ms); undoing a paste of about 200 objects
// (< 100 ms). Every iteration runs the event loop until the window has caught up, as a user sees.
#include "synthetic.h"

#include "commands/clipboard.h"
#include "commands/commands.h"
#include "mainwindow.h"
#include "model/projectfile.h"
#include "propertyeditor.h"
#include "scene/canvasview.h"
#include "scene/topologyscene.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QUndoStack>

#include <benchmark/benchmark.h>

using namespace studio;

namespace {

// Runs the event loop until nothing is left to do: queued validation, docks, the repaint.
void catchUp()
{
    for (int i = 0; i < 4; ++i)
        QCoreApplication::processEvents();
}

struct Window
{
    Window()
    {
        const QString path = QDir::temp().filePath(QStringLiteral("bench-editor.json"));
        if (!projectfile::save(bench::canvasDiagram(), path))
            qFatal("bench: cannot write the diagram");
        window.openFile(path);
        window.resize(1600, 1000);
        window.show();
        catchUp();
    }
    MainWindow window;
};

void BM_TypeOneKeyIntoAField(benchmark::State &state)
{
    Window w;
    const ObjectId container = w.window.topology().containers()[333].id;
    w.window.scene()->selectObject(container);
    catchUp();
    auto *field
        = qobject_cast<QLineEdit *>(w.window.propertyEditor()->field(QStringLiteral("image")));
    if (!field) {
        state.SkipWithError("no image field");
        return;
    }
    field->setFocus();
    catchUp();
    int changes = 0;
    QObject::connect(w.window.document(), &TopologyDocument::objectChanged,
                     [&changes](ObjectId, const QString &) { ++changes; });
    int n = 0;
    for (auto _ : state) {
        // A letter, then a backspace: the field never grows without bound.
        const int key = ++n % 2 ? Qt::Key_A : Qt::Key_Backspace;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier,
                        n % 2 ? QStringLiteral("a") : QString());
        QApplication::sendEvent(field, &press);
        catchUp();
    }
    if (changes < n) // each key changed the image: a letter added, then taken away
        state.SkipWithError("typing changed nothing");
}

// The same edit, until the problems it causes are published: typing a space into a bridge's
// name makes it invalid, a backspace valid again; validation runs off the GUI thread.
void BM_ProblemsAfterAKey(benchmark::State &state)
{
    Window w;
    const ObjectId bridge = w.window.topology().bridges()[123].id;
    w.window.scene()->selectObject(bridge);
    catchUp();
    auto *field
        = qobject_cast<QLineEdit *>(w.window.propertyEditor()->field(QStringLiteral("name")));
    if (!field) {
        state.SkipWithError("no name field");
        return;
    }
    field->setFocus();
    field->end(false);
    catchUp();
    int n = 0;
    for (auto _ : state) {
        const bool space = ++n % 2;
        QKeyEvent press(QEvent::KeyPress, space ? Qt::Key_Space : Qt::Key_Backspace, Qt::NoModifier,
                        space ? QStringLiteral(" ") : QString());
        QApplication::sendEvent(field, &press);
        // Until the bridge's badge appears (or goes): the problems are published.
        QElapsedTimer waited;
        waited.start();
        while (field->property("invalid").toBool() != space && waited.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // no spinning
        if (field->property("invalid").toBool() != space)
            state.SkipWithError("the problem never showed");
    }
}

void BM_AddOneContainer(benchmark::State &state)
{
    Window w;
    const Host &host = w.window.topology().hosts()[77];
    const QPointF inside = host.position + QPointF(60, host.size.height() - 30);
    for (auto _ : state) {
        if (w.window.scene()->dropObject(ObjectKind::Container, inside) == kNoObject)
            state.SkipWithError("the drop was refused");
        catchUp();
        state.PauseTiming();
        w.window.undoStack()->undo();
        catchUp();
        state.ResumeTiming();
    }
}

void BM_UndoPasteOf200Objects(benchmark::State &state)
{
    Window w;
    // 18 whole hosts: 18 x (1 + 2 + 8) = 198 objects.
    QList<ObjectId> selection;
    for (int i = 0; i < 18; ++i)
        selection << w.window.topology().hosts()[std::size_t(i)].id;
    const auto fragment = clipboard::copy(w.window.topology(), selection);
    const auto paste
        = fragment ? clipboard::paste(w.window.document(), fragment.value(), QPointF(60, 60))
                   : Result<Snapshot>(fragment.error());
    if (!paste) {
        state.SkipWithError(qPrintable(paste.error().toString()));
        return;
    }
    const Snapshot &pasted = paste.value();
    const int objects = int(pasted.hosts.size() + pasted.bridges.size() + pasted.containers.size()
                            + pasted.links.size());
    w.window.undoStack()->push(
        new AddObjectCommand(w.window.document(), pasted, QStringLiteral("Paste")));
    catchUp();
    for (auto _ : state) {
        w.window.undoStack()->undo();
        catchUp();
        state.PauseTiming();
        w.window.undoStack()->redo();
        catchUp();
        state.ResumeTiming();
    }
    state.counters["objects"] = objects;
}

} // namespace

BENCHMARK(BM_TypeOneKeyIntoAField)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_ProblemsAfterAKey)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_AddOneContainer)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_UndoPasteOf200Objects)->Unit(benchmark::kMillisecond)->MinTime(2.0);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
