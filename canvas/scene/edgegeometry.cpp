#include "edgegeometry.h"

#include <algorithm>
#include <cmath>

namespace studio::edgegeometry {

QPointF borderPoint(const QRectF &box, const QPointF &toward)
{
    const QPointF c = box.center();
    const QPointF d = toward - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (box.width() / 2) / std::abs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (box.height() / 2) / std::abs(d.y());
    return c + d * std::min({sx, sy, 1.0});
}

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

} // namespace studio::edgegeometry
