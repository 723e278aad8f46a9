#include "diagramexport.h"

#include "canvasstyle.h"

#include "topologyscene.h"

#include <QGraphicsItem>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgGenerator>

namespace studio {

class DiagramExport
{
    Q_DECLARE_TR_FUNCTIONS(studio::DiagramExport)
};

Status exportDiagram(TopologyScene *scene, const QString &path)
{
    scene->flush();
    const QList<QGraphicsItem *> selected = scene->selectedItems();
    scene->clearSelection();  // selection outlines are not part of the diagram
    scene->setPrinting(true); // nor are connect handles and resize grips
    const QRectF bounds = scene->diagramRect().adjusted(-24, -24, 24, 24);
    // The canvas's own background, so the picture reads as it does on screen, light or dark.
    const QColor background = canvasstyle::canvasBackground(canvasstyle::palette());
    // Cached items would be drawn as bitmaps: export real shapes and text.
    QHash<QGraphicsItem *, QGraphicsItem::CacheMode> caches;
    for (QGraphicsItem *item : scene->items()) {
        if (item->cacheMode() != QGraphicsItem::NoCache) {
            caches.insert(item, item->cacheMode());
            item->setCacheMode(QGraphicsItem::NoCache);
        }
    }
    bool ok = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(bounds.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), bounds.size()));
        svg.setTitle(scene->topology().name);
        svg.setDescription(DiagramExport::tr("Overlay network drawn with OverlayStudio"));
        QPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            painter.fillRect(QRectF(QPointF(0, 0), bounds.size()), background);
            scene->render(&painter, QRectF(QPointF(0, 0), bounds.size()), bounds);
            ok = painter.end();
        }
    } else {
        QImage image((bounds.size() * 2).toSize(), QImage::Format_ARGB32);
        image.fill(background);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(image.rect()), bounds);
        painter.end();
        ok = image.save(path);
    }
    for (auto it = caches.cbegin(); it != caches.cend(); ++it)
        it.key()->setCacheMode(it.value());
    scene->setPrinting(false);
    for (QGraphicsItem *item : selected)
        item->setSelected(true);
    if (!ok)
        return Error{
            path, DiagramExport::tr("could not be written."),
            DiagramExport::tr("Choose a folder you may write to, and a .png or .svg name.")};
    return success();
}

} // namespace studio
