#pragma once

#include <QLineF>
#include <QRectF>

#include <optional>

namespace studio::edgegeometry {

// Where the line from the box's centre toward a point leaves the box: edges run border to border.
QPointF borderPoint(const QRectF &box, const QPointF &toward);

// The part of a line inside a rectangle (Liang-Barsky), or nothing if it misses it.
std::optional<QLineF> clipped(const QLineF &line, const QRectF &rect);

} // namespace studio::edgegeometry
