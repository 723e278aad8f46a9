#pragma once

#include <QString>

namespace studio {

// RFC 4180: a field that holds a separator, a quote or a line break is quoted, its quotes doubled.
// The CLI's --csv and the Monitor dock's CSV export write the same format.
inline QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace studio
