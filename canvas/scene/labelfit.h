#pragma once

#include <QFontMetricsF>
#include <QString>

// How a node's second line gives way when it is too wide: what is cut goes first where it tells
// least (the tooltip has the whole text).
namespace studio::labelfit {

// "veth0 · 198.19.2.254/24": the port's name is shortened ("ve… · 198.19.2.254/24"), the
// address kept whole.
QString portAndAddress(const QString &line, const QFontMetricsF &metrics, qreal width);

// "registry.example.com/team/busybox:lab": the repository's path goes first ("…/busybox:lab"),
// then the middle of the rest, so both its ends stay.
QString imageName(const QString &image, const QFontMetricsF &metrics, qreal width);

} // namespace studio::labelfit
