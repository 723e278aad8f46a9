#include "monitorplot.h"

#include "monitorcolumns.h"
#include "monitorseries.h"
#include "siaxisticker.h"

#include <QDateTime>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace studio {

namespace {

// Above this many lines the legend would cover the plot; the dock then asks the user to pick an
// object on the canvas instead.
constexpr int kMaxLegendEntries = 12;
constexpr double kHoverRadius = 24; // pixels
constexpr int kLegendRow = 2;       // under the title and the axes
constexpr int kLegendColumns = 3;   // entries side by side at most
// A recording younger than this fills the view from its left edge instead of being stretched.
constexpr double kShortestSpan = 60; // seconds

bool isLossGraph(const QCPGraph *graph)
{
    return graph->property("lossMarkers").toBool();
}

} // namespace

MonitorPlot::MonitorPlot(const QString &title, const QString &valueLabel, Scale scale,
                         QWidget *parent)
    : QCustomPlot(parent)
{
    setFocusPolicy(Qt::StrongFocus); // keys pan and zoom; the user tabs here
    setAccessibleName(title);
    setNoAntialiasingOnDrag(true);
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    axisRect()->setRangeDrag(Qt::Horizontal);
    axisRect()->setRangeZoom(Qt::Horizontal);
    // Small, so the Monitor (tabbed with the other bottom panels) leaves a small window its
    // canvas; the graphs take the room the dock is given.
    setMinimumHeight(70);
    // Narrow too, the legend wrapping to fit (see fitLegend), so the dock's table keeps its room.
    setMinimumWidth(160);

    m_timeTicker = QSharedPointer<QCPAxisTickerDateTime>::create();
    m_timeTicker->setDateTimeFormat(QStringLiteral("hh:mm:ss"));
    xAxis->setTicker(m_timeTicker);
    if (scale == Scale::Si)
        yAxis->setTicker(QSharedPointer<SiAxisTicker>::create());
    yAxis->setLabel(valueLabel);
    yAxis->setRange(0, 1);

    plotLayout()->insertRow(0);
    QFont titleFont = font();
    titleFont.setBold(true);
    m_title = new QCPTextElement(this, title, titleFont);
    plotLayout()->addElement(0, 0, m_title);

    // The legend below the axes, in rows, so it never hides a line.
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    legend->setFont(legendFont);
    legend->setVisible(false);
    axisRect()->insetLayout()->take(legend);
    plotLayout()->addElement(kLegendRow, 0, legend);
    plotLayout()->setRowStretchFactor(kLegendRow, 0.001);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(kLegendColumns);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(6, 2, 6, 2));

    // Dense lines as pixel columns (one image for all of them) above the other lines, and loss
    // marks above every line.
    addLayer(QStringLiteral("columns"), layer(QStringLiteral("main")), limAbove);
    addLayer(QStringLiteral("marks"), layer(QStringLiteral("columns")), limAbove);
    new MonitorColumns(this, QStringLiteral("columns")); // the plot owns it

    // Hover marks live on their own buffered layer: moving the pointer repaints only that layer.
    m_overlay = layer(QStringLiteral("overlay"));
    m_overlay->setMode(QCPLayer::lmBuffered);
    m_tracer = new QCPItemTracer(this);
    m_tracer->setLayer(m_overlay);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(9);
    m_tracer->setVisible(false);
    m_hoverLabel = new QCPItemText(this);
    m_hoverLabel->setLayer(m_overlay);
    m_hoverLabel->position->setType(QCPItemPosition::ptAbsolute);
    m_hoverLabel->setPadding(QMargins(6, 4, 6, 4));
    m_hoverLabel->setTextAlignment(Qt::AlignLeft);
    m_hoverLabel->setVisible(false);
    m_hoverLabel->setClipToAxisRect(false);

    // Any range change we did not make is the user's zoom or pan: stop following.
    connect(xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this, [this] {
        if (m_settingRange)
            return;
        rescaleValues();
        updateDetail();
        updateTimeTicks(width());
        hideHover();
        setFollow(false);
        emit viewMovedByUser();
    });

    m_format = [](double v) {
        return QString::number(v, 'g', 4);
    };
    applyPalette();
    setTimeRange(QDateTime::currentMSecsSinceEpoch() / 1000.0 - m_window,
                 QDateTime::currentMSecsSinceEpoch() / 1000.0);
    updateTimeTicks(width());
}

MonitorPlot::~MonitorPlot()
{
    m_series.clear(); // while the graphs they remove still exist
}

MonitorSeries *MonitorPlot::addSeries(const QString &key, const QString &name, const QColor &color,
                                      Qt::PenStyle style)
{
    if (MonitorSeries *existing = series(key))
        return existing;
    m_series.push_back(std::make_unique<MonitorSeries>(this, key, name, color, style));
    m_byKey.insert(key, m_series.back().get());
    updateLegend();
    markDirty();
    return m_series.back().get();
}

MonitorSeries *MonitorPlot::series(const QString &key) const
{
    return m_byKey.value(key);
}

void MonitorPlot::removeSeries(const QString &key)
{
    m_byKey.remove(key);
    m_series.erase(std::remove_if(m_series.begin(), m_series.end(),
                                  [&key](const auto &s) { return s->key() == key; }),
                   m_series.end());
    hideHover();
    updateLegend();
    markDirty();
}

void MonitorPlot::clearSeries()
{
    m_byKey.clear();
    m_series.clear();
    m_newest = 0;
    m_oldest = 0;
    m_recordingStart = 0; // the next recording says its own
    m_trimmedBefore = 0;
    hideHover();
    updateLegend();
    markDirty();
}

int MonitorPlot::shownSeriesCount() const
{
    return int(std::count_if(m_series.begin(), m_series.end(),
                             [](const auto &s) { return s->isShown(); }));
}

void MonitorPlot::setWindow(double seconds)
{
    m_window = std::max(10.0, seconds);
    if (m_follow) {
        markDirty();
    } else {
        // Keep the centre of what the user looks at.
        const double centre = xAxis->range().center();
        setTimeRange(centre - m_window / 2, centre + m_window / 2);
        rescaleValues();
        markDirty();
    }
}

void MonitorPlot::setFollow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (follow)
        markDirty();
    emit followChanged(follow);
}

void MonitorPlot::showTimeRange(double lower, double upper)
{
    setFollow(false);
    setTimeRange(lower, upper);
    rescaleValues();
    updateTimeTicks(width());
    hideHover();
    markDirty();
}

void MonitorPlot::setRecordingStart(double time)
{
    if (time == m_recordingStart)
        return;
    m_recordingStart = time;
    if (m_follow)
        markDirty();
}

void MonitorPlot::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused)
        markDirty();
}

void MonitorPlot::setClock(double now)
{
    m_clock = now;
    // Scroll once a second at most: smoother would replot every plot on every tick.
    if (m_follow && !m_paused && now - m_drawnUpper >= 1.0)
        markDirty();
}

void MonitorPlot::noteTime(double time)
{
    if (m_oldest <= 0 || time < m_oldest)
        m_oldest = time;
    if (time <= m_newest)
        return;
    m_newest = time;
    const double cut = m_newest - m_history;
    if (cut > m_trimmedBefore + 1.0) {
        m_trimmedBefore = cut;
        m_oldest = std::max(m_oldest, cut);
        for (const auto &s : m_series)
            s->removeBefore(cut);
    }
}

bool MonitorPlot::replotIfNeeded()
{
    if (!m_dirty || !isVisible() || size().isEmpty())
        return false;
    layoutAxes();
    replot(rpQueuedReplot);
    m_dirty = false;
    return true;
}

void MonitorPlot::replotNow()
{
    layoutAxes();
    replot(rpImmediateRefresh);
    m_dirty = false;
}

void MonitorPlot::layoutAxes()
{
    if (m_follow && !m_paused) {
        double upper = std::max(m_newest, m_clock);
        if (upper <= 0)
            upper = QDateTime::currentMSecsSinceEpoch() / 1000.0;
        m_drawnUpper = upper;
        // A recording shorter than the window starts at the view's left edge: its first minutes
        // are not squeezed against the right of ten empty ones.
        double start = m_recordingStart > 0 ? m_recordingStart : m_oldest;
        if (start <= 0 && m_clock > 0)
            start = m_clock; // monitoring, no sample yet: the recording begins now
        double lower = upper - m_window;
        if (start > lower) {
            lower = start;
            upper = std::max(upper, start + std::min(kShortestSpan, m_window));
        }
        setTimeRange(lower, upper);
    }
    rescaleValues();
    updateDetail();
    updateTimeTicks(width());
    // A short graph gets fewer value ticks than a tall one: labels never crowd.
    yAxis->ticker()->setTickCount(std::clamp(axisRect()->height() / 35, 2, 6));
    updateLegend();
}

void MonitorPlot::updateTimeTicks(int plotWidth)
{
    // As many "hh:mm:ss" labels as fit side by side; seconds only when the view is short.
    const bool seconds = xAxis->range().size() <= 300;
    m_timeTicker->setDateTimeFormat(seconds ? QStringLiteral("hh:mm:ss") : QStringLiteral("hh:mm"));
    const int labelWidth
        = QFontMetrics(xAxis->tickLabelFont())
              .horizontalAdvance(seconds ? QStringLiteral("00:00:00") : QStringLiteral("00:00"));
    // The value axis and margins take about 80 pixels of the plot's width.
    m_timeTicker->setTickCount(std::clamp((plotWidth - 80) / (labelWidth * 2), 2, 8));
}

void MonitorPlot::setTimeRange(double lower, double upper)
{
    m_settingRange = true;
    xAxis->setRange(lower, upper);
    m_settingRange = false;
}

void MonitorPlot::updateDetail()
{
    // Points closer than this many pixels make a dense line.
    constexpr double kSparsePixels = 5;
    const QCPRange range = xAxis->range();
    const double width = std::max(1, axisRect()->width());
    for (const auto &s : m_series) {
        if (!s->isShown())
            continue;
        const int points = s->pointsBetween(range.lower, range.upper);
        s->setDetail(points > 1 && width / points < kSparsePixels ? MonitorSeries::Detail::Dense
                                                                  : MonitorSeries::Detail::Sparse);
    }
}

void MonitorPlot::rescaleValues()
{
    // The value axis fits what is in view, from zero (every figure here is a magnitude).
    double top = 0;
    const QCPRange range = xAxis->range();
    for (const auto &s : m_series) {
        double max = 0;
        if (s->isShown() && s->maxBetween(range.lower, range.upper, &max))
            top = std::max(top, max);
    }
    yAxis->setRange(0, top > 0 ? top * 1.15 : 1);
}

void MonitorPlot::updateLegend()
{
    const int shown = shownSeriesCount();
    const bool visible = shown > 0 && shown <= kMaxLegendEntries;
    legend->setVisible(visible);
    // QCustomPlot lays out hidden elements too: a hidden legend of 64 entries would still take
    // its rows and squeeze the graph to a strip. Out of the layout while hidden, then.
    const bool placed
        = plotLayout()->hasElement(kLegendRow, 0) && plotLayout()->element(kLegendRow, 0) == legend;
    if (visible && !placed) {
        plotLayout()->addElement(kLegendRow, 0, legend);
        plotLayout()->setRowStretchFactor(kLegendRow, 0.001);
    } else if (!visible && placed) {
        plotLayout()->take(legend);
    }
    fitLegend(width());
}

void MonitorPlot::fitLegend(int plotWidth)
{
    int widest = 0;
    for (int i = 0; i < legend->itemCount(); ++i) {
        if (const QCPAbstractLegendItem *item = legend->item(i)) // cells of a short row are empty
            widest = std::max(widest, item->minimumOuterSizeHint().width());
    }
    const int spacing = legend->columnSpacing();
    const int room = plotWidth - legend->margins().left() - legend->margins().right();
    const int columns = widest > 0
                            ? std::clamp((room + spacing) / (widest + spacing), 1, kLegendColumns)
                            : kLegendColumns;
    if (columns == legend->wrap())
        return;
    legend->setWrap(columns);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // rearranged in the new rows
    markDirty();
}

QString MonitorPlot::formatValue(double value) const
{
    return m_format(value);
}

void MonitorPlot::hoverAt(const QPointF &pos)
{
    QCPGraph *best = nullptr;
    double bestKey = 0, bestValue = 0;
    double bestDistance = kHoverRadius;
    // Every recorded sample within reach of the pointer: in an hour's view a pixel column holds
    // several, and the one pointed at (a spike) need not be the nearest in time.
    const double from = xAxis->pixelToCoord(pos.x() - kHoverRadius);
    const double to = xAxis->pixelToCoord(pos.x() + kHoverRadius);
    for (int i = 0; i < graphCount(); ++i) {
        QCPGraph *g = graph(i);
        if (!g->visible() || g->data()->isEmpty())
            continue;
        const auto end = g->data()->findEnd(std::max(from, to), true);
        for (auto it = g->data()->findBegin(std::min(from, to), true); it != end; ++it) {
            if (std::isnan(it->value))
                continue;
            const double dx = xAxis->coordToPixel(it->key) - pos.x();
            const double dy = yAxis->coordToPixel(it->value) - pos.y();
            const double distance = std::hypot(dx, dy);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = g;
                bestKey = it->key;
                bestValue = it->value;
            }
        }
    }
    if (!best) {
        hideHover();
        return;
    }
    const QString time = QDateTime::fromMSecsSinceEpoch(qint64(bestKey * 1000))
                             .toString(QStringLiteral("hh:mm:ss"));
    const QString value = isLossGraph(best) ? tr("no reply") : formatValue(bestValue);
    m_hoverText = tr("%1\n%2  %3").arg(best->name(), time, value);
    m_tracer->position->setCoords(bestKey, bestValue);
    m_tracer->setPen(QPen(best->pen().color(), 2));
    m_tracer->setVisible(true);
    m_hoverLabel->setText(m_hoverText);
    // Beside the point, on the side with room.
    const QPointF at(xAxis->coordToPixel(bestKey), yAxis->coordToPixel(bestValue));
    const QRect area = axisRect()->rect();
    Qt::Alignment align = at.x() > area.center().x() ? Qt::AlignRight : Qt::AlignLeft;
    align |= at.y() < area.center().y() ? Qt::AlignTop : Qt::AlignBottom;
    m_hoverLabel->setPositionAlignment(align);
    m_hoverLabel->position->setCoords(
        at + QPointF(align & Qt::AlignLeft ? 10 : -10, align & Qt::AlignTop ? 10 : -10));
    m_hoverLabel->setVisible(true);
    setToolTip(m_hoverText);
    m_overlay->replot();
}

void MonitorPlot::hideHover()
{
    if (m_hoverText.isEmpty())
        return;
    m_hoverText.clear();
    m_tracer->setVisible(false);
    m_hoverLabel->setVisible(false);
    setToolTip(QString());
    m_overlay->replot();
}

void MonitorPlot::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (event->buttons() == Qt::NoButton)
        hoverAt(event->position());
}

void MonitorPlot::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    hideHover();
}

void MonitorPlot::mouseDoubleClickEvent(QMouseEvent *event)
{
    QCustomPlot::mouseDoubleClickEvent(event);
    setFollow(true); // back to now
}

void MonitorPlot::keyPressEvent(QKeyEvent *event)
{
    const QCPRange range = xAxis->range();
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const double step = range.size() / 10 * (event->key() == Qt::Key_Left ? -1 : 1);
        xAxis->setRange(range.lower + step, range.upper + step); // the user's pan
        replot(rpQueuedReplot);
        return;
    }
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus: {
        xAxis->scaleRange(event->key() == Qt::Key_Minus ? 1.25 : 0.8, range.center());
        replot(rpQueuedReplot);
        return;
    }
    case Qt::Key_End:
        setFollow(true);
        replotIfNeeded();
        return;
    default:
        QCustomPlot::keyPressEvent(event);
    }
}

void MonitorPlot::resizeEvent(QResizeEvent *event)
{
    updateTimeTicks(event->size().width()); // as many time labels as the new width holds
    fitLegend(event->size().width());
    // Laid out while hidden, a plot may be sized to nothing: QCustomPlot would replot into empty
    // buffers (a warning per layer). It replots when it has a size again.
    if (event->size().isEmpty()) {
        QWidget::resizeEvent(event);
        return;
    }
    QCustomPlot::resizeEvent(event);
}

void MonitorPlot::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    markDirty(); // data may have arrived while nobody could see it
}

void MonitorPlot::setTexts(const QString &title, const QString &valueLabel)
{
    setAccessibleName(title);
    m_title->setText(title);
    yAxis->setLabel(valueLabel);
    markDirty();
}

void MonitorPlot::changeEvent(QEvent *event)
{
    QCustomPlot::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void MonitorPlot::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor grid = p.color(QPalette::Mid);
    setBackground(p.color(QPalette::Base));
    for (QCPAxis *axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(grid, 0, Qt::DotLine));
    }
    m_title->setTextColor(text);
    legend->setBrush(p.color(QPalette::Base));
    legend->setTextColor(text);
    QColor labelFill = p.color(QPalette::ToolTipBase);
    labelFill.setAlpha(235);
    m_hoverLabel->setBrush(labelFill);
    m_hoverLabel->setColor(p.color(QPalette::ToolTipText));
    m_hoverLabel->setPen(QPen(grid));
    markDirty();
}

Status MonitorPlot::exportImage(const QString &path, int width, int height)
{
    hideHover();
    if (m_dirty)
        layoutAxes();
    const int w = width > 0 ? width : this->width();
    const int h = height > 0 ? height : this->height();
    updateTimeTicks(w);
    bool ok = false;
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(w, h));
        svg.setViewBox(QRect(0, 0, w, h));
        svg.setTitle(m_title->text());
        svg.setDescription(tr("Graph recorded by OverlayStudio"));
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            toPainter(&painter, w, h);
            ok = painter.end();
        }
    } else {
        ok = savePng(path, w, h);
    }
    if (!ok)
        return Error{path, tr("could not be written."),
                     tr("Choose a folder you may write to, and a .png or .svg name.")};
    return success();
}

} // namespace studio
