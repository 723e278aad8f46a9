#pragma once

#include "model/ids.h"

#include <QObject>

class QListWidget;

namespace studio {

class CanvasView;
class TopologyScene;

// The palette without a mouse: Enter (or a double-click) on an entry adds that object, a host
// in the middle of the visible canvas, a bridge or container inside the selected host (or the
// host of the selected object), and selects it, ready for the properties.
class PaletteInserter : public QObject
{
    Q_OBJECT

public:
    PaletteInserter(QListWidget *palette, TopologyScene *scene, CanvasView *view);

    ObjectId insert(const QString &kind);

private:
    TopologyScene *m_scene;
    CanvasView *m_view;
};

} // namespace studio
