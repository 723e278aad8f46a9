#pragma once

#include "model/result.h"

#include <QCoreApplication>

namespace studio {

class MonitorStore;
class SeriesCatalog;

// Writes what the Monitor recorded as CSV, one row per sample: its time (ISO 8601 and seconds
// since the epoch), what was measured, the object by its canvas name, the series' legend name
// and the value (empty for a gap). Long format, so a spreadsheet or pandas pivots it any way.
class MonitorCsv
{
    Q_DECLARE_TR_FUNCTIONS(studio::MonitorCsv)

public:
    static Status write(const MonitorStore &store, const SeriesCatalog &catalog,
                        const QString &path);
    static QString metricName(int metric); // "rtt_ms", "link_bits_per_s_a_to_b", ...
};

} // namespace studio
