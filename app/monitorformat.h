#pragma once

#include "monitor/monitorstore.h"

#include <QColor>
#include <QPalette>
#include <QString>

// How the Monitor writes its figures: rates with SI prefixes ("12.4 Mb/s"), round-trip times
// with the precision a ping gives ("0.42 ms"), shares in percent. One place, so the plots'
// tooltips, the summary table and the exported files agree.
namespace studio::monitorformat {

QString bitRate(double bitsPerSecond);
QString packetRate(double packetsPerSecond);
QString milliseconds(double ms);
QString percent(double share); // 0.25 -> "25.0 %"
// "12.4 M": the number with an SI prefix, for axis ticks whose unit is in the axis label.
QString siNumber(double value);
// A state in a word ("up", "unreachable", "not applied") and the colour that marks it.
QString healthText(Health health);
QColor healthColor(Health health, const QPalette &palette);

} // namespace studio::monitorformat
