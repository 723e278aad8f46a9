#include "canvasview.h"

#include "canvasstyle.h"
#include "topologyscene.h"

#include <QContextMenuEvent>
#include <QGraphicsItem>
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
    setBackgroundBrush(palette().color(QPalette::Base));
    connect(this, &CanvasView::zoomChanged, scene, &TopologyScene::setZoom);
}

void CanvasView::fitAll()
{
    m_autoFit = true;
    const QRectF bounds = m_scene->itemsBoundingRect().adjusted(-40, -40, 40, 40);
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5) // a tiny diagram stays readable, not huge
        setTransform(QTransform::fromScale(1.5, 1.5));
    emit zoomChanged(zoom());
}

void CanvasView::setZoom(qreal next)
{
    m_autoFit = false;
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
    if (event->button() == Qt::LeftButton)
        setRenderHint(QPainter::Antialiasing, true);
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

void CanvasView::drawForeground(QPainter *painter, const QRectF &)
{
    const QList<quint32> vnis = m_scene->vnis();
    if (vnis.isEmpty())
        return;
    // The legend sits in the viewport's corner, whatever the zoom.
    painter->save();
    painter->resetTransform();
    QFont f = font();
    f.setPixelSize(12);
    painter->setFont(f);
    const int row = 18;
    const QRect box(viewport()->width() - 130, 10, 120, 24 + row * int(vnis.size()));
    painter->setPen(QPen(palette().color(QPalette::Mid)));
    painter->setBrush(palette().color(QPalette::Window));
    painter->drawRoundedRect(box, 6, 6);
    painter->setPen(palette().color(QPalette::Text));
    painter->drawText(box.adjusted(10, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("Segments"));
    for (int i = 0; i < vnis.size(); ++i) {
        const int y = box.top() + 24 + i * row;
        painter->setPen(QPen(m_scene->colorOf(vnis[i]), 3, Qt::DashLine));
        painter->drawLine(box.left() + 10, y + 8, box.left() + 40, y + 8);
        painter->setPen(palette().color(QPalette::Text));
        painter->drawText(QRect(box.left() + 48, y, 70, row), Qt::AlignLeft | Qt::AlignVCenter,
                          tr("VNI %1").arg(vnis[i]));
    }
    painter->restore();
}

} // namespace studio
