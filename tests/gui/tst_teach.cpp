// The teaching features as a user drives them, with real key and mouse events to whatever has the
// focus (checked after each), against recording fake shells instead of hosts: Step Through
// Deploy (Start, Next, Run to End, Stop, Back) with the canvas fading what is not built and
// highlighting the current step; Show Packet Path from a canvas selection, its capture and the
// saved .pcap; Export Lab Guide through the file dialog. Screenshots are written as artifacts.
#include "fakeshell.h"
#include "keyboard.h"
#include "testsupport.h"
#include "vxlanframes.h"

#include "deploycontroller.h"
#include "deploysettings.h"
#include "mainwindow.h"
#include "packetpathcontroller.h"
#include "packetpathview.h"
#include "stepthroughcontroller.h"
#include "stepthroughdock.h"
#include "teachcontroller.h"

#include "commands/commands.h"
#include "languageswitcher.h"
#include "scene/canvasview.h"
#include "scene/topologyscene.h"
#include "teach/pcapfile.h"
#include "teach/vxlandecoder.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QGraphicsItem>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QUndoStack>

using namespace studio;
using test::FakeShells;
using test::idOf;
using test::press;
using State = StepThroughDock::State;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(test::dataPath(QStringLiteral("probe/") + QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

// What a capture on lab1 prints: the script's sections, with our echo request in the pcap.
QByteArray captureOutput()
{
    PcapFile pcap;
    const QByteArray frame = test::vxlanFrame();
    pcap.records.push_back({1700000000, 1, quint32(frame.size()), frame});
    return "@@dev\nlab1-nic\n@@ping\n0\n64 bytes from 198.19.2.3: seq=0 ttl=64\n@@log\n"
           "listening on lab1-nic\n@@pcap\n"
           + pcap.serialize().toBase64() + "\n@@end\n";
}

// Answers the capture script as lab1 would, and every deploy step with success.
FakeShells::Step hostSteps()
{
    return [](const QString &command, int, const std::atomic_bool *) -> Result<ExecResult> {
        ExecResult r;
        r.exitStatus = 0;
        if (command.contains(QLatin1String("overlaystudio-capture")))
            r.out = captureOutput();
        return r;
    };
}

// Types a path into the file dialog that is about to open and accepts it.
void answerFileDialog(const QString &path)
{
    QTimer::singleShot(300, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no file dialog");
            return;
        }
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!name) {
            qWarning("no file name field");
            return;
        }
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, path);
        QTest::keyClick(name, Qt::Key_Return);
    });
}

// Every text of the teaching classes in capitals: shows which texts follow a language change.
class ShoutingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        const QByteArray c(context);
        for (const char *mine : {"studio::StepThrough", "studio::PacketPath", "studio::Teach"}) {
            if (c.startsWith(mine))
                return QString::fromUtf8(source).toUpper();
        }
        return {};
    }
};

// The Alt+letter of a text ("Run to &End" -> E), or 0.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toUpper();
            ++i;
        }
    }
    return {};
}

} // namespace

class TestTeach : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<FakeShells> m_shells;

    MainWindow &window(const QString &example)
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1500, 900);
        if (!m_window->openFile(test::examplePath(example)))
            qFatal("cannot open %s", qPrintable(example));
        m_shells = std::make_unique<FakeShells>();
        for (const char *host : {"lab1", "lab2"})
            m_shells->script(QLatin1String(host), {fixture("lab1-empty.txt"), {}, {}, hostSteps()});
        m_window->deployment()->setShellFactory(m_shells->factory());
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            qWarning("the window did not become active");
        QCoreApplication::processEvents();
        m_window->view()->setFocus();
        return *m_window;
    }

    int stepsRun() const
    {
        return int(m_shells->steps(QStringLiteral("lab1")).size()
                   + m_shells->steps(QStringLiteral("lab2")).size());
    }

    Emphasis emphasisOf(const QString &name) const
    {
        return m_window->scene()->emphasis(idOf(m_window->topology(), name));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        LanguageSwitcher::instance()->apply(QStringLiteral("en"));
        // The guide's style: a step per container, as the counts below expect.
        DeploySettings settings;
        settings.style = PlanStyle::Guide;
        settings.save();
    }

    void cleanup()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w != m_window.get())
                w->close();
        }
        if (m_window) {
            m_window->deployment()->engine()->cancel();
            m_window->deployment()->engine()->waitForFinished();
            m_window->document()->setModified(false);
        }
        m_window.reset();
        m_shells.reset();
    }

    void stepThroughWithTheKeyboard()
    {
        MainWindow &w = window(QStringLiteral("lab-two-hosts.json"));
        StepThroughController *st = w.teaching()->stepThrough();
        StepThroughDock *dock = st->dock();

        // F10 opens the panel, ready to start.
        press(Qt::Key_F10);
        QVERIFY(st->dockWidget()->isVisible());
        QCOMPARE(QApplication::focusWidget(), dock->startButton());
        QCOMPARE(dock->hostChoice()->currentText(), QStringLiteral("All hosts, in turn"));
        // No step yet: its empty title and explanation take no room.
        QVERIFY(!dock->explanation()->isVisible());
        QVERIFY(!dock->resultTitle()->isVisible());
        press(Qt::Key_Space);
        QTRY_COMPARE(dock->state(), State::Waiting);
        QCOMPARE(QApplication::focusWidget(), dock->nextButton());
        QVERIFY(dock->explanation()->isVisible());

        // Before the first step: nothing has run anywhere; the first step of lab1 is shown.
        QTest::qWait(100);
        QCOMPARE(stepsRun(), 0);
        const PendingStep first = st->sequencer()->current();
        QCOMPARE(first.host, QStringLiteral("lab1"));
        QCOMPARE(first.index, 0);
        QCOMPARE(dock->command()->toPlainText(), first.step.command.toShell(true));
        QCOMPARE(dock->explanation()->text(), first.step.explanation);
        QVERIFY(dock->command()->toPlainText().startsWith(QStringLiteral("iptables")));
        // The first step counts both hosts' steps, not only its own host's.
        QVERIFY2(dock->progress()->text().startsWith(QStringLiteral("Step 1 of 22 in all.")),
                 qPrintable(dock->progress()->text()));
        // Nothing is built: all faded, the rule's bridge highlighted.
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br0")), Emphasis::Highlighted);
        for (const char *name : {"lab1/br1", "lab2/br0", "lab1/container1", "lab2/container4",
                                 "lab1/br0 <-> lab2/br0"})
            QCOMPARE(emphasisOf(QLatin1String(name)), Emphasis::Faded);

        // Return runs one step at a time, hosts in turn; the focus stays on Next.
        QStringList offered;
        for (int n = 1; n <= 5; ++n) {
            offered << st->sequencer()->current().host;
            press(Qt::Key_Return);
            QTRY_COMPARE(dock->state(), State::Waiting);
            QTRY_COMPARE(stepsRun(), n);
            QCOMPARE(QApplication::focusWidget(), dock->nextButton());
            QVERIFY2(dock->resultTitle()->text().contains(QStringLiteral("exit status 0")),
                     qPrintable(dock->resultTitle()->text()));
            QCOMPARE(dock->history()->topLevelItemCount(), n);
        }
        QCOMPARE(offered, QStringList({"lab1", "lab2", "lab1", "lab2", "lab1"}));
        // lab1's OVS transaction ran: its bridges are built; lab2's is the current step and
        // creates lab2's bridges and its end of the links.
        const PendingStep ovs = st->sequencer()->current();
        QCOMPARE(ovs.host, QStringLiteral("lab2"));
        QVERIFY(dock->command()->toPlainText().startsWith(QStringLiteral("ovs-vsctl")));
        QVERIFY2(dock->creates()->text().contains(QStringLiteral("lab2/br0")),
                 qPrintable(dock->creates()->text()));
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br0")), Emphasis::Normal);
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br1")), Emphasis::Normal);
        QCOMPARE(emphasisOf(QStringLiteral("lab2/br0")), Emphasis::Highlighted);
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br0 <-> lab2/br0")), Emphasis::Highlighted);
        QCOMPARE(emphasisOf(QStringLiteral("lab1/container1")), Emphasis::Faded);
        QTest::qWait(100);
        QVERIFY(w.grab().save(QStringLiteral("stepthrough.png")));

        press(Qt::Key_Return);
        QTRY_COMPARE(stepsRun(), 6);
        QTRY_COMPARE(dock->state(), State::Waiting);
        // Both tunnel ends exist now: the link is built.
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br0 <-> lab2/br0")), Emphasis::Normal);
        QCOMPARE(emphasisOf(QStringLiteral("lab2/br1")), Emphasis::Normal);

        // Run to End (Alt+R): everything runs, everything is built.
        press(Qt::Key_R, Qt::AltModifier);
        QTRY_COMPARE(dock->state(), State::Finished);
        QCOMPARE(stepsRun(), 22);
        QVERIFY2(dock->progress()->text().startsWith(QStringLiteral("Done: 22 steps run")),
                 qPrintable(dock->progress()->text()));
        for (const Container &c : w.topology().containers())
            QCOMPARE(w.scene()->emphasis(c.id), Emphasis::Normal);
        for (const VxlanLink &l : w.topology().links())
            QCOMPARE(w.scene()->emphasis(l.id), Emphasis::Normal);

        // Back (Alt+B) destroys what was built: the hosts now report the topology applied.
        for (const char *host : {"lab1", "lab2"})
            m_shells->script(QLatin1String(host),
                             {fixture("lab1-two-hosts-applied.txt"), {}, {}, hostSteps()});
        const int before = stepsRun();
        QVERIFY(dock->backButton()->isEnabled());
        press(Qt::Key_B, Qt::AltModifier);
        QTRY_VERIFY2(dock->progress()->text().startsWith(QStringLiteral("Destroyed")),
                     qPrintable(dock->progress()->text()));
        QCOMPARE(dock->state(), State::Finished);
        QVERIFY(stepsRun() > before);
        const QString removed = m_shells->steps(QStringLiteral("lab1")).join(QLatin1Char('\n'));
        QVERIFY2(removed.contains(QStringLiteral("del-br")), qPrintable(removed));
        for (const Container &c : w.topology().containers())
            QCOMPARE(w.scene()->emphasis(c.id), Emphasis::Faded);
    }

    void stopHalfwayKeepsWhatWasBuilt()
    {
        MainWindow &w = window(QStringLiteral("lab-two-hosts.json"));
        StepThroughController *st = w.teaching()->stepThrough();
        StepThroughDock *dock = st->dock();
        press(Qt::Key_F10);
        // Only lab2 (the choice of hosts, by keyboard: Tab back to it, Down).
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), dock->hostChoice());
        press(Qt::Key_Down);
        press(Qt::Key_Down);
        QCOMPARE(dock->chosenHost(), QStringLiteral("lab2"));
        press(Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE(dock->state(), State::Waiting);
        QCOMPARE(st->sequencer()->current().host, QStringLiteral("lab2"));
        press(Qt::Key_Return);
        QTRY_COMPARE(stepsRun(), 1);
        QTRY_COMPARE(dock->state(), State::Waiting);
        // Stop (Alt+P): the host stops before its next step.
        press(Qt::Key_P, Qt::AltModifier);
        QTRY_COMPARE(dock->state(), State::Finished);
        QCOMPARE(stepsRun(), 1);
        QVERIFY(m_shells->steps(QStringLiteral("lab1")).isEmpty());
        QVERIFY(dock->backButton()->isEnabled());
        // lab1's objects were never part of it: drawn as ever.
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br0")), Emphasis::Normal);
        QCOMPARE(emphasisOf(QStringLiteral("lab2/br0")), Emphasis::Faded);
        // Closing the panel puts the canvas back.
        st->dockWidget()->close();
        QCOMPARE(emphasisOf(QStringLiteral("lab2/br0")), Emphasis::Normal);
    }

    void packetPathFromTheCanvasSelection()
    {
        MainWindow &w = window(QStringLiteral("lab-two-hosts.json"));
        PacketPathController *pp = w.teaching()->packetPath();
        PacketPathView *view = pp->view();
        CanvasView *canvas = w.view();
        // Click container1, Ctrl+click container3 on the canvas.
        const auto click = [&](const QString &name, Qt::KeyboardModifiers modifiers) {
            QGraphicsItem *item = w.scene()->itemFor(idOf(w.topology(), name));
            QVERIFY(item);
            const QPoint at = canvas->mapFromScene(
                item->mapToScene(item->boundingRect().center() - QPointF(20, 0)));
            QTest::mouseClick(canvas->viewport(), Qt::LeftButton, modifiers, at);
        };
        click(QStringLiteral("lab1/container1"), Qt::NoModifier);
        click(QStringLiteral("lab2/container3"), Qt::ControlModifier);
        QCOMPARE(w.scene()->selectedIds().size(), 2);
        QCOMPARE(QApplication::focusWidget(), canvas);
        press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(pp->dockWidget()->isVisible());
        QCOMPARE(QApplication::focusWidget(), view->fromChoice());
        QCOMPARE(view->from(), idOf(w.topology(), QStringLiteral("lab1/container1")));
        QCOMPARE(view->to(), idOf(w.topology(), QStringLiteral("lab2/container3")));
        QVERIFY2(view->verdict()->text().contains(QStringLiteral("reaches")),
                 qPrintable(view->verdict()->text()));
        QVERIFY(view->mtu()->text().contains(QStringLiteral("1500 − 50 = 1450")));
        const QString hops = view->hops()->toPlainText();
        for (const char *text : {"vxlan0", "VNI 100", "198.18.0.2"})
            QVERIFY2(hops.contains(QLatin1String(text)), text);
        QTableWidget *headers = view->headers();
        const auto explained = [headers](const QString &field) {
            for (int r = 0; r < headers->rowCount(); ++r) {
                if (headers->item(r, 1) && headers->item(r, 0)->text() == field)
                    return headers->item(r, 1)->text();
            }
            return QString();
        };
        QCOMPARE(explained(QStringLiteral("VNI")), QStringLiteral("100"));
        QCOMPARE(explained(QStringLiteral("Destination port")), QStringLiteral("4789"));
        QVERIFY(headers->isColumnHidden(2));
        // The canvas: the path stands out, the rest steps back.
        QCOMPARE(emphasisOf(QStringLiteral("lab1/container1")), Emphasis::Highlighted);
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br0")), Emphasis::Highlighted);
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br0 <-> lab2/br0")), Emphasis::Highlighted);
        QCOMPARE(emphasisOf(QStringLiteral("lab2/container3")), Emphasis::Highlighted);
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br1")), Emphasis::Faded);
        QCOMPARE(emphasisOf(QStringLiteral("lab1/container2")), Emphasis::Faded);

        // Another destination, by keyboard: Tab to "To", pick container4 (another VNI).
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->toChoice());
        while (view->to() != idOf(w.topology(), QStringLiteral("lab2/container4")))
            press(Qt::Key_Down);
        QVERIFY2(view->verdict()->text().startsWith(QStringLiteral("Dropped")),
                 qPrintable(view->verdict()->text()));
        QVERIFY(view->verdict()->text().contains(QStringLiteral("VNIs differ (100 and 200)")));
        QVERIFY(!view->captureButton()->isEnabled());
        press(Qt::Key_Up);
        QCOMPARE(view->to(), idOf(w.topology(), QStringLiteral("lab2/container3")));

        // Capture (Alt+C): the real packet's headers beside the explained ones.
        press(Qt::Key_C, Qt::AltModifier);
        QTRY_VERIFY(!headers->isColumnHidden(2));
        QVERIFY2(view->captureStatus()->text().contains(QStringLiteral("VNI 100 (taken from the "
                                                                       "packet")),
                 qPrintable(view->captureStatus()->text()));
        const QString ran = m_shells->steps(QStringLiteral("lab1")).join(QLatin1Char('\n'));
        QVERIFY(ran.contains(QStringLiteral("overlaystudio-capture 198.18.0.2 4789 container1 "
                                            "198.19.2.3")));
        bool vniCaptured = false;
        for (int r = 0; r < headers->rowCount(); ++r) {
            if (headers->item(r, 0)->text() == QLatin1String("VNI") && headers->item(r, 2)
                && headers->item(r, 2)->text() == QLatin1String("100"))
                vniCaptured = true;
        }
        QVERIFY(vniCaptured);
        QTest::qWait(100);
        QVERIFY(w.grab().save(QStringLiteral("packetpath.png")));

        // Save Capture (Alt+U) through the file dialog: a pcap Wireshark opens.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("ping.pcap"));
        QVERIFY(view->saveButton()->isEnabled());
        answerFileDialog(file);
        press(Qt::Key_U, Qt::AltModifier);
        QTRY_VERIFY(QFile::exists(file));
        QFile saved(file);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.read(4), QByteArray::fromHex("d4c3b2a1"));
        auto read = PcapFile::read(file);
        QVERIFY(read.ok());
        QCOMPARE(read.value().records.size(), std::size_t(1));
        auto decoded = decodeVxlan(read.value().records[0].data, read.value().linkType);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.value().vni, 100u);

        // Closing the panel puts the canvas back.
        pp->dockWidget()->close();
        QCOMPARE(emphasisOf(QStringLiteral("lab1/br1")), Emphasis::Normal);
    }

    // Opened with nothing selected, the panel follows a ping that crosses a tunnel (container1 to
    // container3), not the next container in the design (container2, another VNI: dropped). A
    // destination the user picks stays when the panel is closed and opened again.
    void packetPathOpensOnAPingAcrossATunnel()
    {
        MainWindow &w = window(QStringLiteral("lab-two-hosts.json"));
        PacketPathController *pp = w.teaching()->packetPath();
        PacketPathView *view = pp->view();
        QVERIFY(w.scene()->selectedIds().isEmpty());
        QCOMPARE(QApplication::focusWidget(), w.view());
        press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(pp->dockWidget()->isVisible());
        QCOMPARE(QApplication::focusWidget(), view->fromChoice());
        QCOMPARE(view->from(), idOf(w.topology(), QStringLiteral("lab1/container1")));
        QCOMPARE(view->to(), idOf(w.topology(), QStringLiteral("lab2/container3")));
        QVERIFY2(view->verdict()->text().contains(QStringLiteral("reaches")),
                 qPrintable(view->verdict()->text()));
        QVERIFY(view->captureButton()->isEnabled());

        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), view->toChoice());
        while (view->to() != idOf(w.topology(), QStringLiteral("lab2/container4")))
            press(Qt::Key_Down);
        auto *close = pp->dockWidget()->findChild<QAbstractButton *>(
            QStringLiteral("qt_dockwidget_closebutton"));
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!pp->dockWidget()->isVisible());
        w.view()->setFocus();
        press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(pp->dockWidget()->isVisible());
        QCOMPARE(view->from(), idOf(w.topology(), QStringLiteral("lab1/container1")));
        QCOMPARE(view->to(), idOf(w.topology(), QStringLiteral("lab2/container4")));
        pp->dockWidget()->close();
    }

    // The From/To choices (and Step Through's host choice) name every object as the design does
    // now: renames of a container or of its host show at once, and containers added while the panel
    // was closed are there when it opens.
    void packetPathChoicesFollowTheDesign()
    {
        MainWindow &w = window(QStringLiteral("lab-two-hosts.json"));
        PacketPathController *pp = w.teaching()->packetPath();
        PacketPathView *view = pp->view();
        const auto choices = [view] {
            QStringList names;
            for (int i = 0; i < view->fromChoice()->count(); ++i)
                names << view->fromChoice()->itemText(i);
            return names;
        };
        w.view()->setFocus();
        press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(pp->dockWidget()->isVisible());
        QVERIFY(choices().contains(QStringLiteral("lab1/container1")));
        const ObjectId container1 = idOf(w.topology(), QStringLiteral("lab1/container1"));
        const ObjectId lab2 = idOf(w.topology(), QStringLiteral("lab2"));
        w.undoStack()->push(new SetPropertyCommand(w.document(), container1, QStringLiteral("name"),
                                                   QStringLiteral("web")));
        w.undoStack()->push(new SetPropertyCommand(w.document(), lab2, QStringLiteral("name"),
                                                   QStringLiteral("east")));
        QCOMPARE(
            choices(),
            QStringList({QStringLiteral("lab1/web"), QStringLiteral("lab1/container2"),
                         QStringLiteral("east/container3"), QStringLiteral("east/container4")}));
        // Step Through's host choice follows the host's new name too.
        QComboBox *hosts = w.teaching()->stepThrough()->dock()->hostChoice();
        QCOMPARE(hosts->count(), 3);
        QCOMPARE(hosts->itemText(2), QStringLiteral("east"));
        // Closed, the panel does not follow; opened again, it shows what was added meanwhile.
        pp->dockWidget()->close();
        const Host &lab1 = *w.topology().host(idOf(w.topology(), QStringLiteral("lab1")));
        const ObjectId added = w.scene()->dropObject(
            ObjectKind::Container, lab1.position + QPointF(60, lab1.size.height() - 30));
        QVERIFY(added != kNoObject);
        w.view()->setFocus();
        press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        QVERIFY(choices().contains(w.topology().displayName(added)));
        QCOMPARE(choices().size(), 5);
        pp->dockWidget()->close();
    }

    void bothPanelsOpenEveryFieldHasANameAndNoAltKeyClashes()
    {
        MainWindow &w = window(QStringLiteral("lab-two-hosts.json"));
        press(Qt::Key_F10);
        w.scene()->selectObject(idOf(w.topology(), QStringLiteral("lab1/container1")));
        w.view()->setFocus();
        press(Qt::Key_P, Qt::ControlModifier | Qt::AltModifier);
        StepThroughController *st = w.teaching()->stepThrough();
        PacketPathController *pp = w.teaching()->packetPath();
        QVERIFY(st->dockWidget()->isVisible() && pp->dockWidget()->isVisible());
        // Screen readers: every field a user can reach has a name (buttons their text).
        for (QWidget *panel :
             {static_cast<QWidget *>(st->dock()), static_cast<QWidget *>(pp->view())}) {
            for (QWidget *child : panel->findChildren<QWidget *>()) {
                if (child->focusPolicy() == Qt::NoFocus || !child->isVisibleTo(panel)
                    || child->focusProxy() || qobject_cast<QPushButton *>(child))
                    continue;
                if (child->parentWidget()
                    && qobject_cast<QAbstractScrollArea *>(child->parentWidget()->parentWidget()))
                    continue; // a viewport: its view has the name
                QVERIFY2(!child->accessibleName().isEmpty(), child->metaObject()->className());
            }
        }
        // One Alt+letter does one thing: the menus', the buttons' and the fields' all differ.
        QHash<QChar, QString> taken;
        const auto take = [&taken](const QString &text) {
            const QChar key = mnemonic(text);
            if (key.isNull())
                return;
            QVERIFY2(
                !taken.contains(key),
                qPrintable(
                    QStringLiteral("Alt+%1: '%2' and '%3'").arg(key).arg(taken.value(key), text)));
            taken.insert(key, text);
        };
        for (QAction *menu : w.menuBar()->actions())
            take(menu->text());
        for (QWidget *panel :
             {static_cast<QWidget *>(st->dock()), static_cast<QWidget *>(pp->view())}) {
            for (QAbstractButton *b : panel->findChildren<QAbstractButton *>())
                take(b->text());
            for (QLabel *l : panel->findChildren<QLabel *>()) {
                if (l->buddy())
                    take(l->text());
            }
        }
        QVERIFY(taken.size() >= 14);
    }

    void thePanelsFollowALanguageChange()
    {
        MainWindow &w = window(QStringLiteral("lab-two-hosts.json"));
        StepThroughController *st = w.teaching()->stepThrough();
        PacketPathController *pp = w.teaching()->packetPath();
        press(Qt::Key_F10);
        QCOMPARE(st->dock()->nextButton()->text(), QStringLiteral("&Next"));
        ShoutingTranslator shouting;
        QCoreApplication::installTranslator(&shouting);
        QCoreApplication::processEvents();
        QCOMPARE(st->dock()->nextButton()->text(), QStringLiteral("&NEXT"));
        QCOMPARE(st->dock()->startButton()->text(), QStringLiteral("&START"));
        QCOMPARE(st->dock()->hostChoice()->itemText(0), QStringLiteral("ALL HOSTS, IN TURN"));
        QCOMPARE(st->dockWidget()->windowTitle(), QStringLiteral("STEP THROUGH"));
        QCOMPARE(st->action()->text(), QStringLiteral("STEP &THROUGH DEPLOY..."));
        QCOMPARE(pp->dockWidget()->windowTitle(), QStringLiteral("PACKET PATH"));
        QCOMPARE(pp->view()->captureButton()->text(), QStringLiteral("&CAPTURE A PING"));
        QCOMPARE(pp->view()->headers()->horizontalHeaderItem(0)->text(), QStringLiteral("FIELD"));
        QCOMPARE(w.teaching()->exportGuideAction()->text(), QStringLiteral("EXPORT LAB &GUIDE..."));
        QCoreApplication::removeTranslator(&shouting);
        QCoreApplication::processEvents();
        QCOMPARE(st->dock()->nextButton()->text(), QStringLiteral("&Next"));
        QCOMPARE(st->dockWidget()->windowTitle(), QStringLiteral("Step Through"));
    }

    void exportLabGuideFromTheFileMenu()
    {
        MainWindow &w = window(QStringLiteral("seed-two-hosts.json"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("seed.md"));
        answerFileDialog(file);
        // Alt+F, then G for Export Lab Guide.
        press(Qt::Key_F, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        press(Qt::Key_G);
        QTRY_VERIFY(QFile::exists(file));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("seed-images/diagram.png"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("seed-images/diagram.svg"))));
        QFile md(file);
        QVERIFY(md.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(md.readAll());
        QVERIFY(
            text.contains(QStringLiteral("![Topology seed-two-hosts](seed-images/diagram.png)")));
        QVERIFY(text.contains(QStringLiteral("## Step 1: build host1 (192.168.0.8)")));
        QImage diagram(dir.filePath(QStringLiteral("seed-images/diagram.png")));
        QVERIFY(!diagram.isNull() && diagram.width() > 400);
        // Nothing was deployed for it.
        QCOMPARE(m_shells->shellsMade(), 0);
        Q_UNUSED(w);
    }
};

QTEST_MAIN(TestTeach)
#include "tst_teach.moc"
