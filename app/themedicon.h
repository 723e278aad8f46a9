#pragma once

#include <QIcon>

namespace studio {

// An icon drawn from one of our SVGs in the colours of the current palette: the SVG's
// "currentColor" becomes the palette's window text colour (dark on a light theme, light on a dark
// one) at every paint, so icons follow a theme change without being reloaded. Accent colours in
// the SVG stay as drawn. Disabled icons are drawn faded.
QIcon themedIcon(const QString &svgResource);

} // namespace studio
