#include "monitorcsv.h"

#include "seriescatalog.h"

#include "monitor/csvfield.h"

#include <QDateTime>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace studio {

QString MonitorCsv::metricName(int metric)
{
    switch (Metric(metric)) {
    case Metric::LinkBitsAToB:
        return QStringLiteral("link_bits_per_s_a_to_b");
    case Metric::LinkBitsBToA:
        return QStringLiteral("link_bits_per_s_b_to_a");
    case Metric::LinkPacketsAToB:
        return QStringLiteral("link_packets_per_s_a_to_b");
    case Metric::LinkPacketsBToA:
        return QStringLiteral("link_packets_per_s_b_to_a");
    case Metric::ContainerBitsOut:
        return QStringLiteral("container_bits_per_s_sent");
    case Metric::ContainerBitsIn:
        return QStringLiteral("container_bits_per_s_received");
    case Metric::ContainerPacketsOut:
        return QStringLiteral("container_packets_per_s_sent");
    case Metric::ContainerPacketsIn:
        return QStringLiteral("container_packets_per_s_received");
    case Metric::ProbeRttMs:
        return QStringLiteral("rtt_ms");
    case Metric::ProbeLoss:
        return QStringLiteral("lost_request");
    }
    return QString();
}

Status MonitorCsv::write(const MonitorStore &store, const SeriesCatalog &catalog,
                         const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error{path, tr("could not be written: %1").arg(file.errorString()),
                     tr("Choose a folder you may write to.")};
    QTextStream out(&file);
    out << "time,seconds,metric,object,series,value\n";
    // A stable order: by metric, then object or probe, then time.
    QList<SeriesKey> keys = store.seriesKeys();
    std::sort(keys.begin(), keys.end(), [](const SeriesKey &a, const SeriesKey &b) {
        return a.metric != b.metric ? a.metric < b.metric : a.id < b.id;
    });
    const Topology &t = store.topology();
    for (const SeriesKey &key : keys) {
        const TimeSeries *series = store.series(key);
        if (!series)
            continue;
        const SeriesLook look = catalog.look(key);
        QString object;
        if (look.probe >= 0) {
            if (const ProbeSpec *p = store.probe(look.probe))
                object = p->key;
        } else {
            object = t.displayName(look.object);
        }
        const QString prefix = QLatin1Char(',') + metricName(int(key.metric)) + QLatin1Char(',')
                               + csvField(object) + QLatin1Char(',') + csvField(look.name)
                               + QLatin1Char(',');
        for (const TimeSeries::Point &p : series->points()) {
            out << QDateTime::fromMSecsSinceEpoch(qint64(std::llround(p.t * 1000)), Qt::UTC)
                       .toString(Qt::ISODateWithMs)
                << ',' << QString::number(p.t, 'f', 3) << prefix;
            if (!std::isnan(p.v))
                out << QString::number(p.v, 'g', 10);
            out << '\n';
        }
    }
    out.flush();
    if (out.status() != QTextStream::Ok || !file.commit())
        return Error{path, tr("could not be written: %1").arg(file.errorString()),
                     tr("Check the free space and choose a folder you may write to.")};
    return success();
}

} // namespace studio
