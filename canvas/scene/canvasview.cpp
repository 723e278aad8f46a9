#include "canvasview.h"

#include "canvasstyle.h"
#include "segmentlegend.h"
#include "topologyscene.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QWheelEvent>

namespace studio {

CanvasView::CanvasView(TopologyScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_scene(scene)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setAcceptDrops(true);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    // Every item sets the pen, brush and font it paints with.
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setBackgroundBrush(canvasstyle::canvasBackground(palette()));
    connect(this, &CanvasView::zoomChanged, scene, &TopologyScene::setZoom);
    setAccessibleName(tr("Canvas"));
    m_legend = new SegmentLegend(scene, this);
    m_legend->installEventFilter(this); // it grows when monitoring starts: fit around it again
    // The diagram grew past what can be scrolled to (a drop, a paste, a drag out of view).
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (!(QGuiApplication::mouseButtons() & Qt::LeftButton))
            followDiagram();
    });
}

void CanvasView::followDiagram()
{
    if (sceneRect().contains(m_scene->diagramRect()))
        return;
    if (m_autoFit)
        fitAll();
    else
        allowPanning();
}

void CanvasView::fitAll()
{
    m_autoFit = true;
    const QRectF bounds = m_scene->diagramRect().adjusted(-30, -30, 30, 30);
    if (bounds.isEmpty())
        return;
    // The diagram goes into the part of the canvas the legend leaves free, centred there.
    const QRect area = viewport()->rect();
    const int legend = m_legend->isVisible() ? m_legend->width() + 10 : 0;
    const qreal free = std::max(1, area.width() - legend);
    // A tiny diagram stays readable, not huge.
    const qreal scale
        = std::min({free / bounds.width(), area.height() / bounds.height(), qreal(1.5)});
    setTransform(QTransform::fromScale(scale, scale));
    // Exactly the visible area as the scrollable area: centred, whatever the scene once held.
    const QSizeF visible(area.width() / scale, area.height() / scale);
    const QPointF centre = bounds.center() + QPointF(legend / 2.0 / scale, 0);
    setSceneRect(QRectF(centre - QPointF(visible.width() / 2, visible.height() / 2), visible));
    emit zoomChanged(zoom());
}

bool CanvasView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_legend && m_autoFit
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show
            || event->type() == QEvent::Hide))
        fitAll(); // the diagram keeps to the part the legend leaves free
    return QGraphicsView::eventFilter(watched, event);
}

void CanvasView::allowPanning()
{
    // Room to scroll around the diagram by a viewport in every direction.
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const QRectF diagram = m_scene->diagramRect().adjusted(-visible.width(), -visible.height(),
                                                           visible.width(), visible.height());
    setSceneRect(diagram | visible);
}

void CanvasView::setZoom(qreal next)
{
    m_autoFit = false;
    allowPanning();
    next = std::clamp(next, 0.05, 8.0);
    scale(next / zoom(), next / zoom());
    emit zoomChanged(zoom());
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    setZoom(zoom() * std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void CanvasView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitAll();
}

// Panning: middle button, or left button while Space is held.
void CanvasView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    // While something is dragged, frames come fast and lines need no smoothing: drawing without
    // antialiasing keeps a drag fluid on large diagrams. It comes back on release.
    if (event->button() == Qt::LeftButton)
        setRenderHint(QPainter::Antialiasing, false);
    QGraphicsView::mousePressEvent(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        if (m_autoFit) {
            m_autoFit = false;
            allowPanning();
        }
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        m_autoFit = false;
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_panning = false;
        viewport()->setCursor(m_spaceHeld ? Qt::OpenHandCursor : Qt::ArrowCursor);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton) {
        setRenderHint(QPainter::Antialiasing, true);
        followDiagram();
    }
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        viewport()->setCursor(Qt::OpenHandCursor);
        return;
    }
    // Arrows nudge the selection by a grid step, or by one point with Shift.
    const qreal step = event->modifiers() & Qt::ShiftModifier ? 1 : TopologyScene::kGrid;
    QPointF delta;
    switch (event->key()) {
    case Qt::Key_Left:
        delta = {-step, 0};
        break;
    case Qt::Key_Right:
        delta = {step, 0};
        break;
    case Qt::Key_Up:
        delta = {0, -step};
        break;
    case Qt::Key_Down:
        delta = {0, step};
        break;
    default:
        break;
    }
    if (event->key() == Qt::Key_Escape) {
        if (!m_scene->cancelGesture())
            m_scene->clearSelection();
        event->accept();
        return;
    }
    const bool plain = !(event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
    if (!delta.isNull() && plain && !m_scene->selectedItems().isEmpty()) {
        m_scene->nudgeSelection(delta);
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void CanvasView::contextMenuEvent(QContextMenuEvent *event)
{
    // Like a left click, a right click selects what it is on, unless that is already selected
    // (so a menu can act on a whole selection).
    const QPointF scenePos = mapToScene(event->pos());
    const ObjectId target = m_scene->objectAt(scenePos);
    if (target == kNoObject)
        m_scene->clearSelection();
    else if (!m_scene->itemFor(target)->isSelected())
        m_scene->selectObject(target);
    emit contextMenuRequested(event->globalPos(), scenePos);
    event->accept();
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        viewport()->setCursor(Qt::ArrowCursor);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void CanvasView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
}

void CanvasView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(mimeType()))
        event->acceptProposedAction();
}

void CanvasView::dropEvent(QDropEvent *event)
{
    if (!event->mimeData()->hasFormat(mimeType()))
        return;
    dropKind(QString::fromUtf8(event->mimeData()->data(mimeType())), event->position().toPoint());
    event->acceptProposedAction();
}

void CanvasView::dropKind(const QString &kind, const QPoint &viewportPos)
{
    const ObjectKind k = kind == QLatin1String("host")     ? ObjectKind::Host
                         : kind == QLatin1String("bridge") ? ObjectKind::Bridge
                                                           : ObjectKind::Container;
    const ObjectId id = m_scene->dropObject(k, mapToScene(viewportPos));
    if (id != kNoObject)
        m_scene->selectObject(id);
}

} // namespace studio
