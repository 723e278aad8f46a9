#pragma once

#include "engine/deployengine.h"
#include "teach/pingcapture.h"

#include "model/topologydocument.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace studio {

class DeployController;
class PacketPathView;
class TopologyScene;

// Show Packet Path: follows one ping between the containers selected on the canvas (or the ends
// of a selected link) in the Packet Path panel, highlights its way on the canvas, and captures it
// for real on a deployed topology (tcpdump over SSH, off the GUI thread), to be saved as .pcap.
class PacketPathController : public QObject
{
    Q_OBJECT

public:
    PacketPathController(QMainWindow *window, TopologyDocument *document, TopologyScene *scene,
                         DeployController *deploy);

    QAction *action() const { return m_action; }
    PacketPathView *view() const { return m_view; }
    QDockWidget *dockWidget() const { return m_dockWidget; }
    PingCapture *capture() const { return m_capture; }

    // The path for the canvas's selection: two containers, one link, or one container (to the
    // one chosen before).
    void showForSelection();
    // The language changed: the action, the panel's title and the path's explanations follow.
    void retranslate();
    void show(ObjectId from, ObjectId to);
    void startCapture();
    bool saveCapture(const QString &path);

signals:
    void message(const QString &text);

private:
    void refresh();
    void fillChoices();
    void emphasize();
    void captured(const CaptureOutcome &outcome);

    QMainWindow *m_window;
    TopologyDocument *m_document;
    TopologyScene *m_scene;
    DeployController *m_deploy;
    PacketPathView *m_view;
    QDockWidget *m_dockWidget;
    QAction *m_action;
    PingCapture *m_capture;
    std::optional<CaptureOutcome> m_lastCapture;
    bool m_emphasized = false;
    bool m_choicesStale = true;
    bool m_userChosePair = false; // From or To picked by hand: opening the panel keeps them
};

} // namespace studio
