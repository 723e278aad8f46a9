#include "monitorgraph.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace studio {

namespace {

// The pixel a coordinate falls in (clamped: far off-screen points must not overflow an int).
int pixelOf(double coordinate)
{
    return int(std::floor(std::clamp(coordinate, -1e9, 1e9)));
}

// The pixel coordinate of a value on a linear axis, as one multiply and add.
struct LinearMap
{
    explicit LinearMap(const QCPAxis *axis)
    {
        const QCPRange r = axis->range();
        origin = axis->coordToPixel(r.lower);
        lower = r.lower;
        scale = (axis->coordToPixel(r.upper) - origin) / r.size();
    }
    double operator()(double coordinate) const { return origin + (coordinate - lower) * scale; }
    double origin;
    double lower;
    double scale;
};

} // namespace

MonitorGraph::MonitorGraph(QCPAxis *keyAxis, QCPAxis *valueAxis)
    : QCPGraph(keyAxis, valueAxis)
{}

bool MonitorGraph::maxBetween(double from, double to, double *max) const
{
    // QCPDataContainer::valueRange() costs several library calls per sample; an hour of 64 series
    // is 230,000 samples per replot.
    double top = -std::numeric_limits<double>::infinity();
    const auto end = mDataContainer->findEnd(to, false);
    for (auto it = mDataContainer->findBegin(from, false); it != end; ++it) {
        if (it->value > top) // false for NaN
            top = it->value;
    }
    if (!std::isfinite(top))
        return false;
    *max = top;
    return true;
}

void MonitorGraph::draw(QCPPainter *painter)
{
    if (mScatterStyle.isNone() && !m_marks.isEmpty()) { // a dense line lost its dots
        m_marks.clear();
        m_marksKey.clear();
    }
    if (!drawsColumns(painter)) // else MonitorColumns draws it, with the plot's other dense lines
        QCPGraph::draw(painter);
}

bool MonitorGraph::drawsColumns(const QCPPainter *painter) const
{
    // Pixel columns only where they are exactly what the line would look like on screen: a thin,
    // solid, opaque, aliased line without marks or fill, on linear axes, painted pixel for pixel,
    // with at least two samples per column. Exports to SVG keep real lines.
    if (!mKeyAxis || !mValueAxis || mDataContainer->isEmpty() || mKeyAxis->range().size() <= 0)
        return false;
    if (painter->modes().testFlag(QCPPainter::pmVectorized) || !painter->isActive()
        || painter->transform().type() > QTransform::TxTranslate)
        return false;
    if (antialiased() || mLineStyle != lsLine || mPen.style() != Qt::SolidLine || mPen.widthF() > 1
        || mPen.color().alpha() != 255 || !mScatterStyle.isNone() || mBrush.style() != Qt::NoBrush
        || !mSelection.isEmpty() || mKeyAxis->orientation() != Qt::Horizontal
        || mKeyAxis->scaleType() != QCPAxis::stLinear
        || mValueAxis->scaleType() != QCPAxis::stLinear)
        return false;
    const QCPRange keys = mKeyAxis->range();
    const auto begin = mDataContainer->findBegin(keys.lower, true);
    const auto end = mDataContainer->findEnd(keys.upper, true);
    return end - begin >= 2 * mKeyAxis->axisRect()->width();
}

void MonitorGraph::paintColumns(QImage *image, const QPoint &origin) const
{
    const QCPRange keys = mKeyAxis->range();
    const auto begin = mDataContainer->findBegin(keys.lower, true);
    const auto end = mDataContainer->findEnd(keys.upper, true);
    const LinearMap toX(mKeyAxis.data());
    const LinearMap toY(mValueAxis.data());
    const int width = image->width(), height = image->height();
    const QRgb color = mPen.color().rgba(); // opaque: premultiplied as it is
    auto *const bits = reinterpret_cast<QRgb *>(image->bits());
    const qsizetype stride = image->bytesPerLine() / qsizetype(sizeof(QRgb));
    const auto fill = [&](int column, double low, double high) {
        const int x = column - origin.x();
        if (x < 0 || x >= width)
            return;
        const int top = std::max(0, pixelOf(std::min(low, high)) - origin.y());
        const int bottom = std::min(height - 1, pixelOf(std::max(low, high)) - origin.y());
        for (int y = top; y <= bottom; ++y)
            bits[y * stride + x] = color;
    };
    QVector<QLineF> joins; // across pixel columns without samples (rare in dense data)

    // The column being gathered, and where the line left the previous one.
    bool open = false;
    int column = 0;
    double low = 0, high = 0, lastX = 0, lastY = 0;
    bool previous = false; // a finished column the current one continues from
    int previousColumn = 0;
    double previousLow = 0, previousHigh = 0, previousX = 0, previousY = 0;
    const auto finishPrevious = [&] {
        if (previous)
            fill(previousColumn, previousLow, previousHigh);
        previous = false;
    };
    const auto close = [&] {
        finishPrevious();
        if (!open)
            return;
        previous = true;
        previousColumn = column;
        previousLow = low;
        previousHigh = high;
        previousX = lastX;
        previousY = lastY;
        open = false;
    };
    int gapColumn = std::numeric_limits<int>::min();
    for (auto it = begin; it != end; ++it) {
        if (std::isnan(it->value)) {
            // A gap: the line stops, nothing joins across it, and its pixel column stays
            // empty, so even a one-second gap in an hour shows.
            gapColumn = pixelOf(toX(it->key));
            if (open && column == gapColumn)
                open = false;
            close();
            finishPrevious();
            continue;
        }
        const double x = toX(it->key);
        const int at = pixelOf(x);
        if (at == gapColumn)
            continue;
        const double y = toY(it->value);
        if (open && at == column) {
            low = std::min(low, y);
            high = std::max(high, y);
            lastX = x;
            lastY = y;
            continue;
        }
        const bool continues = open;
        close();
        open = true;
        column = at;
        low = high = lastY = y;
        lastX = x;
        if (!continues)
            continue;
        if (at == previousColumn + 1) {
            // Neighbours: each column's run reaches halfway to the other's sample, as the line
            // piece between them would.
            const double middle = (previousY + y) / 2;
            previousLow = std::min(previousLow, middle);
            previousHigh = std::max(previousHigh, middle);
            low = std::min(low, middle);
            high = std::max(high, middle);
        } else {
            joins.append(QLineF(previousX, previousY, x, y));
        }
    }
    close();
    finishPrevious();
    if (!joins.isEmpty()) {
        QPainter painter(image);
        painter.translate(-origin);
        QPen pen = mPen;
        pen.setWidth(0); // cosmetic: one pixel, as QCustomPlot draws a 1-pixel line on screen
        painter.setPen(pen);
        painter.drawLines(joins);
    }
}

void MonitorGraph::getOptimizedLineData(QVector<QCPGraphData> *lineData,
                                        const QCPGraphDataContainer::const_iterator &begin,
                                        const QCPGraphDataContainer::const_iterator &end) const
{
    if (!lineData || begin == end)
        return;
    const LinearMap toX(mKeyAxis.data());
    const double span = std::abs(toX((end - 1)->key) - toX(begin->key));
    lineData->reserve(int(std::min<double>(double(end - begin), 2 * span + 8)));

    // The samples of the current pixel column since the last gap: its lowest and highest.
    auto low = end, high = end;
    int column = 0;
    const auto flush = [&] {
        if (low == end)
            return;
        // In time order, so the line runs through them as the samples did.
        lineData->append(low < high ? *low : *high);
        if (low != high)
            lineData->append(low < high ? *high : *low);
        low = high = end;
    };
    bool gapDrawn = false;
    int gapColumn = std::numeric_limits<int>::min();
    for (auto it = begin; it != end; ++it) {
        if (std::isnan(it->value)) {
            // The gap's pixel column stays empty, so even a gap narrower than a pixel shows.
            gapColumn = pixelOf(toX(it->key));
            if (low != end && column == gapColumn)
                low = high = end;
            flush();
            if (!gapDrawn) // one NaN breaks the line; a run of them needs no more
                lineData->append(*it);
            gapDrawn = true;
            continue;
        }
        const int at = pixelOf(toX(it->key));
        if (at == gapColumn)
            continue;
        gapDrawn = false;
        if (low != end && at != column)
            flush();
        if (low == end) {
            low = high = it;
            column = at;
        } else if (it->value < low->value) {
            low = it;
        } else if (it->value > high->value) {
            high = it;
        }
    }
    flush();
}

void MonitorGraph::drawScatterPlot(QCPPainter *painter, const QVector<QPointF> &scatters,
                                   const QCPScatterStyle &style) const
{
    if (painter->modes().testFlag(QCPPainter::pmVectorized)
        || painter->transform().type() > QTransform::TxTranslate
        || style.shape() == QCPScatterStyle::ssPixmap || style.shape() == QCPScatterStyle::ssCustom
        || scatters.size() < 2) {
        QCPGraph::drawScatterPlot(painter, scatters, style); // exports keep vector marks
        return;
    }
    const QPen pen = style.isPenDefined() ? style.pen() : mPen;
    // The mark's centre lies in the pixel at (margin, margin) of its copy.
    const int margin = int(std::ceil(style.size() / 2 + pen.widthF())) + 1;
    const int side = 2 * margin + 1;
    const QString key = QStringLiteral("%1 %2 %3 %4 %5 %6")
                            .arg(int(style.shape()))
                            .arg(style.size())
                            .arg(pen.color().rgba())
                            .arg(pen.widthF())
                            .arg(style.brush().color().rgba())
                            .arg(antialiasedScatters());
    if (key != m_marksKey) {
        m_marks.clear();
        m_marksKey = key;
    }
    constexpr int kPhases = 2; // half pixels: at most four copies per graph
    for (const QPointF &at : scatters) {
        const QPoint pixel(pixelOf(at.x()), pixelOf(at.y()));
        const int phaseX = std::min(kPhases - 1, int((at.x() - pixel.x()) * kPhases));
        const int phaseY = std::min(kPhases - 1, int((at.y() - pixel.y()) * kPhases));
        QPixmap &mark = m_marks[phaseX * kPhases + phaseY];
        if (mark.isNull()) {
            mark = QPixmap(side, side);
            mark.fill(Qt::transparent);
            QCPPainter markPainter(&mark);
            markPainter.setAntialiasing(antialiasedScatters());
            style.applyTo(&markPainter, mPen);
            style.drawShape(&markPainter, margin + (phaseX + 0.5) / kPhases,
                            margin + (phaseY + 0.5) / kPhases);
        }
        painter->drawPixmap(pixel - QPoint(margin, margin), mark);
    }
}

void MonitorGraph::getOptimizedScatterData(QVector<QCPGraphData> *scatterData,
                                           QCPGraphDataContainer::const_iterator begin,
                                           QCPGraphDataContainer::const_iterator end) const
{
    if (!scatterData || begin == end)
        return;
    // Marks on the same pixel would be drawn on top of each other: one of them is enough.
    const LinearMap toX(mKeyAxis.data());
    const LinearMap toY(mValueAxis.data());
    QPoint last;
    bool any = false;
    for (auto it = begin; it != end; ++it) {
        if (std::isnan(it->value))
            continue;
        const QPoint at(pixelOf(toX(it->key)), pixelOf(toY(it->value)));
        if (any && at == last)
            continue;
        scatterData->append(*it);
        last = at;
        any = true;
    }
}

} // namespace studio
