#pragma once

#include "canvasstyle.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cmath>

namespace studio {

// What monitoring says about a host, bridge or container, as the canvas marks it.
enum class LiveState {
    None,        // not monitored: the design alone
    Up,          // answering, running
    Degraded,    // a part of it does not answer (OVS, Docker), or it loses some pings
    Down,        // a stopped container
    Unreachable, // a host monitoring cannot reach (or whose changed key it refused)
    Unknown,     // on an unreachable host: nothing is known
    NotApplied,  // the topology's object is not on its host
};

namespace livestyle {

inline QString text(LiveState state)
{
    // The context lupdate gives tr() calls in this namespace.
    const auto tr = [](const char *s) {
        return QCoreApplication::translate("studio::livestyle", s);
    };
    switch (state) {
    case LiveState::None:
        return QString();
    case LiveState::Up:
        return tr("up");
    case LiveState::Degraded:
        return tr("degraded");
    case LiveState::Down:
        return tr("down");
    case LiveState::Unreachable:
        return tr("unreachable");
    case LiveState::Unknown:
        return tr("unknown");
    case LiveState::NotApplied:
        return tr("not applied");
    }
    return QString();
}

inline QColor color(LiveState state)
{
    switch (state) {
    case LiveState::Up:
        return canvasstyle::okColor();
    case LiveState::Degraded:
        return canvasstyle::warningColor();
    case LiveState::Down:
    case LiveState::Unreachable:
        return canvasstyle::failedColor();
    case LiveState::None:
    case LiveState::Unknown:
    case LiveState::NotApplied:
        break;
    }
    return QColor(128, 128, 128);
}

// A link's traffic on a log scale: 0 at 1 kb/s (or less), 1 at 1 Gb/s (or more).
inline qreal trafficShare(double bitsPerSecond)
{
    if (!(bitsPerSecond > 1000))
        return 0;
    return std::clamp((std::log10(bitsPerSecond) - 3) / 6, 0.0, 1.0);
}

// Busier links are wider and warmer: green, amber, then orange-red (broken links are red and
// crossed out, so the scale stops short of red).
inline QColor trafficColor(qreal share)
{
    const QColor low(44, 160, 44), mid(230, 175, 20), high(236, 95, 30);
    const auto mix = [](const QColor &a, const QColor &b, qreal t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                                float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return share < 0.5 ? mix(low, mid, share * 2) : mix(mid, high, share * 2 - 1);
}

inline qreal trafficWidth(qreal share)
{
    return 3 + 9 * share;
}

inline constexpr qreal kMaxTrafficWidth = 12;

} // namespace livestyle

} // namespace studio
