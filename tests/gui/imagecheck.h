#pragma once

// Checks of what a picture shows, for tests that grab or render one: a saved screenshot is for
// people to look at; these say what it must hold.

#include <QColor>
#include <QImage>
#include <QRect>

#include <cstdlib>

namespace studio::test {

// Pixels in `area` (the whole image when empty) within `tolerance` of `color` in every channel;
// antialiased edges and text are near a colour rather than on it.
inline int pixelsLike(const QImage &image, const QColor &color, int tolerance = 24,
                      QRect area = QRect())
{
    area = area.isNull() ? image.rect() : area.intersected(image.rect());
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            count += std::abs(c.red() - color.red()) <= tolerance
                     && std::abs(c.green() - color.green()) <= tolerance
                     && std::abs(c.blue() - color.blue()) <= tolerance;
        }
    }
    return count;
}

} // namespace studio::test
