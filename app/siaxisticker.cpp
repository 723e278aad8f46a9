#include "siaxisticker.h"

#include "monitorformat.h"

namespace studio {

QString SiAxisTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return monitorformat::siNumber(tick);
}

} // namespace studio
