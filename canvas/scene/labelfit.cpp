#include "labelfit.h"

namespace studio::labelfit {

// A cut address ("1….2.254/24") would tell nothing.
QString portAndAddress(const QString &line, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(line) <= width)
        return line;
    const QString separator = QStringLiteral(" · ");
    const qsizetype at = line.indexOf(separator);
    if (at > 0) {
        const QString address = line.mid(at + separator.size());
        const qreal room = width - metrics.horizontalAdvance(separator + address);
        if (room > metrics.horizontalAdvance(QStringLiteral("v…")))
            return metrics.elidedText(line.left(at), Qt::ElideRight, room) + separator + address;
        if (metrics.horizontalAdvance(address) <= width)
            return address;
    }
    return metrics.elidedText(line, Qt::ElideRight, width);
}

QString imageName(const QString &image, const QFontMetricsF &metrics, qreal width)
{
    if (metrics.horizontalAdvance(image) <= width)
        return image;
    const qsizetype slash = image.lastIndexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString shorter = QStringLiteral("…/") + image.mid(slash + 1);
        if (metrics.horizontalAdvance(shorter) <= width)
            return shorter;
        return metrics.elidedText(image.mid(slash + 1), Qt::ElideMiddle, width);
    }
    return metrics.elidedText(image, Qt::ElideMiddle, width);
}

} // namespace studio::labelfit
