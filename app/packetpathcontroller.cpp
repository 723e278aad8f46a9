#include "packetpathcontroller.h"

#include "deploycontroller.h"
#include "packetpathview.h"
#include "showwide.h"

#include "scene/topologyscene.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QGraphicsView>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>

namespace studio {

PacketPathController::PacketPathController(QMainWindow *window, TopologyDocument *document,
                                           TopologyScene *scene, DeployController *deploy)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_scene(scene)
    , m_deploy(deploy)
    , m_view(new PacketPathView(window))
    , m_capture(new PingCapture(this))
{
    m_dockWidget = new QDockWidget(window);
    m_dockWidget->setObjectName(QStringLiteral("packetPathDock"));
    m_dockWidget->setWidget(m_view);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dockWidget);
    m_dockWidget->hide();
    connect(m_dockWidget, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible) {
            fillChoices();
            refresh();
        } else if (!m_dockWidget->isVisible() && m_emphasized) {
            m_scene->clearEmphasis();
            m_emphasized = false;
        }
    });

    m_action = new QAction(this);
    m_action->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_P);
    retranslate();
    connect(m_action, &QAction::triggered, this, &PacketPathController::showForSelection);

    connect(m_view, &PacketPathView::pairChosen, this, [this] {
        m_userChosePair = true;
        refresh();
    });
    connect(m_view, &PacketPathView::hopActivated, this, [this](ObjectId id) {
        m_scene->selectObject(id);
        if (QGraphicsItem *item = m_scene->itemFor(id)) {
            for (QGraphicsView *v : m_scene->views())
                v->ensureVisible(item);
        }
    });
    connect(m_view, &PacketPathView::captureRequested, this, &PacketPathController::startCapture);
    connect(m_view, &PacketPathView::saveRequested, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Save Capture"),
            QStringLiteral("%1-ping.pcap").arg(m_document->topology().name),
            tr("Packet capture (*.pcap)"));
        if (!path.isEmpty())
            saveCapture(path);
    });
    connect(m_capture, &PingCapture::finished, this, &PacketPathController::captured);

    // The container choices list every container: refilled only while someone looks at them
    // (on a 2,000-container design that costs more than the edit that changed them).
    const auto changed = [this] {
        m_choicesStale = true;
        m_action->setEnabled(m_document->topology().containers().size() >= 2);
        if (m_dockWidget->isVisible()) {
            fillChoices();
            refresh();
        }
    };
    connect(document, &TopologyDocument::modelReset, this, [this, changed] {
        m_userChosePair = false; // another design
        changed();
    });
    connect(document, &TopologyDocument::objectAdded, this, changed);
    connect(document, &TopologyDocument::objectRemoved, this, changed);
    connect(document, &TopologyDocument::objectChanged, this,
            [this](ObjectId id, const QString &key) {
                // A container's choice reads "host/container": either name may change.
                if (!m_choicesStale && key == QLatin1String("name")) {
                    const Topology &t = m_document->topology();
                    for (const Container &c : t.containers()) {
                        if (c.id == id || c.host == id)
                            m_view->rename(c.id, t.displayName(c.id));
                    }
                }
                if (m_dockWidget->isVisible())
                    refresh();
            });
    changed();
}

void PacketPathController::fillChoices()
{
    if (!m_choicesStale)
        return;
    m_choicesStale = false;
    m_view->setTopology(m_document->topology());
}

void PacketPathController::retranslate()
{
    m_dockWidget->setWindowTitle(tr("Packet Path"));
    m_action->setText(tr("Show &Packet Path"));
    m_action->setToolTip(tr("Follow one ping between the selected containers (or across the "
                            "selected link): every hop, header and byte"));
    // The path's explanations are written in the language of the moment; a capture stays.
    if (m_dockWidget->isVisible()) {
        const std::optional<CaptureOutcome> capture = m_lastCapture;
        refresh();
        if (capture) {
            m_lastCapture = capture;
            m_view->showCapture(*capture);
        }
    }
}

void PacketPathController::showForSelection()
{
    fillChoices();
    const Topology &t = m_document->topology();
    const QList<ObjectId> selected = m_scene->selectedIds();
    // In the design's order (a selection has none): the same two always give the same path.
    QList<ObjectId> containers;
    for (const Container &c : t.containers()) {
        if (selected.contains(c.id))
            containers << c.id;
    }
    if (selected.size() == 1 && t.link(selected.first())) {
        const auto path = tracePacketOverLink(t, selected.first());
        if (!path) {
            emit message(path.error().toString());
            m_view->showPath(path);
        } else {
            m_view->choose(path.value().from, path.value().to);
        }
    } else if (containers.size() == 2) {
        m_view->choose(containers[0], containers[1]);
    } else {
        // Unless the user chose where to: a ping that crosses a tunnel, not whichever container
        // comes next in the design (often another segment's, whose ping is dropped).
        const ObjectId from = containers.size() == 1 ? containers.first() : m_view->from();
        ObjectId to = m_view->to();
        if (!m_userChosePair || to == from) {
            if (const ObjectId peer = suggestedPeer(t, from); peer != kNoObject)
                to = peer;
        }
        m_view->choose(from, to);
    }
    showWide(m_window, m_dockWidget, 540);
    refresh();
    m_view->fromChoice()->setFocus(Qt::ShortcutFocusReason);
}

void PacketPathController::show(ObjectId from, ObjectId to)
{
    fillChoices();
    m_view->choose(from, to);
    showWide(m_window, m_dockWidget, 540);
    refresh();
}

void PacketPathController::refresh()
{
    m_lastCapture.reset();
    m_view->showPath(tracePacket(m_document->topology(), m_view->from(), m_view->to()));
    emphasize();
}

void PacketPathController::emphasize()
{
    const Topology &t = m_document->topology();
    m_scene->clearEmphasis();
    m_emphasized = false;
    if (!m_view->path() || !m_dockWidget->isVisible())
        return;
    const std::vector<ObjectId> on = m_view->path()->objects();
    // The path stands out; the rest of the network steps back.
    for (const Bridge &b : t.bridges())
        m_scene->setEmphasis(b.id, Emphasis::Faded);
    for (const Container &c : t.containers())
        m_scene->setEmphasis(c.id, Emphasis::Faded);
    for (const VxlanLink &l : t.links())
        m_scene->setEmphasis(l.id, Emphasis::Faded);
    for (ObjectId id : on)
        m_scene->setEmphasis(id, Emphasis::Highlighted);
    m_emphasized = true;
}

void PacketPathController::startCapture()
{
    if (!m_view->path() || m_capture->isRunning())
        return;
    const Topology &t = m_document->topology();
    auto request = captureRequestFor(t, *m_view->path());
    if (!request) {
        m_view->showCapture({false, request.error().toString(), {}, {}});
        return;
    }
    const Host *host = nullptr;
    for (const Host &h : t.hosts()) {
        if (h.name == request.value().host)
            host = &h;
    }
    if (!host)
        return;
    const DeployOptions options = m_deploy->connectionOptions();
    m_view->showCapturing(
        tr("Capturing on %1: tcpdump on its underlay, then one ping from %2 "
           "to %3...")
            .arg(host->name, request.value().container, request.value().destination));
    m_capture->start(*host, request.value(), options);
}

void PacketPathController::captured(const CaptureOutcome &outcome)
{
    m_capture->waitForFinished();
    m_lastCapture = outcome;
    m_view->showCapture(outcome);
}

bool PacketPathController::saveCapture(const QString &path)
{
    if (!m_lastCapture || !m_lastCapture->ok || m_lastCapture->result.echoRequest < 0)
        return false;
    if (auto saved = m_lastCapture->result.echoRequestOnly().write(path); !saved) {
        QMessageBox::warning(m_window, tr("Cannot save the capture"), saved.error().toString());
        return false;
    }
    emit message(tr("Saved the captured packet to %1 (open it with Wireshark).")
                     .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace studio
