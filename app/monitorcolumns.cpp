#include "monitorcolumns.h"

#include "monitorgraph.h"

namespace studio {

MonitorColumns::MonitorColumns(QCustomPlot *plot, const QString &layer)
    : QCPLayerable(plot, layer)
{}

QRect MonitorColumns::clipRect() const
{
    return parentPlot()->axisRect()->rect();
}

void MonitorColumns::applyDefaultAntialiasingHint(QCPPainter *painter) const
{
    painter->setAntialiasing(false);
}

void MonitorColumns::draw(QCPPainter *painter)
{
    const QRect area = clipRect();
    if (area.isEmpty())
        return;
    bool any = false;
    // In the plot's order, so lines cross each other as they would if drawn one by one.
    for (int i = 0; i < parentPlot()->graphCount(); ++i) {
        const auto *graph = qobject_cast<const MonitorGraph *>(parentPlot()->graph(i));
        if (!graph || !graph->realVisibility() || !graph->drawsColumns(painter))
            continue;
        if (!any) {
            if (m_image.size() != area.size())
                m_image = QImage(area.size(), QImage::Format_ARGB32_Premultiplied);
            m_image.fill(Qt::transparent);
            any = true;
        }
        graph->paintColumns(&m_image, area.topLeft());
    }
    if (any)
        painter->drawImage(area.topLeft(), m_image);
}

} // namespace studio
