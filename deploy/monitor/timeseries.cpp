#include "timeseries.h"

#include <algorithm>
#include <cmath>

namespace studio {

namespace {

// Recent points are the ones that get corrected; search from the end, a few at most.
template<typename Deque> auto findFromBack(Deque &points, MonitorTime t)
{
    for (auto it = points.rbegin(); it != points.rend(); ++it) {
        if (it->t == t)
            return std::prev(it.base());
        if (it->t < t)
            break;
    }
    return points.end();
}

} // namespace

void TimeSeries::append(MonitorTime t, double v)
{
    if (m_points.empty() || m_points.back().t <= t) {
        m_points.push_back({t, v});
        return;
    }
    const auto at = std::upper_bound(m_points.begin(), m_points.end(), t,
                                     [](MonitorTime value, const Point &p) { return value < p.t; });
    m_points.insert(at, {t, v});
}

bool TimeSeries::update(MonitorTime t, double v)
{
    const auto it = findFromBack(m_points, t);
    if (it == m_points.end())
        return false;
    it->v = v;
    return true;
}

bool TimeSeries::remove(MonitorTime t)
{
    const auto it = findFromBack(m_points, t);
    if (it == m_points.end())
        return false;
    m_points.erase(it);
    return true;
}

void TimeSeries::trimBefore(MonitorTime t)
{
    while (!m_points.empty() && m_points.front().t < t)
        m_points.pop_front();
}

int TimeSeries::indexAt(MonitorTime t) const
{
    const auto at = std::lower_bound(m_points.begin(), m_points.end(), t,
                                     [](const Point &p, MonitorTime value) { return p.t < value; });
    return int(at - m_points.begin());
}

double TimeSeries::lastValue() const
{
    for (auto it = m_points.rbegin(); it != m_points.rend(); ++it) {
        if (!std::isnan(it->v))
            return it->v;
    }
    return kNoValue;
}

} // namespace studio
