#pragma once

#include <qcustomplot.h>

namespace studio {

// Value-axis ticks with SI prefixes ("250 k", "1.50 M"): a rate axis spans bits per second from
// idle to gigabits, where QCustomPlot's plain numbers ("1.5e+06") read badly.
class SiAxisTicker : public QCPAxisTicker
{
protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
};

} // namespace studio
