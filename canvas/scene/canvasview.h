#pragma once

#include <QGraphicsView>

namespace studio {

class SegmentLegend;
class TopologyScene;

// Shows a TopologyScene: wheel zoom around the cursor, panning, fit to view (centred, and clear
// of the floating legend of VNI colours).
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
    SegmentLegend *legend() const { return m_legend; }

signals:
    void zoomChanged(qreal zoom);
    // A right click: what was under it is selected by now; the owner shows its menu.
    void contextMenuRequested(const QPoint &globalPos, const QPointF &scenePos);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
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

private:
    void allowPanning();
    void followDiagram();

    TopologyScene *m_scene;
    SegmentLegend *m_legend;
    bool m_autoFit = true; // keep the diagram fitted until the user zooms
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace studio
