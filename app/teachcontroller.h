#pragma once

#include "model/topologydocument.h"

#include <QObject>

class QAction;
class QMainWindow;

namespace studio {

class DeployController;
class PacketPathController;
class StepThroughController;
class TopologyScene;

// What a classroom needs, assembled for the main window: Step Through Deploy, Show Packet Path
// (with its capture) and Export Lab Guide.
class TeachController : public QObject
{
    Q_OBJECT

public:
    TeachController(QMainWindow *window, TopologyDocument *document, TopologyScene *scene,
                    DeployController *deploy);

    StepThroughController *stepThrough() const { return m_stepThrough; }
    PacketPathController *packetPath() const { return m_packetPath; }
    QAction *exportGuideAction() const { return m_exportGuide; }

    // The language changed: actions and panel titles follow.
    void retranslate();

    // Writes the guide (.md with its images beside it, or .html) and says so in the status bar.
    bool exportGuide(const QString &path);

signals:
    void message(const QString &text);

private:
    QMainWindow *m_window;
    TopologyDocument *m_document;
    TopologyScene *m_scene;
    StepThroughController *m_stepThrough;
    PacketPathController *m_packetPath;
    QAction *m_exportGuide;
};

} // namespace studio
