#include "paletteinserter.h"

#include "scene/canvasview.h"
#include "scene/topologyscene.h"

#include <QListWidget>

namespace studio {

PaletteInserter::PaletteInserter(QListWidget *palette, TopologyScene *scene, CanvasView *view)
    : QObject(palette)
    , m_scene(scene)
    , m_view(view)
{
    connect(palette, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { insert(item->data(Qt::UserRole).toString()); });
}

ObjectId PaletteInserter::insert(const QString &kind)
{
    const Topology &t = m_scene->topology();
    const QPointF centre = m_view->mapToScene(m_view->viewport()->rect().center());
    ObjectId added = kNoObject;
    if (kind == QLatin1String("host")) {
        // Cascade, so hosts added one after another do not hide each other.
        const QPointF step(30, 30);
        added = m_scene->dropObject(ObjectKind::Host, centre + step * qreal(t.hosts().size() % 8)
                                                          - QPointF(200, 120));
    } else if (kind == QLatin1String("bridge") || kind == QLatin1String("container")) {
        // The host: the selected one, or the one the selected object lives on.
        ObjectId host = kNoObject;
        const QList<ObjectId> selected = m_scene->selectedIds();
        if (!selected.isEmpty()) {
            const ObjectId id = selected.first();
            if (t.host(id))
                host = id;
            else if (const Bridge *b = t.bridge(id))
                host = b->host;
            else if (const Container *c = t.container(id))
                host = c->host;
        }
        const Host *h = t.host(host);
        if (!h) {
            emit m_scene->message(tr("Select a host first: bridges and containers are added "
                                     "inside the selected host."));
            return kNoObject;
        }
        const bool bridge = kind == QLatin1String("bridge");
        const int siblings = int(bridge ? t.bridgesOf(host).size() : t.containersOf(host).size());
        // Bridges to the right, containers to the left, one under the other, as the guide draws.
        const QPointF at
            = h->position
              + QPointF(h->size.width() * (bridge ? 0.7 : 0.25), 70 + 60 * (siblings % 4));
        added = m_scene->dropObject(bridge ? ObjectKind::Bridge : ObjectKind::Container, at);
    }
    if (added != kNoObject)
        m_scene->selectObject(added);
    return added;
}

} // namespace studio
