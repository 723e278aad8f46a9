#pragma once

#include <QGraphicsView>

namespace studio {

class TopologyScene;

// Shows a TopologyScene: wheel zoom around the cursor, fit to view, and a legend of VNI colours.
class CanvasView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit CanvasView(TopologyScene *scene, QWidget *parent = nullptr);

    void fitAll();
    void setZoom(qreal zoom); // the user's choice: stops keeping the diagram fitted
    // What a drop of a palette entry does ("host", "bridge", "container"), also for tests.
    void dropKind(const QString &kind, const QPoint &viewportPos);
    static QString mimeType() { return QStringLiteral("application/x-overlaystudio-kind"); }
    qreal zoom() const { return transform().m11(); }

signals:
    void zoomChanged(qreal zoom);
    // A right click: what was under it is selected by now; the owner shows its menu.
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    TopologyScene *m_scene;
    bool m_autoFit = true; // keep the diagram fitted until the user zooms
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace studio
