#include "topologyscene.h"

#include "canvasstyle.h"

#include "commands/commands.h"
#include "model/addresses.h"
#include "model/addressing.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QStyleOptionGraphicsItem>
#include <QUndoStack>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>
#include <set>

namespace studio {

namespace {

QPalette palette()
{
    return QApplication::palette();
}

// Below this scale, items draw without text and labels hide.
constexpr qreal kTextDetail = 0.35;

QPointF snapped(const QGraphicsItem *item, QPointF p)
{
    const auto *scene = static_cast<const TopologyScene *>(item->scene());
    if (scene && scene->snapToGrid()) {
        p.setX(std::round(p.x() / TopologyScene::kGrid) * TopologyScene::kGrid);
        p.setY(std::round(p.y() / TopologyScene::kGrid) * TopologyScene::kGrid);
    }
    return p;
}

// A red (error) or amber (warning) dot with the problems as tooltip.
class BadgeItem : public QGraphicsItem
{
public:
    BadgeItem(bool error, const QString &text, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_error(error)
    {
        setToolTip(text);
        setZValue(10);
    }
    QRectF boundingRect() const override { return QRectF(-9, -9, 18, 18); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(QPen(Qt::white, 1.5));
        p->setBrush(m_error ? canvasstyle::failedColor() : canvasstyle::warningColor());
        p->drawEllipse(boundingRect().adjusted(1, 1, -1, -1));
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(12);
        p->setFont(f);
        p->setPen(Qt::white);
        p->drawText(boundingRect(), Qt::AlignCenter, QStringLiteral("!"));
    }

private:
    bool m_error;
};

void drawSelection(QPainter *p, const QRectF &r, qreal radius)
{
    p->setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(r, radius, radius);
}

} // namespace

// A bridge or a container: a labelled box inside its host frame, with a handle to connect from.
class NodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };
    NodeItem(ObjectId id, bool bridge, const QString &title, const QString &subtitle,
             const QColor &accent, QGraphicsItem *parent)
        : QGraphicsItem(parent)
        , m_id(id)
        , m_bridge(bridge)
        , m_title(title)
        , m_subtitle(subtitle)
        , m_accent(accent)
    {
        setData(0, id);
        setToolTip(title + QLatin1Char('\n') + subtitle);
        setZValue(2);
        setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
        setAcceptHoverEvents(true);
        // Text is most of the painting: draw each item once per zoom level, then reuse it.
        setCacheMode(DeviceCoordinateCache);
    }
    int type() const override { return Type; }
    ObjectId id() const { return m_id; }
    bool isBridge() const { return m_bridge; }
    QRectF boundingRect() const override
    {
        return m_bridge ? QRectF(0, 0, canvasstyle::kBridgeWidth, canvasstyle::kBridgeHeight)
                        : QRectF(0, 0, canvasstyle::kContainerWidth, canvasstyle::kContainerHeight);
    }
    // Drag from here to connect: a container to its bridge, a bridge to a bridge on another host.
    QRectF handleRect() const
    {
        const QRectF r = boundingRect();
        return QRectF(r.right() - 18, r.center().y() - 9, 18, 18);
    }
    QPointF anchor() const { return mapToScene(boundingRect().center()); }

    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QPalette pal = palette();
        const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
        p->setRenderHint(QPainter::Antialiasing);
        if (isSelected())
            drawSelection(p, boundingRect().adjusted(-4, -4, 4, 4), 12);
        p->setPen(
            QPen(m_accent.isValid() ? m_accent : canvasstyle::frame(pal), m_bridge ? 2.5 : 1.2));
        p->setBrush(canvasstyle::itemFill(pal));
        p->drawRoundedRect(r, m_bridge ? 10 : 5, m_bridge ? 10 : 5);
        // Zoomed far out, text is unreadable and costs most of the frame: boxes only.
        if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) < kTextDetail)
            return;
        if (m_bridge) {
            // A switch glyph: a bar with ports.
            p->setPen(QPen(m_accent, 2));
            p->drawLine(QPointF(10, 14), QPointF(26, 14));
            for (int i = 0; i < 3; ++i)
                p->drawLine(QPointF(12 + i * 6, 14), QPointF(12 + i * 6, 20));
        } else {
            p->setPen(QPen(canvasstyle::frame(pal), 1));
            p->drawRect(QRectF(9, 9, 14, 11));
            p->drawLine(QPointF(9, 13), QPointF(23, 13));
        }
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(13);
        p->setFont(f);
        p->setPen(canvasstyle::text(pal));
        p->drawText(QRectF(32, 5, r.width() - 52, 18), Qt::AlignLeft | Qt::AlignVCenter, m_title);
        f.setBold(false);
        f.setPixelSize(11);
        p->setFont(f);
        p->setPen(pal.color(QPalette::PlaceholderText));
        const QRectF below(8, 24, r.width() - 26, r.height() - 26);
        if (m_bridge) { // two lines fit: the port and the address
            p->drawText(below, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_subtitle);
        } else { // one line: a long image name loses its middle, not its tag
            p->drawText(below, Qt::AlignLeft | Qt::AlignTop,
                        QFontMetricsF(f).elidedText(m_subtitle, Qt::ElideMiddle, below.width()));
        }
        p->setPen(QPen(pal.color(QPalette::Highlight), 1.5));
        p->setBrush(canvasstyle::itemFill(pal));
        p->drawEllipse(handleRect().adjusted(4, 4, -4, -4));
    }

protected:
    // The connect handle shows a cross, as a hint that dragging from it draws a connection.
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        setCursor(handleRect().contains(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
    }
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        // Bridges and containers stay inside their host frame, below its title.
        if (change == ItemPositionChange && parentItem()) {
            const QRectF host = parentItem()->boundingRect().adjusted(
                4, canvasstyle::kHostTitleHeight + 2, -4, -4);
            QPointF p = snapped(this, value.toPointF());
            p.setX(std::clamp(p.x(), host.left(),
                              std::max(host.left(), host.right() - boundingRect().width())));
            p.setY(std::clamp(p.y(), host.top(),
                              std::max(host.top(), host.bottom() - boundingRect().height())));
            return p;
        }
        return QGraphicsItem::itemChange(change, value);
    }

private:
    ObjectId m_id;
    bool m_bridge;
    QString m_title, m_subtitle;
    QColor m_accent;
};

// A host: a frame with a title bar that contains its bridges and containers.
class HostItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 1 };
    explicit HostItem(const Host &h)
        : m_host(h)
    {
        setData(0, h.id);
        setPos(h.position);
        setZValue(0);
        setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
        setAcceptHoverEvents(true);
        setCacheMode(DeviceCoordinateCache);
    }
    int type() const override { return Type; }
    ObjectId id() const { return m_host.id; }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_host.size); }
    // Drag this corner to resize the frame.
    QRectF gripRect() const
    {
        const QRectF r = boundingRect();
        return QRectF(r.right() - 18, r.bottom() - 18, 18, 18);
    }
    void setFrameSize(const QSizeF &size)
    {
        prepareGeometryChange();
        m_host.size = size;
    }
    QSizeF frameSize() const { return m_host.size; }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        setCursor(gripRect().contains(event->pos()) ? Qt::SizeFDiagCursor : Qt::ArrowCursor);
    }
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override
    {
        if (change == ItemPositionChange)
            return snapped(this, value.toPointF());
        return QGraphicsItem::itemChange(change, value);
    }

public:
    void setState(TopologyScene::HostState state, const QString &detail)
    {
        m_state = state;
        setToolTip(detail);
        update();
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        using State = TopologyScene::HostState;
        const QPalette pal = palette();
        const QRectF r = boundingRect().adjusted(1, 1, -1, -1);
        p->setRenderHint(QPainter::Antialiasing);
        const QColor edge = m_state == State::Failed ? canvasstyle::failedColor()
                            : m_state == State::Ok   ? canvasstyle::okColor()
                                                     : canvasstyle::frame(pal);
        p->setPen(QPen(edge, m_state == State::Unknown ? 1.5 : 3));
        p->setBrush(canvasstyle::hostFill(pal));
        p->drawRoundedRect(r, 12, 12);
        if (isSelected())
            drawSelection(p, r.adjusted(-5, -5, 5, 5), 14);
        QPainterPath title;
        title.addRoundedRect(QRectF(r.topLeft(), QSizeF(r.width(), canvasstyle::kHostTitleHeight)),
                             12, 12);
        title.addRect(
            QRectF(r.left(), r.top() + 12, r.width(), canvasstyle::kHostTitleHeight - 12));
        QColor band = edge;
        band.setAlpha(m_state == State::Unknown ? 60 : 110);
        p->fillPath(title.simplified(), band);
        if (QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform()) < kTextDetail)
            return;
        QFont f = p->font();
        f.setBold(true);
        f.setPixelSize(15);
        p->setFont(f);
        p->setPen(canvasstyle::text(pal));
        const QRectF titleRect(14, 0, r.width() - 28, canvasstyle::kHostTitleHeight);
        p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_host.name);
        f.setBold(false);
        f.setPixelSize(11);
        p->setFont(f);
        const QString address = m_host.managementAddress.isEmpty() ? TopologyScene::tr("no address")
                                                                   : m_host.managementAddress;
        // The resize grip: three short diagonal strokes in the corner.
        p->setPen(QPen(canvasstyle::frame(pal), 1.2));
        const QRectF g = gripRect();
        for (int i = 1; i <= 3; ++i)
            p->drawLine(QPointF(g.right() - 4 * i - 2, g.bottom() - 3),
                        QPointF(g.right() - 3, g.bottom() - 4 * i - 2));
        p->setPen(canvasstyle::text(pal));
        p->drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter,
                    QStringLiteral("%1@%2  ·  %3")
                        .arg(m_host.user, address,
                             m_host.datapath == Datapath::Netdev ? QStringLiteral("netdev")
                                                                 : QStringLiteral("system")));
    }

private:
    Host m_host;
    TopologyScene::HostState m_state = TopologyScene::HostState::Unknown;
};

namespace {

// The part of a line inside a rectangle (Liang-Barsky), or nothing if it misses it.
std::optional<QLineF> clipped(const QLineF &line, const QRectF &r)
{
    const qreal dx = line.dx(), dy = line.dy();
    qreal t0 = 0, t1 = 1;
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {line.x1() - r.left(), r.right() - line.x1(), line.y1() - r.top(),
                       r.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (qFuzzyIsNull(p[i])) {
            if (q[i] < 0)
                return std::nullopt;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return std::nullopt;
    }
    return QLineF(line.pointAt(t0), line.pointAt(t1));
}

} // namespace

// A VXLAN link: a dashed line in its segment's colour. Links cross the whole diagram and a drag
// repaints most of them, so painting is kept cheap: only the part inside the exposed area is drawn,
// and on screen the dashes are laid out here and drawn as plain line pieces in one call (Qt's pen
// dasher costs three times as much). Exports keep a real dashed pen.
class LinkItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    LinkItem(ObjectId id, const QColor &color)
        : m_color(color)
    {
        setData(0, id);
        setZValue(4);
        setFlags(ItemIsSelectable | ItemUsesExtendedStyleOption);
    }
    int type() const override { return Type; }
    void setLine(const QLineF &line)
    {
        if (line == m_line)
            return;
        prepareGeometryChange();
        m_line = line;
    }
    QLineF line() const { return m_line; }
    QRectF boundingRect() const override
    {
        return QRectF(m_line.p1(), m_line.p2())
            .normalized()
            .adjusted(-kReach, -kReach, kReach, kReach);
    }
    // Easier to hit than the 3-point line itself.
    QPainterPath shape() const override
    {
        QPainterPath path(m_line.p1());
        path.lineTo(m_line.p2());
        QPainterPathStroker stroker;
        stroker.setWidth(2 * kReach);
        return stroker.createStroke(path);
    }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const std::optional<QLineF> visible
            = clipped(m_line, option->exposedRect.adjusted(-kReach, -kReach, kReach, kReach));
        if (!visible)
            return;
        if (isSelected()) {
            QColor halo = palette().color(QPalette::Highlight);
            halo.setAlpha(110);
            p->setPen(QPen(halo, 9, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(*visible);
        }
        const qreal length = m_line.length();
        if (qFuzzyIsNull(length))
            return;
        // Where the exposed part starts and ends along the whole line.
        const qreal from = QLineF(m_line.p1(), visible->p1()).length();
        const qreal to = std::min(length, from + visible->length());
        // Exports, and views so far out that the line is a pixel thin (Qt then dashes it cheaply
        // itself), use the pen's own dashes, in phase with the whole line.
        if (p->paintEngine()->type() != QPaintEngine::Raster
            || kWidth * QStyleOptionGraphicsItem::levelOfDetailFromTransform(p->worldTransform())
                   <= 1) {
            QPen pen(m_color, kWidth, Qt::DashLine, Qt::FlatCap);
            pen.setDashOffset(from / kWidth);
            p->setPen(pen);
            p->drawLine(*visible);
            return;
        }
        // Dash k covers [k * period, k * period + dash] along the whole line (Qt's DashLine).
        constexpr qreal dash = 4 * kWidth, period = 6 * kWidth;
        QVarLengthArray<QLineF, 256> pieces;
        for (qreal start = std::floor(from / period) * period; start < to; start += period) {
            const qreal a = std::max(start, from), b = std::min(start + dash, to);
            if (a < b)
                pieces.append(QLineF(m_line.pointAt(a / length), m_line.pointAt(b / length)));
        }
        p->setPen(QPen(m_color, kWidth, Qt::SolidLine, Qt::FlatCap));
        p->drawLines(pieces.constData(), int(pieces.size()));
    }

private:
    static constexpr qreal kWidth = 3;
    static constexpr qreal kReach = 5;
    QLineF m_line;
    QColor m_color;
};

// A label centred on an edge: a link's "VNI 100" in a framed box, or a container's address.
// The text is laid out once (QStaticText), not at every paint.
class EdgeLabel : public QGraphicsItem
{
public:
    EdgeLabel(const QString &text, const QFont &font, const QColor &color,
              const QColor &frame = QColor())
        : m_text(text)
        , m_font(font)
        , m_color(color)
        , m_frame(frame)
    {
        m_text.setTextFormat(Qt::PlainText);
        m_text.prepare(QTransform(), m_font);
        const QSizeF size = m_text.size();
        const qreal pad = m_frame.isValid() ? 4 : 1;
        m_box = QRectF(-size.width() / 2 - pad, -size.height() / 2 - pad / 2,
                       size.width() + 2 * pad, size.height() + pad);
    }
    QRectF boundingRect() const override { return m_box.adjusted(-1, -1, 1, 1); }
    void paint(QPainter *p, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        if (m_frame.isValid()) {
            p->setPen(QPen(m_frame, 1.5));
            p->setBrush(canvasstyle::itemFill(palette()));
            p->drawRect(m_box);
        }
        p->setFont(m_font);
        p->setPen(m_color);
        const QSizeF size = m_text.size();
        p->drawStaticText(QPointF(-size.width() / 2, -size.height() / 2), m_text);
    }

private:
    QStaticText m_text;
    QFont m_font;
    QColor m_color, m_frame;
    QRectF m_box;
};

namespace {

// Where the line from the item's centre toward a point leaves the item's box.
QPointF borderPoint(const NodeItem *item, const QPointF &toward)
{
    const QRectF box = item->mapRectToScene(item->boundingRect());
    const QPointF c = box.center();
    const QPointF d = toward - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2) / std::abs(d.y());
    return c + d * std::min({sx, sy, 1.0});
}

ObjectId idOf(const QGraphicsItem *item)
{
    return item ? ObjectId(item->data(0).toUInt()) : kNoObject;
}

} // namespace

TopologyScene::TopologyScene(TopologyDocument *document, QUndoStack *undoStack, QObject *parent)
    : QGraphicsScene(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    connect(document, &TopologyDocument::objectAdded, this, &TopologyScene::scheduleRebuild);
    connect(document, &TopologyDocument::objectRemoved, this, &TopologyScene::scheduleRebuild);
    connect(document, &TopologyDocument::objectChanged, this, &TopologyScene::scheduleRebuild);
    connect(document, &TopologyDocument::modelReset, this, [this] {
        m_hostStates.clear();
        scheduleRebuild();
    });
    rebuild();
}

void TopologyScene::scheduleRebuild()
{
    // Many signals (a host deleted with its contents) make one redraw.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QMetaObject::invokeMethod(this, &TopologyScene::flush, Qt::QueuedConnection);
}

void TopologyScene::flush()
{
    if (!m_rebuildPending)
        return;
    m_rebuildPending = false;
    rebuild();
}

void TopologyScene::setHostState(const QString &host, HostState state, const QString &detail)
{
    m_hostStates.insert(host, {state, detail});
    for (const Host &h : topology().hosts()) {
        if (h.name == host) {
            if (auto *item = static_cast<HostItem *>(m_items.value(h.id)))
                item->setState(state, detail);
        }
    }
}

TopologyScene::HostState TopologyScene::hostState(const QString &host) const
{
    return m_hostStates.value(host, {HostState::Unknown, {}}).first;
}

void TopologyScene::layoutEdge(const Edge &edge)
{
    const QPointF a = borderPoint(edge.a, edge.b->anchor());
    const QPointF b = borderPoint(edge.b, edge.a->anchor());
    const QPointF mid = (a + b) / 2;
    if (edge.line) {
        edge.line->setLine(QLineF(a, b));
        edge.label->setPos(mid - QPointF(0, 8)); // beside the line, not on it
        return;
    }
    edge.link->setLine(QLineF(a, b));
    edge.label->setPos(mid);
}

void TopologyScene::findMovingEdges()
{
    // An edge moves when one of its ends, or the host holding that end, is being dragged.
    const auto moving = [](const NodeItem *node) {
        return node->isSelected() || (node->parentItem() && node->parentItem()->isSelected());
    };
    m_movingEdges.clear();
    for (std::size_t i = 0; i < m_edges.size(); ++i) {
        if (moving(m_edges[i].a) || moving(m_edges[i].b))
            m_movingEdges.push_back(i);
    }
}

void TopologyScene::layoutMovedEdges()
{
    for (std::size_t i : m_movingEdges)
        layoutEdge(m_edges[i]);
}

void TopologyScene::setZoom(qreal zoom)
{
    const bool visible = zoom >= kTextDetail;
    if (visible == m_labelsVisible)
        return;
    m_labelsVisible = visible;
    for (QGraphicsItem *label : std::as_const(m_labels))
        label->setVisible(visible);
}

QColor TopologyScene::colorOf(quint32 vni) const
{
    return canvasstyle::segmentColor(std::max(0, int(m_vnis.indexOf(vni))));
}

QList<ObjectId> TopologyScene::selectedIds() const
{
    QList<ObjectId> ids;
    for (const QGraphicsItem *item : selectedItems()) {
        if (const ObjectId id = idOf(item); id != kNoObject)
            ids << id;
    }
    return ids;
}

void TopologyScene::selectObject(ObjectId id)
{
    flush();
    clearSelection();
    if (QGraphicsItem *item = m_items.value(id))
        item->setSelected(true);
}

bool TopologyScene::nudgeSelection(const QPointF &delta)
{
    flush();
    std::vector<MoveCommand::Move> moves;
    m_snapSuspended = true;
    for (QGraphicsItem *item : selectedItems()) {
        if (!(item->flags() & QGraphicsItem::ItemIsMovable))
            continue;
        if (item->parentItem() && item->parentItem()->isSelected())
            continue; // moves with its host
        const QPointF from = modelPosition(item);
        item->setPos(item->pos() + delta); // kept inside its host frame
        if (const QPointF to = modelPosition(item); to != from)
            moves.push_back({idOf(item), from, to});
    }
    m_snapSuspended = false;
    if (moves.empty())
        return false;
    std::sort(moves.begin(), moves.end(),
              [](const MoveCommand::Move &a, const MoveCommand::Move &b) { return a.id < b.id; });
    m_undoStack->push(new MoveCommand(m_document, moves, MoveCommand::Kind::Nudge));
    return true;
}

ObjectId TopologyScene::objectAt(const QPointF &scenePos) const
{
    for (const QGraphicsItem *item : items(scenePos)) {
        for (const QGraphicsItem *i = item; i; i = i->parentItem()) {
            if (i->flags() & QGraphicsItem::ItemIsSelectable)
                return idOf(i);
        }
    }
    return kNoObject;
}

bool TopologyScene::cancelGesture()
{
    if (m_rubberLine) {
        delete std::exchange(m_rubberLine, nullptr);
        m_connectFrom = kNoObject;
        emit message(tr("Connection cancelled."));
        return true;
    }
    if (m_resizing != kNoObject) {
        if (auto *host = static_cast<HostItem *>(m_items.value(m_resizing)))
            host->setFrameSize(m_resizeFrom);
        m_resizing = kNoObject;
        return true;
    }
    if (!m_pressPositions.isEmpty()) { // filled from press to release: a drag is under way
        // Nothing was committed yet: drawing the model again puts everything back.
        m_pressPositions.clear();
        m_movingEdges.clear();
        rebuild();
        emit message(tr("Move cancelled."));
        return true;
    }
    return false;
}

ObjectId TopologyScene::hostAt(const QPointF &scenePos) const
{
    for (const Host &h : topology().hosts()) {
        if (QRectF(h.position, h.size).contains(scenePos))
            return h.id;
    }
    return kNoObject;
}

NodeItem *TopologyScene::nodeAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == NodeItem::Type)
            return static_cast<NodeItem *>(item);
    }
    return nullptr;
}

QPointF TopologyScene::modelPosition(const QGraphicsItem *item) const
{
    // Bridges and containers are stored relative to the host frame's body, below the title.
    return item->type() == NodeItem::Type ? item->pos() - QPointF(0, canvasstyle::kHostTitleHeight)
                                          : item->pos();
}

ObjectId TopologyScene::dropObject(ObjectKind kind, const QPointF &scenePos)
{
    const Topology &t = topology();
    Snapshot object;
    const ObjectId id = m_document->reserveId();
    if (kind == ObjectKind::Host) {
        Host h;
        h.id = id;
        h.name = addressing::nextName(addressing::hostNames(t), QStringLiteral("host"), 1);
        h.position = scenePos - QPointF(40, 17);
        object.hosts.push_back(h);
        m_undoStack->push(new AddObjectCommand(m_document, object, tr("Add host %1").arg(h.name)));
        emit message(
            tr("Added host %1; enter its management address in the properties.").arg(h.name));
        return id;
    }
    const ObjectId hostId = hostAt(scenePos);
    if (hostId == kNoObject) {
        emit message(kind == ObjectKind::Bridge
                         ? tr("A bridge lives on a host: drop it inside a host frame.")
                         : tr("A container runs on a host: drop it inside a host frame."));
        return kNoObject;
    }
    const Host &host = *t.host(hostId);
    const QPointF inside = scenePos - host.position - QPointF(0, canvasstyle::kHostTitleHeight);
    if (kind == ObjectKind::Bridge) {
        Bridge b;
        b.id = id;
        b.host = hostId;
        const QStringList taken = addressing::interfaceNames(t, hostId);
        b.name = addressing::nextName(taken, QStringLiteral("br"));
        b.gatewayPort = addressing::nextName(taken, QStringLiteral("veth"));
        b.gatewayAddress = addressing::nextBridgeGateway(t, hostId);
        b.position
            = inside - QPointF(canvasstyle::kBridgeWidth / 2, canvasstyle::kBridgeHeight / 2);
        object.bridges.push_back(b);
        m_undoStack->push(new AddObjectCommand(m_document, object,
                                               tr("Add bridge %1 on %2").arg(b.name, host.name)));
        return id;
    }
    Container c;
    c.id = id;
    c.host = hostId;
    c.name = addressing::nextName(addressing::containerNames(t, hostId),
                                  QStringLiteral("container"), 1);
    // The image most containers of the topology use, so a drawing needs no typing.
    QHash<QString, int> images;
    for (const Container &other : t.containers())
        ++images[other.image];
    c.image = QStringLiteral("ubuntu:v1");
    int best = 0;
    for (auto it = images.cbegin(); it != images.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            c.image = it.key();
        }
    }
    c.position
        = inside - QPointF(canvasstyle::kContainerWidth / 2, canvasstyle::kContainerHeight / 2);
    object.containers.push_back(c);
    m_undoStack->push(new AddObjectCommand(m_document, object,
                                           tr("Add container %1 on %2").arg(c.name, host.name)));
    emit message(tr("Added %1; drag from its handle to a bridge to attach it.").arg(c.name));
    return id;
}

bool TopologyScene::connectObjects(ObjectId from, ObjectId to)
{
    const Topology &t = topology();
    // Either order: container and bridge, or two bridges.
    if (t.kindOf(from) == ObjectKind::Bridge && t.kindOf(to) == ObjectKind::Container)
        std::swap(from, to);
    if (t.kindOf(from) == ObjectKind::Container && t.kindOf(to) == ObjectKind::Bridge) {
        const Container &c = *t.container(from);
        const Bridge &b = *t.bridge(to);
        if (b.host != c.host) {
            emit message(tr("%1 runs on %2; it can only attach to a bridge there.")
                             .arg(c.name, t.host(c.host)->name));
            return false;
        }
        if (c.bridge == b.id) {
            emit message(tr("%1 is already attached to %2.").arg(c.name, b.name));
            return false;
        }
        m_undoStack->beginMacro(tr("Attach %1 to %2").arg(c.name, b.name));
        m_undoStack->push(new SetPropertyCommand(m_document, c.id, QStringLiteral("bridge"), b.id));
        // A free address in the bridge's subnet, unless its own already fits there.
        QString ignored;
        const auto own = parseIpv4Cidr(c.address, &ignored);
        const auto subnet = parseIpv4Cidr(b.gatewayAddress, &ignored);
        const bool fits
            = own && subnet && own->prefix == subnet->prefix && subnet->contains(own->address);
        const QString address = addressing::nextContainerAddress(m_document->topology(), b.id);
        if (!fits && !address.isEmpty())
            m_undoStack->push(
                new SetPropertyCommand(m_document, c.id, QStringLiteral("address"), address));
        if (!m_document->topology().container(c.id)->gateway.isEmpty())
            m_undoStack->push(
                new SetPropertyCommand(m_document, c.id, QStringLiteral("gateway"), QString()));
        m_undoStack->endMacro();
        emit message(tr("Attached %1 to %2 with address %3.")
                         .arg(c.name, b.name, m_document->topology().container(c.id)->address));
        return true;
    }
    if (t.kindOf(from) == ObjectKind::Bridge && t.kindOf(to) == ObjectKind::Bridge) {
        const Bridge &a = *t.bridge(from);
        const Bridge &b = *t.bridge(to);
        if (a.host == b.host) {
            emit message(
                tr("A VXLAN link joins bridges on different hosts; %1 and %2 are both on %3.")
                    .arg(a.name, b.name, t.host(a.host)->name));
            return false;
        }
        for (const VxlanLink &l : t.links()) {
            if ((l.bridgeA == a.id && l.bridgeB == b.id)
                || (l.bridgeA == b.id && l.bridgeB == a.id)) {
                emit message(tr("%1 and %2 are already linked.")
                                 .arg(t.displayName(a.id), t.displayName(b.id)));
                return false;
            }
        }
        VxlanLink l;
        l.id = m_document->reserveId();
        l.bridgeA = a.id;
        l.bridgeB = b.id;
        l.vni = addressing::nextVni(t, a.id, b.id);
        l.portA
            = addressing::nextName(addressing::interfaceNames(t, a.host), QStringLiteral("vxlan"));
        l.portB
            = addressing::nextName(addressing::interfaceNames(t, b.host), QStringLiteral("vxlan"));
        Snapshot object;
        object.links.push_back(l);
        m_undoStack->push(new AddObjectCommand(
            m_document, object,
            tr("Link %1 and %2").arg(t.displayName(a.id), t.displayName(b.id))));
        emit message(tr("Linked %1 and %2 with VNI %3.")
                         .arg(t.displayName(a.id), t.displayName(b.id))
                         .arg(l.vni));
        return true;
    }
    emit message(tr(
        "Connect a container to a bridge on its host, or a bridge to a bridge on another host."));
    return false;
}

void TopologyScene::deleteSelection()
{
    QList<ObjectId> ids = selectedIds();
    if (ids.isEmpty())
        return;
    // Links before what they join, then containers, bridges and hosts: each removal still finds
    // its object (a host's removal would take its bridges along).
    const Topology &t = topology();
    const auto rank = [&t](ObjectId id) {
        switch (t.kindOf(id)) {
        case ObjectKind::Link:
            return 0;
        case ObjectKind::Container:
            return 1;
        case ObjectKind::Bridge:
            return 2;
        default:
            return 3;
        }
    };
    std::stable_sort(ids.begin(), ids.end(),
                     [&](ObjectId a, ObjectId b) { return rank(a) < rank(b); });
    m_undoStack->beginMacro(ids.size() == 1 ? tr("Delete %1").arg(t.displayName(ids.first()))
                                            : tr("Delete %n object(s)", nullptr, int(ids.size())));
    for (ObjectId id : ids) {
        if (m_document->topology().contains(id))
            m_undoStack->push(new RemoveObjectCommand(m_document, id));
    }
    m_undoStack->endMacro();
}

void TopologyScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        for (QGraphicsItem *item : items(event->scenePos())) {
            if (item->type() != HostItem::Type)
                continue;
            auto *host = static_cast<HostItem *>(item);
            if (host->gripRect().contains(host->mapFromScene(event->scenePos()))) {
                m_resizing = host->id();
                m_resizeFrom = host->frameSize();
                event->accept();
                return;
            }
            break;
        }
        NodeItem *node = nodeAt(event->scenePos());
        if (node && node->handleRect().contains(node->mapFromScene(event->scenePos()))) {
            m_connectFrom = node->id();
            m_rubberLine = addLine(QLineF(node->anchor(), event->scenePos()),
                                   QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
            m_rubberLine->setZValue(20);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mousePressEvent(event);
    m_pressPositions.clear();
    for (QGraphicsItem *item : selectedItems()) {
        if (item->flags() & QGraphicsItem::ItemIsMovable)
            m_pressPositions.insert(idOf(item), modelPosition(item));
    }
    findMovingEdges(); // once per drag, not at every step
}

void TopologyScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing != kNoObject) {
        if (auto *host = static_cast<HostItem *>(m_items.value(m_resizing))) {
            // Never smaller than what the frame holds.
            QRectF content(0, 0, 200, 120);
            for (const QGraphicsItem *child : host->childItems()) {
                if (child->type() == NodeItem::Type)
                    content |= child->mapRectToParent(child->boundingRect()).adjusted(0, 0, 8, 8);
            }
            const QPointF corner = snapped(host, host->mapFromScene(event->scenePos()));
            host->setFrameSize(QSizeF(std::max(corner.x(), content.right()),
                                      std::max(corner.y(), content.bottom())));
        }
        return;
    }
    if (m_rubberLine) {
        QLineF line = m_rubberLine->line();
        line.setP2(event->scenePos());
        m_rubberLine->setLine(line);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    if (!m_pressPositions.isEmpty() && (event->buttons() & Qt::LeftButton))
        layoutMovedEdges();
}

void TopologyScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_resizing != kNoObject) {
        const ObjectId id = std::exchange(m_resizing, kNoObject);
        if (auto *host = static_cast<HostItem *>(m_items.value(id));
            host && host->frameSize() != m_resizeFrom) {
            const QSizeF size = host->frameSize();
            host->setFrameSize(m_resizeFrom); // the document's change redraws it at the new size
            m_undoStack->push(new SetPropertyCommand(m_document, id, QStringLiteral("size"), size));
        }
        return;
    }
    if (m_rubberLine) {
        delete m_rubberLine;
        m_rubberLine = nullptr;
        const ObjectId from = m_connectFrom;
        m_connectFrom = kNoObject;
        NodeItem *target = nodeAt(event->scenePos());
        if (target && target->id() != from)
            connectObjects(from, target->id());
        else
            emit message(tr("Release on a bridge (or a container) to connect."));
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    // One move command for the whole drag, with where each object started and ended.
    std::vector<MoveCommand::Move> moves;
    for (auto it = m_pressPositions.cbegin(); it != m_pressPositions.cend(); ++it) {
        QGraphicsItem *item = m_items.value(it.key());
        if (item && modelPosition(item) != it.value())
            moves.push_back({it.key(), it.value(), modelPosition(item)});
    }
    m_pressPositions.clear();
    m_movingEdges.clear();
    if (!moves.empty())
        m_undoStack->push(new MoveCommand(m_document, moves));
}

void TopologyScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const ObjectId id = objectAt(event->scenePos()); id != kNoObject) {
            emit editRequested(id);
            event->accept();
            return;
        }
    }
    QGraphicsScene::mouseDoubleClickEvent(event);
}

void TopologyScene::rebuild()
{
    const QList<ObjectId> selected = selectedIds();
    m_rubberLine = nullptr;
    clear();
    m_items.clear();
    m_labels.clear();
    m_edges.clear();
    m_movingEdges.clear();
    const Topology &t = topology();
    m_problems = validate(t);
    const QPalette pal = palette();
    std::set<quint32> vnis;
    for (const VxlanLink &l : t.links())
        vnis.insert(l.vni);
    m_vnis = QList<quint32>(vnis.begin(), vnis.end());

    // The colour of each bridge: that of its segment.
    QHash<ObjectId, QColor> bridgeColor;
    for (const VxlanLink &l : t.links()) {
        for (ObjectId b : {l.bridgeA, l.bridgeB}) {
            if (!bridgeColor.contains(b))
                bridgeColor.insert(b, colorOf(l.vni));
        }
    }

    m_snapSuspended = true; // draw the model as it is, on the grid or not
    for (const Host &h : t.hosts()) {
        auto *host = new HostItem(h);
        addItem(host);
        m_items.insert(h.id, host);
        const auto state = m_hostStates.value(h.name, {HostState::Unknown, {}});
        host->setState(state.first, state.second);
        for (const Bridge *b : t.bridgesOf(h.id)) {
            auto *item = new NodeItem(b->id, true, b->name,
                                      QStringLiteral("%1 · %2%3")
                                          .arg(b->gatewayPort, b->gatewayAddress,
                                               b->nat ? QStringLiteral(" · NAT") : QString()),
                                      bridgeColor.value(b->id, canvasstyle::frame(pal)), host);
            item->setPos(b->position + QPointF(0, canvasstyle::kHostTitleHeight));
            m_items.insert(b->id, item);
        }
        for (const Container *c : t.containersOf(h.id)) {
            auto *item = new NodeItem(c->id, false, c->name, c->image, QColor(), host);
            item->setPos(c->position + QPointF(0, canvasstyle::kHostTitleHeight));
            m_items.insert(c->id, item);
        }
    }

    m_snapSuspended = false;

    // Attachment edges, labelled with the container's address.
    for (const Container &c : t.containers()) {
        auto *from = static_cast<NodeItem *>(m_items.value(c.id));
        auto *to = static_cast<NodeItem *>(m_items.value(c.bridge));
        if (!from || !to)
            continue;
        QFont f = font();
        f.setPixelSize(10);
        Edge edge{from, to, addLine(QLineF(), QPen(canvasstyle::frame(pal), 1.5)), nullptr,
                  new EdgeLabel(c.address, f, canvasstyle::text(pal))};
        addItem(edge.label);
        edge.line->setZValue(1);
        edge.label->setZValue(3);
        edge.label->setVisible(m_labelsVisible);
        m_labels << edge.label;
        layoutEdge(edge);
        m_edges.push_back(edge);
    }

    // VXLAN links between hosts, border to border, in their segment's colour.
    for (const VxlanLink &l : t.links()) {
        auto *a = static_cast<NodeItem *>(m_items.value(l.bridgeA));
        auto *b = static_cast<NodeItem *>(m_items.value(l.bridgeB));
        if (!a || !b)
            continue;
        auto *link = new LinkItem(l.id, colorOf(l.vni));
        addItem(link);
        link->setToolTip(tr("%1\nVNI %2, UDP port %3, ports %4 / %5")
                             .arg(t.displayName(l.id))
                             .arg(l.vni)
                             .arg(l.udpPort)
                             .arg(l.portA, l.portB));
        m_items.insert(l.id, link);
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(12);
        Edge edge{a, b, nullptr, link,
                  new EdgeLabel(l.udpPort == Topology::kDefaultVxlanPort
                                    ? tr("VNI %1").arg(l.vni)
                                    : tr("VNI %1 · UDP %2").arg(l.vni).arg(l.udpPort),
                                f, canvasstyle::segmentText(colorOf(l.vni), pal), colorOf(l.vni))};
        addItem(edge.label);
        edge.label->setZValue(6);
        edge.label->setVisible(m_labelsVisible);
        m_labels << edge.label;
        layoutEdge(edge);
        m_edges.push_back(edge);
    }

    // Validation badges: the worst severity per object, every message in the tooltip.
    QHash<ObjectId, QStringList> texts;
    QHash<ObjectId, bool> errors;
    for (const Problem &p : m_problems) {
        texts[p.object] << p.text();
        errors[p.object] = errors.value(p.object) || p.severity == Severity::Error;
    }
    QHash<const QGraphicsItem *, EdgeLabel *> linkLabels; // a link's badge sits on its label
    for (const Edge &edge : m_edges) {
        if (edge.link)
            linkLabels.insert(edge.link, edge.label);
    }
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        QGraphicsItem *target = m_items.value(it.key());
        if (target && target->type() == LinkItem::Type)
            target = linkLabels.value(target);
        if (!target)
            continue;
        auto *badge
            = new BadgeItem(errors.value(it.key()), it.value().join(QLatin1Char('\n')), target);
        badge->setPos(target->boundingRect().topRight() + QPointF(-6, 6));
    }
    for (ObjectId id : selected) {
        if (QGraphicsItem *item = m_items.value(id))
            item->setSelected(true);
    }
}

} // namespace studio
