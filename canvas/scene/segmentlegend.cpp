#include "segmentlegend.h"

#include "canvasstyle.h"
#include "livestate.h"
#include "topologyscene.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QMouseEvent>
#include <QPainter>

namespace studio {

namespace {
constexpr int kRow = 18;
constexpr int kTitle = 24;

// While monitoring marks show: what a link's width and colour mean, and the state dots.
struct LiveRow
{
    enum Kind { Traffic, Broken, State } kind;
    double bitsPerSecond;
    LiveState state;
    const char *text;
};
const LiveRow kLiveRows[] = {
    {LiveRow::Traffic, 1.001e3, LiveState::None,
     QT_TRANSLATE_NOOP("studio::SegmentLegend", "1 kb/s or less")},
    {LiveRow::Traffic, 1e6, LiveState::None, QT_TRANSLATE_NOOP("studio::SegmentLegend", "1 Mb/s")},
    {LiveRow::Traffic, 1e9, LiveState::None, QT_TRANSLATE_NOOP("studio::SegmentLegend", "1 Gb/s")},
    {LiveRow::Broken, 0, LiveState::None,
     QT_TRANSLATE_NOOP("studio::SegmentLegend", "broken: pings fail")},
    {LiveRow::State, 0, LiveState::Up, QT_TRANSLATE_NOOP("studio::SegmentLegend", "up")},
    {LiveRow::State, 0, LiveState::Degraded,
     QT_TRANSLATE_NOOP("studio::SegmentLegend", "degraded, losing pings")},
    {LiveRow::State, 0, LiveState::Down,
     QT_TRANSLATE_NOOP("studio::SegmentLegend", "down, unreachable")},
    {LiveRow::State, 0, LiveState::NotApplied,
     QT_TRANSLATE_NOOP("studio::SegmentLegend", "unknown, not applied")},
};
constexpr int kLiveRowCount = int(sizeof(kLiveRows) / sizeof(kLiveRows[0]));
} // namespace

SegmentLegend::SegmentLegend(TopologyScene *scene, QAbstractScrollArea *view)
    : QWidget(view)
    , m_scene(scene)
    , m_viewport(view->viewport())
{
    setCursor(Qt::OpenHandCursor);
    connect(scene, &TopologyScene::vnisChanged, this, &SegmentLegend::refresh);
    connect(scene, &TopologyScene::liveChanged, this, &SegmentLegend::refresh);
    // A child of the view, not of its viewport: scrolling moves the viewport's children.
    m_viewport->installEventFilter(this);
    refresh();
}

void SegmentLegend::updateTexts()
{
    setAccessibleName(tr("Segments legend"));
    setToolTip(m_scene && m_scene->isLive()
                   ? tr("The colour of each VXLAN segment, and what monitoring shows: a link's "
                        "width and colour are its traffic now, a red crossed-out link loses "
                        "every ping, a dot is an object's state. Drag it anywhere over the canvas.")
                   : tr("The colour of each VXLAN segment. Drag it anywhere over the canvas."));
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
    int height = kTitle + kRow * rows + 4;
    if (m_scene && m_scene->isLive()) {
        for (const LiveRow &row : kLiveRows)
            text = std::max(text, 48 + metrics.horizontalAdvance(tr(row.text)));
        height += kTitle + kRow * kLiveRowCount;
    }
    return QSize(text + 20, height);
}

void SegmentLegend::refresh()
{
    updateTexts();
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
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        updateTexts();
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
    if (!m_scene->isLive())
        return;
    // Monitoring: traffic by width and colour, broken links, and the state dots.
    const int top = kTitle + int(vnis.size()) * kRow + 2;
    f.setBold(true);
    painter.setFont(f);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(10, top + 4, width() - 14, kTitle - 4), Qt::AlignLeft | Qt::AlignTop,
                     tr("Live"));
    f.setBold(false);
    painter.setFont(f);
    for (int i = 0; i < kLiveRowCount; ++i) {
        const LiveRow &row = kLiveRows[i];
        const int y = top + kTitle + i * kRow;
        const QPointF a(10, y + 8), b(40, y + 8);
        switch (row.kind) {
        case LiveRow::Traffic: {
            const qreal share = livestyle::trafficShare(row.bitsPerSecond);
            painter.setPen(QPen(livestyle::trafficColor(share),
                                std::min<qreal>(livestyle::trafficWidth(share), 10), Qt::SolidLine,
                                Qt::FlatCap));
            painter.drawLine(a, b);
            break;
        }
        case LiveRow::Broken:
            painter.setPen(QPen(canvasstyle::failedColor(), 3, Qt::DashLine, Qt::FlatCap));
            painter.drawLine(a, b);
            painter.setPen(QPen(canvasstyle::failedColor(), 2, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(QPointF(21, y + 4), QPointF(29, y + 12));
            painter.drawLine(QPointF(21, y + 12), QPointF(29, y + 4));
            break;
        case LiveRow::State:
            painter.setPen(Qt::NoPen);
            painter.setBrush(livestyle::color(row.state));
            painter.drawEllipse(QPointF(25, y + 8), 5, 5);
            break;
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(48, y, width() - 52, kRow), Qt::AlignLeft | Qt::AlignVCenter,
                         tr(row.text));
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
