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
    qreal zoom() const { return transform().m11(); }

signals:
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    TopologyScene *m_scene;
};

} // namespace studio
