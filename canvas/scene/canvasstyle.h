#pragma once

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

namespace studio::canvasstyle {

// The colour of the n-th segment (VNIs in ascending order): ten clearly distinct colours, then
// the same hues darker.
inline QColor segmentColor(int index)
{
    static const QColor colors[] = {
        QColor(31, 119, 180),  QColor(255, 127, 14), QColor(44, 160, 44),   QColor(214, 39, 40),
        QColor(148, 103, 189), QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127),
        QColor(188, 189, 34),  QColor(23, 190, 207)};
    const QColor c = colors[index % 10];
    return index < 10 ? c : c.darker(100 + 30 * (index / 10));
}

inline QColor failedColor()
{
    return QColor(220, 50, 47);
}
inline QColor okColor()
{
    return QColor(64, 160, 43);
}
inline QColor warningColor()
{
    return QColor(230, 160, 20);
}
// What a teaching view points at (the step being run, a packet's path): readable on light and
// dark themes alike, and unlike any segment colour.
inline QColor emphasisColor()
{
    return QColor(255, 170, 0);
}
inline constexpr qreal kFadedOpacity = 0.25;

// Follows the system palette so the canvas reads in light and dark themes.
inline QColor hostFill(const QPalette &p)
{
    return p.color(QPalette::AlternateBase);
}
inline QColor frame(const QPalette &p)
{
    return p.color(QPalette::Mid);
}
inline QColor text(const QPalette &p)
{
    return p.color(QPalette::Text);
}
inline QColor itemFill(const QPalette &p)
{
    return p.color(QPalette::Base);
}
// Second lines: a bridge's port and address, a container's image.
inline QColor secondaryText(const QPalette &p)
{
    return p.color(QPalette::PlaceholderText);
}
// Behind the whole diagram, on screen and in exported pictures.
inline QColor canvasBackground(const QPalette &p)
{
    return p.color(QPalette::Base);
}
// Selection outlines, connect handles and the line drawn while connecting.
inline QColor selection(const QPalette &p)
{
    return p.color(QPalette::Highlight);
}
// The halo under a selected link: the selection colour, translucent so the link shows through.
inline QColor selectionHalo(const QPalette &p)
{
    QColor halo = selection(p);
    halo.setAlpha(110);
    return halo;
}
// A host's title band: its frame colour, faint when plain, stronger when it reports a result.
inline QColor titleBand(const QColor &edge, bool plain)
{
    QColor band = edge;
    band.setAlpha(plain ? 60 : 110);
    return band;
}
// The "!" and ring of a problem badge: white reads on both the error red and the warning amber.
inline QColor badgeMark()
{
    return QColor(Qt::white);
}
// The Segments legend floats over the canvas like a small window.
inline QColor legendFill(const QPalette &p)
{
    return p.color(QPalette::Window);
}
inline QColor legendFrame(const QPalette &p)
{
    return p.color(QPalette::Mid);
}
inline QColor legendText(const QPalette &p)
{
    return p.color(QPalette::WindowText);
}

// A segment's colour for text drawn on the item fill: darker on a light theme, lighter on a dark
// one, so a "VNI 100" label stays readable on both.
inline QColor segmentText(const QColor &segment, const QPalette &p)
{
    return itemFill(p).lightness() < 128 ? segment.lighter(160) : segment.darker(130);
}

// The application's palette, read at paint time so the canvas follows a theme change.
inline QPalette palette()
{
    return QGuiApplication::palette();
}

// The dashed outline around a selected item.
inline void drawSelection(QPainter *p, const QRectF &r, qreal radius)
{
    p->setPen(QPen(selection(palette()), 2, Qt::DashLine));
    p->setBrush(Qt::NoBrush);
    p->drawRoundedRect(r, radius, radius);
}

// Below this scale, items draw without text and labels hide (they would be unreadable).
inline constexpr qreal kTextDetail = 0.35;

inline constexpr qreal kBridgeWidth = 150;
inline constexpr qreal kBridgeHeight = 56;
inline constexpr qreal kContainerWidth = 140;
inline constexpr qreal kContainerHeight = 48;
inline constexpr qreal kHostTitleHeight = 34;

} // namespace studio::canvasstyle
