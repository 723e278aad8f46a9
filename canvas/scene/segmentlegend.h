#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractScrollArea;

namespace studio {

class TopologyScene;

// The legend of segment colours ("VNI 100" in its colour), floating over the canvas's corner. It
// follows the scene's VNIs as they change, can be dragged anywhere over the canvas by its title,
// and the view keeps the diagram out from under it when fitting.
class SegmentLegend : public QWidget
{
    Q_OBJECT

public:
    SegmentLegend(TopologyScene *scene, QAbstractScrollArea *view);

    // Where it sits over the canvas: its offset from the viewport's top-right corner, kept as the
    // view resizes.
    void place();
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    // Its tooltip and accessible name, in the current language and for what it shows.
    void updateTexts();

    QPointer<TopologyScene> m_scene;
    QWidget *m_viewport;
    QPoint m_offset{10, 10}; // from the viewport's top-right corner to ours
    QPoint m_dragFrom;
    bool m_dragging = false;
};

} // namespace studio
