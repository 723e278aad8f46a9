#pragma once

#include "monitortypes.h"

#include <deque>

namespace studio {

// One rolling series of (time, value) points in time order. NaN values are gaps (no data, or a
// lost ping in an RTT series): plots break the line there. Old points are trimmed, so memory
// stays flat however long monitoring runs.
class TimeSeries
{
public:
    struct Point
    {
        MonitorTime t;
        double v;
    };

    // Appends a point; a point older than the last one is inserted in order (it happens when
    // two hosts' clocks map slightly differently).
    void append(MonitorTime t, double v);
    // Sets the value of the point at exactly time t (searching from the newest: late ping
    // replies correct recent points). False if there is no such point.
    bool update(MonitorTime t, double v);
    // Removes the point at exactly time t (a provisional loss mark a late reply corrected).
    bool remove(MonitorTime t);
    // Removes every point older than t.
    void trimBefore(MonitorTime t);
    void clear() { m_points.clear(); }

    bool isEmpty() const { return m_points.empty(); }
    int size() const { return int(m_points.size()); }
    const Point &at(int i) const { return m_points[std::size_t(i)]; }
    const Point &last() const { return m_points.back(); }
    // Index of the first point at or after t (size() if none).
    int indexAt(MonitorTime t) const;
    // The newest value that is not NaN, or NaN.
    double lastValue() const;

    const std::deque<Point> &points() const { return m_points; }

private:
    std::deque<Point> m_points;
};

} // namespace studio
