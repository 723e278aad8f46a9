#include "monitorseries.h"

#include "monitorgraph.h"
#include "monitorplot.h"

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio {

MonitorSeries::MonitorSeries(MonitorPlot *plot, const QString &key, const QString &name,
                             const QColor &color, Qt::PenStyle style)
    : m_plot(plot)
    , m_key(key)
    , m_name(name)
    , m_color(color)
    , m_style(style)
{
    m_graph = new MonitorGraph(plot->xAxis, plot->yAxis); // the plot owns it
    m_graph->setName(name);
    m_graph->setLineStyle(QCPGraph::lsLine);
    setDetail(Detail::Sparse);
}

MonitorSeries::~MonitorSeries()
{
    m_plot->removeGraph(m_graph);
    if (m_loss)
        m_plot->removeGraph(m_loss);
}

void MonitorSeries::setDetail(Detail detail)
{
    if (detail == m_detail)
        return;
    m_detail = detail;
    // Sparse: a bold line (it reads on a projector) and a dot on every sample, so a lone sample
    // between two gaps still shows. Dense: Qt draws a 1-pixel line several times faster than a
    // wider one, and dots would only blur the line.
    const bool sparse = detail == Detail::Sparse;
    // A dense 1-pixel line needs no antialiasing, and aliased lines are cheaper to draw (an hour
    // of 64 series: 20 instead of 26 ms of CPU per replot, measured under load).
    m_graph->setAntialiased(sparse);
    QPen pen(m_color, sparse ? 2 : 1, m_style);
    pen.setCapStyle(Qt::FlatCap);
    m_graph->setPen(pen);
    m_graph->setScatterStyle(sparse ? QCPScatterStyle(QCPScatterStyle::ssDisc, m_color, 4)
                                    : QCPScatterStyle(QCPScatterStyle::ssNone));
}

int MonitorSeries::pointsBetween(double from, double to) const
{
    const auto data = m_graph->data();
    return int(data->findEnd(to, false) - data->findBegin(from, false));
}

bool MonitorSeries::maxBetween(double from, double to, double *max) const
{
    return m_graph->maxBetween(from, to, max);
}

QCPGraph *MonitorSeries::graph() const
{
    return m_graph;
}

QCPGraph *MonitorSeries::lossGraph() const
{
    return m_loss;
}

void MonitorSeries::setName(const QString &name)
{
    m_name = name;
    m_graph->setName(name);
    m_plot->markDirty();
}

void MonitorSeries::append(double time, double value)
{
    m_graph->data()->add(QCPGraphData(time, value));
    if (m_shown)
        m_plot->markDirty();
    m_plot->noteTime(time);
}

void MonitorSeries::appendGap(double time)
{
    append(time, std::numeric_limits<double>::quiet_NaN());
}

void MonitorSeries::appendLoss(double time)
{
    if (!m_loss) {
        m_loss = new MonitorGraph(m_plot->xAxis, m_plot->yAxis);
        m_loss->setName(m_name);
        m_loss->removeFromLegend();
        m_loss->setLineStyle(QCPGraph::lsNone);
        // A cross on the time axis, in the series' colour: loss reads at a glance, and whose.
        m_loss->setScatterStyle(
            QCPScatterStyle(QCPScatterStyle::ssCross, QPen(m_color, 2), Qt::NoBrush, 9));
        m_loss->setVisible(m_shown);
        m_loss->setProperty("lossMarkers", true);
        m_loss->setLayer(QStringLiteral("marks")); // above every line
    }
    m_loss->data()->add(QCPGraphData(time, 0));
    if (m_shown)
        m_plot->markDirty();
    m_plot->noteTime(time);
}

void MonitorSeries::removeBefore(double time)
{
    m_graph->data()->removeBefore(time);
    if (m_loss)
        m_loss->data()->removeBefore(time);
}

void MonitorSeries::removeFrom(double time)
{
    constexpr double end = std::numeric_limits<double>::max();
    m_graph->data()->remove(time, end);
    if (m_shown)
        m_plot->markDirty();
}

void MonitorSeries::removeLossFrom(double time)
{
    if (!m_loss)
        return;
    m_loss->data()->remove(time, std::numeric_limits<double>::max());
    if (m_shown)
        m_plot->markDirty();
}

void MonitorSeries::setShown(bool shown)
{
    if (shown == m_shown)
        return;
    m_shown = shown;
    m_graph->setVisible(shown);
    if (shown)
        m_graph->addToLegend();
    else
        m_graph->removeFromLegend();
    if (m_loss)
        m_loss->setVisible(shown);
    m_plot->markDirty();
}

int MonitorSeries::pointCount() const
{
    return m_graph->data()->size();
}

int MonitorSeries::lossCount() const
{
    return m_loss ? m_loss->data()->size() : 0;
}

double MonitorSeries::lastTime() const
{
    return m_graph->data()->isEmpty() ? 0 : (m_graph->data()->constEnd() - 1)->key;
}

} // namespace studio
