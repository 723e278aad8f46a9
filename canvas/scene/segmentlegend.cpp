#include "segmentlegend.h"

#include "canvasstyle.h"

#include "topologyscene.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

namespace studio {

namespace {
constexpr int kRow = 18;
constexpr int kTitle = 24;
} // namespace

SegmentLegend::SegmentLegend(TopologyScene *scene, QAbstractScrollArea *view)
    : QWidget(view)
    , m_scene(scene)
    , m_viewport(view->viewport())
{
    retranslate();
    setCursor(Qt::OpenHandCursor);
    connect(scene, &TopologyScene::vnisChanged, this, &SegmentLegend::refresh);
    // A child of the view, not of its viewport: scrolling moves the viewport's children.
    m_viewport->installEventFilter(this);
    refresh();
}

void SegmentLegend::retranslate()
{
    setAccessibleName(tr("Segments legend"));
    setToolTip(tr("The colour of each VXLAN segment. Drag it anywhere over the canvas."));
}

QSize SegmentLegend::sizeHint() const
{
    const int rows = m_scene ? int(m_scene->vnis().size()) : 0;
    QFont f = font();
    f.setPixelSize(12);
    const QFontMetrics metrics(f);
    int text = metrics.horizontalAdvance(tr("Segments"));
    if (m_scene) {
        for (quint32 vni : m_scene->vnis())
            text = std::max(text, 48 + metrics.horizontalAdvance(tr("VNI %1").arg(vni)));
    }
    return QSize(text + 20, kTitle + kRow * rows + 4);
}

void SegmentLegend::refresh()
{
    const bool any = m_scene && !m_scene->vnis().isEmpty();
    setVisible(any);
    if (!any)
        return;
    resize(sizeHint());
    place();
    update();
}

void SegmentLegend::place()
{
    const QWidget *viewport = m_viewport;
    QPoint topLeft(viewport->width() - m_offset.x() - width(), m_offset.y());
    // Always wholly inside the canvas, however small it gets.
    topLeft.setX(std::clamp(topLeft.x(), 0, std::max(0, viewport->width() - width())));
    topLeft.setY(std::clamp(topLeft.y(), 0, std::max(0, viewport->height() - height())));
    move(viewport->geometry().topLeft() + topLeft);
    raise();
}

bool SegmentLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        place();
    return QWidget::eventFilter(watched, event);
}

void SegmentLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        resize(sizeHint());
        place();
    }
    QWidget::changeEvent(event);
}

void SegmentLegend::paintEvent(QPaintEvent *)
{
    if (!m_scene)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setPixelSize(12);
    painter.setFont(f);
    const QRect box = rect().adjusted(0, 0, -1, -1);
    painter.setPen(QPen(canvasstyle::legendFrame(palette())));
    painter.setBrush(canvasstyle::legendFill(palette()));
    painter.drawRoundedRect(box, 6, 6);
    painter.setPen(canvasstyle::legendText(palette()));
    f.setBold(true);
    painter.setFont(f);
    painter.drawText(box.adjusted(10, 4, 0, 0), Qt::AlignLeft | Qt::AlignTop, tr("Segments"));
    f.setBold(false);
    painter.setFont(f);
    const QList<quint32> vnis = m_scene->vnis();
    for (int i = 0; i < vnis.size(); ++i) {
        const int y = kTitle + i * kRow;
        painter.setPen(QPen(m_scene->colorOf(vnis[i]), 3, Qt::DashLine));
        painter.drawLine(10, y + 8, 40, y + 8);
        painter.setPen(canvasstyle::legendText(palette()));
        painter.drawText(QRect(48, y, width() - 52, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("VNI %1").arg(vnis[i]));
    }
}

void SegmentLegend::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    m_dragFrom = event->position().toPoint();
    setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void SegmentLegend::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseMoveEvent(event);
    const QWidget *viewport = m_viewport;
    const QPoint topLeft
        = mapToParent(event->position().toPoint() - m_dragFrom) - viewport->geometry().topLeft();
    m_offset = QPoint(viewport->width() - topLeft.x() - width(), topLeft.y());
    place();
    event->accept();
}

void SegmentLegend::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    setCursor(Qt::OpenHandCursor);
    event->accept();
}

} // namespace studio
