#include "monitorformat.h"

#include "scene/canvasstyle.h"

#include <QCoreApplication>

#include <cmath>

namespace studio::monitorformat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("studio::monitorformat", text);
}

// Three significant digits at most: "980", "12.4", "1.20" with the prefix that fits.
QString scaled(double value, QString *prefix)
{
    static const char *const prefixes[] = {"", "k", "M", "G", "T"};
    int i = 0;
    double v = std::abs(value);
    while (v >= 999.5 && i < 4) {
        v /= 1000;
        ++i;
    }
    *prefix = QLatin1String(prefixes[i]);
    const int decimals = i == 0 ? (v < 10 && v != std::floor(v) ? 1 : 0)
                                : (v < 10    ? 2
                                   : v < 100 ? 1
                                             : 0);
    return QString::number(value < 0 ? -v : v, 'f', decimals);
}

} // namespace

QString siNumber(double value)
{
    if (!std::isfinite(value))
        return QString();
    static const char *const prefixes[] = {"", "k", "M", "G", "T"};
    int i = 0;
    double v = value;
    while (std::abs(v) >= 1000 && i < 4) {
        v /= 1000;
        ++i;
    }
    // Ticks are round numbers: "2.5 M", "8 M", never "8.00 M".
    const QString number = QString::number(v, 'g', 4);
    return i == 0 ? number : number + QLatin1Char(' ') + QLatin1String(prefixes[i]);
}

QString bitRate(double bitsPerSecond)
{
    if (!std::isfinite(bitsPerSecond))
        return tr("no data");
    QString prefix;
    const QString number = scaled(bitsPerSecond, &prefix);
    //: a bit rate: number, SI prefix (k, M, G), "b/s"
    return tr("%1 %2b/s").arg(number, prefix);
}

QString packetRate(double packetsPerSecond)
{
    if (!std::isfinite(packetsPerSecond))
        return tr("no data");
    QString prefix;
    const QString number = scaled(packetsPerSecond, &prefix);
    //: a packet rate: number, SI prefix (k, M), "pkt/s"
    return tr("%1 %2pkt/s").arg(number, prefix);
}

QString milliseconds(double ms)
{
    if (!std::isfinite(ms))
        return tr("no data");
    const int decimals = ms < 1 ? 3 : ms < 10 ? 2 : ms < 100 ? 1 : 0;
    return tr("%1 ms").arg(QString::number(ms, 'f', decimals));
}

QString percent(double share)
{
    if (!std::isfinite(share))
        return tr("no data");
    return tr("%1 %").arg(QString::number(share * 100, 'f', 1));
}

QString healthText(Health health)
{
    switch (health) {
    case Health::Unknown:
        return tr("waiting");
    case Health::Up:
        return tr("up");
    case Health::Degraded:
        return tr("degraded");
    case Health::Down:
        return tr("down");
    case Health::Unreachable:
        return tr("unreachable");
    case Health::Broken:
        return tr("broken");
    case Health::NotDeployed:
        return tr("not applied");
    case Health::Stale:
        return tr("silent");
    }
    return QString();
}

QColor healthColor(Health health, const QPalette &palette)
{
    switch (health) {
    case Health::Up:
        return canvasstyle::okColor();
    case Health::Degraded:
    case Health::Stale:
        return canvasstyle::warningColor();
    case Health::Down:
    case Health::Broken:
    case Health::Unreachable:
        return canvasstyle::failedColor();
    case Health::NotDeployed:
    case Health::Unknown:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::Text);
}

} // namespace studio::monitorformat
