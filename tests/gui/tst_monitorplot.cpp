// The Monitor's plot wrapper: gaps stay gaps, old samples go, replots happen only when something
// changed and someone can see it, a short recording fills the view from its start, a user's pan
// stops following, hover names the point, an hour drawn thinned still shows its spike, gap and
// loss, exports write real PNG and SVG files.
#include "monitorplot.h"
#include "monitorseries.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace studio;

class TestMonitorPlot : public QObject
{
    Q_OBJECT

private slots:
    void gapsAreNaNAndBreakTheLine()
    {
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        MonitorSeries *s = plot.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::blue);
        const double t0 = 1.7e9;
        s->append(t0, 1.0);
        s->appendGap(t0 + 1);
        s->append(t0 + 2, 3.0);
        s->appendLoss(t0 + 1);
        QCOMPARE(s->pointCount(), 3);
        QVERIFY(std::isnan((s->graph()->data()->constBegin() + 1)->value));
        QCOMPARE(s->lossCount(), 1);
        QCOMPARE(s->lossGraph()->data()->constBegin()->key, t0 + 1);
        QCOMPARE(s->lastTime(), t0 + 2);
        // A loss mark is not a legend entry of its own.
        QCOMPARE(plot.legend->itemCount(), 1);
    }

    void historyIsTrimmed()
    {
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        plot.setHistory(60);
        MonitorSeries *s = plot.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::blue);
        const double t0 = 1.7e9;
        for (int i = 0; i < 600; ++i)
            s->append(t0 + i, i);
        QVERIFY2(s->pointCount() <= 62, qPrintable(QString::number(s->pointCount())));
        QVERIFY(s->graph()->data()->constBegin()->key >= t0 + 599 - 62);
    }

    void removeFromDropsTheCorrectedTail()
    {
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        MonitorSeries *s = plot.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::blue);
        for (int i = 0; i < 10; ++i)
            s->append(100 + i, i);
        s->appendLoss(107);
        s->removeFrom(107);
        QCOMPARE(s->pointCount(), 7);
        QCOMPARE(s->lossCount(), 1);
        s->removeLossFrom(107.5);
        QCOMPARE(s->lossCount(), 1);
        s->removeLossFrom(107);
        QCOMPARE(s->lossCount(), 0);
    }

    void replotsOnlyWhenDirtyAndVisible()
    {
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        plot.resize(500, 300);
        MonitorSeries *s = plot.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::blue);
        s->append(1.7e9, 2.0);
        QVERIFY(plot.isDirty());
        QVERIFY(!plot.replotIfNeeded()); // nobody sees it: no work, stays dirty
        QVERIFY(plot.isDirty());
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.replotIfNeeded(); // the show itself
        QVERIFY(!plot.isDirty());
        QVERIFY(!plot.replotIfNeeded()); // nothing changed
        s->append(1.7e9 + 1, 3.0);
        QVERIFY(plot.replotIfNeeded());
        // A hidden series does not make its plot dirty.
        s->setShown(false);
        plot.replotIfNeeded();
        s->append(1.7e9 + 2, 4.0);
        QVERIFY(!plot.isDirty());
    }

    void theLegendWrapsToTheWidth()
    {
        // Entries side by side while they fit (three at most), fewer as the plot narrows.
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        for (int i = 1; i <= 4; ++i)
            plot.addSeries(QString::number(i),
                           QStringLiteral("lab1/container%1 → lab2/container%1").arg(i), Qt::blue);
        plot.resize(1400, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QCOMPARE(plot.legend->wrap(), 3);
        plot.resize(300, 300);
        QTRY_COMPARE(plot.legend->wrap(), 1);
        plot.replotNow();
        QCOMPARE(plot.legend->rowCount(), 4);
        plot.resize(1400, 300);
        QTRY_COMPARE(plot.legend->wrap(), 3);
    }

    void followsTheNewestUntilTheUserPans()
    {
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        plot.resize(600, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setWindow(60);
        MonitorSeries *s = plot.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::blue);
        const double t0 = 1.7e9;
        for (int i = 0; i < 300; ++i)
            s->append(t0 + i, 1 + (i % 5));
        plot.replotNow();
        QCOMPARE(plot.xAxis->range().upper, t0 + 299);
        QCOMPARE(plot.xAxis->range().size(), 60.0);
        QCOMPARE(plot.yAxis->range().lower, 0.0);
        QVERIFY(plot.yAxis->range().upper >= 5);

        // The user drags the time axis back: following stops and the view stays put.
        QSignalSpy follow(&plot, &MonitorPlot::followChanged);
        plot.setFocus();
        const QPoint centre = plot.axisRect()->rect().center();
        QTest::mousePress(&plot, Qt::LeftButton, {}, centre);
        QMouseEvent move(QEvent::MouseMove, centre + QPoint(150, 0),
                         plot.mapToGlobal(centre + QPoint(150, 0)), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(&plot, &move);
        QTest::mouseRelease(&plot, Qt::LeftButton, {}, centre + QPoint(150, 0));
        QVERIFY(!plot.follows());
        QCOMPARE(follow.count(), 1);
        const double upper = plot.xAxis->range().upper;
        QVERIFY(upper < t0 + 299);
        s->append(t0 + 300, 1);
        plot.replotNow();
        QCOMPARE(plot.xAxis->range().upper, upper);

        // End goes back to now.
        QCOMPARE(QApplication::focusWidget(), &plot);
        QTest::keyClick(&plot, Qt::Key_End);
        QVERIFY(plot.follows());
        plot.replotNow();
        QCOMPARE(plot.xAxis->range().upper, t0 + 300);
        // Keys zoom: Minus widens the view.
        QTest::keyClick(&plot, Qt::Key_Minus);
        QVERIFY(!plot.follows());
        QVERIFY(plot.xAxis->range().size() > 60.0);
    }

    void aShortRecordingFillsTheViewFromItsStart()
    {
        // Ten minutes of window, twenty seconds recorded: the samples begin at the left edge and
        // the first minute is the view, not a sliver at the right of ten empty minutes.
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        plot.resize(600, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        QCOMPARE(plot.window(), 600.0);
        MonitorSeries *s = plot.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::blue);
        const double t0 = 1.7e9;
        // Monitoring started, no sample yet: the minute from now.
        plot.setClock(t0 - 0.5);
        plot.replotNow();
        QCOMPARE(plot.xAxis->range().lower, t0 - 0.5);
        QCOMPARE(plot.xAxis->range().upper, t0 + 59.5);
        plot.setClock(0);
        for (int i = 0; i < 20; ++i)
            s->append(t0 + i, 1);
        plot.replotNow();
        QCOMPARE(plot.xAxis->range().lower, t0);
        QCOMPARE(plot.xAxis->range().upper, t0 + 60);
        QVERIFY(plot.xAxis->coordToPixel(t0 + 19) - plot.xAxis->coordToPixel(t0)
                > plot.axisRect()->width() / 4);
        // Five minutes: all of them, edge to edge.
        for (int i = 20; i < 300; ++i)
            s->append(t0 + i, 1);
        plot.replotNow();
        QCOMPARE(plot.xAxis->range().lower, t0);
        QCOMPARE(plot.xAxis->range().upper, t0 + 299);
        // Past the window, it slides.
        for (int i = 300; i < 700; ++i)
            s->append(t0 + i, 1);
        plot.replotNow();
        QCOMPARE(plot.xAxis->range().upper, t0 + 699);
        QCOMPARE(plot.xAxis->range().size(), 600.0);
        // Side by side with a graph that began earlier, it begins there too.
        plot.clearSeries();
        s = plot.addSeries(QStringLiteral("a"), QStringLiteral("a"), Qt::blue);
        s->append(t0 + 1, 1);
        s->append(t0 + 2, 1);
        plot.setRecordingStart(t0);
        plot.replotNow();
        QCOMPARE(plot.xAxis->range().lower, t0);
    }

    void hoverNamesTheNearestPoint()
    {
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        plot.setValueFormatter([](double v) { return QStringLiteral("%1 ms").arg(v); });
        plot.resize(600, 300);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        plot.setWindow(60);
        MonitorSeries *s
            = plot.addSeries(QStringLiteral("a"), QStringLiteral("lab1/c1 → lab2/c3"), Qt::blue);
        const double t0 = 1.7e9;
        for (int i = 0; i <= 60; ++i)
            s->append(t0 + i, i == 30 ? 8.0 : 2.0);
        plot.replotNow();
        const QPoint peak(int(plot.xAxis->coordToPixel(t0 + 30)), int(plot.yAxis->coordToPixel(8)));
        QTest::mouseMove(&plot, peak + QPoint(3, 2));
        QVERIFY2(plot.hoverText().startsWith(QStringLiteral("lab1/c1 → lab2/c3\n")),
                 qPrintable(plot.hoverText()));
        QVERIFY(plot.hoverText().endsWith(QStringLiteral("8 ms")));
        // Far from every line: nothing.
        QTest::mouseMove(&plot, QPoint(int(plot.xAxis->coordToPixel(t0 + 30)),
                                       int(plot.yAxis->coordToPixel(5))));
        QVERIFY(plot.hoverText().isEmpty());
    }

    void anHourKeepsSpikesGapsAndLossesInView()
    {
        // An hour at 1 Hz on a 600-pixel plot: six samples per pixel column, drawn as columns.
        MonitorPlot plot(QStringLiteral("RTT"), QStringLiteral("ms"), MonitorPlot::Scale::Plain);
        plot.setValueFormatter([](double v) { return QStringLiteral("%1 ms").arg(v); });
        plot.resize(600, 300);
        plot.setWindow(3600);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        const QColor blue(20, 60, 200);
        MonitorSeries *s = plot.addSeries(QStringLiteral("a"), QStringLiteral("ping"), blue);
        const double t0 = 1.7e9;
        for (int i = 0; i < 3600; ++i) {
            if (i == 1800) { // one lost ping in the middle of the hour
                s->appendGap(t0 + i);
                s->appendLoss(t0 + i);
            } else {
                s->append(t0 + i, i == 900 ? 9.0 : 1.0 + 0.01 * (i % 3)); // one spike
            }
        }
        plot.replotNow();
        QCOMPARE(s->detail(), MonitorSeries::Detail::Dense);
        const QImage shot = plot.grab().toImage();
        shot.save(QStringLiteral("monitorplot-hour.png")); // a test artifact to look at
        const auto isLine = [&](int x, int y) {
            const QColor c = shot.pixelColor(x, y);
            return qAbs(c.red() - blue.red()) < 30 && qAbs(c.green() - blue.green()) < 30
                   && qAbs(c.blue() - blue.blue()) < 30;
        };
        const auto lineRows = [&](int x, int fromY, int toY) {
            int rows = 0;
            for (int y = std::min(fromY, toY); y <= std::max(fromY, toY); ++y)
                rows += isLine(x, y);
            return rows;
        };
        const int base = int(plot.yAxis->coordToPixel(1.0));
        const int top = int(plot.yAxis->coordToPixel(9.0));
        // The spike: one sample of 3,600, still drawn to its top.
        const int spikeX = int(plot.xAxis->coordToPixel(t0 + 900));
        int spikeRows = 0;
        for (int x = spikeX - 1; x <= spikeX + 1; ++x)
            spikeRows = std::max(spikeRows, lineRows(x, top + 1, base - 5));
        QVERIFY2(spikeRows > (base - top) / 2, qPrintable(QString::number(spikeRows)));
        // The gap: one second of an hour, narrower than a pixel, still leaves its column empty.
        const int gapX = int(std::floor(plot.xAxis->coordToPixel(t0 + 1800)));
        QCOMPARE(lineRows(gapX, base - 3, base + 3), 0);
        QVERIFY(lineRows(gapX - 2, base - 3, base + 3) > 0);
        QVERIFY(lineRows(gapX + 2, base - 3, base + 3) > 0);
        // The loss: a cross on the time axis in the series' colour.
        const int axisY = int(plot.yAxis->coordToPixel(0));
        int lossPixels = 0;
        for (int x = gapX - 5; x <= gapX + 5; ++x)
            lossPixels += lineRows(x, axisY - 5, axisY - 1);
        QVERIFY2(lossPixels >= 4, qPrintable(QString::number(lossPixels)));
        // Hover reads the recorded samples, not the drawn columns.
        QTest::mouseMove(&plot, QPoint(spikeX, top));
        QVERIFY2(plot.hoverText().endsWith(QStringLiteral("9 ms")), qPrintable(plot.hoverText()));
    }

    void exportsPngAndSvg()
    {
        MonitorPlot plot(QStringLiteral("Throughput"), QStringLiteral("bit/s"),
                         MonitorPlot::Scale::Si);
        plot.resize(640, 320);
        MonitorSeries *s
            = plot.addSeries(QStringLiteral("a"), QStringLiteral("VNI 100"), QColor(31, 119, 180));
        for (int i = 0; i < 120; ++i)
            s->append(1.7e9 + i, 1e6 * (1 + i % 7));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("plot.png"));
        const QString svg = dir.filePath(QStringLiteral("plot.svg"));
        QVERIFY(plot.exportImage(png).ok());
        QVERIFY(plot.exportImage(svg).ok());
        const QImage image(png);
        QCOMPARE(image.size(), QSize(640, 320));
        image.save(QStringLiteral("monitorplot.png")); // a test artifact to look at
        int seriesPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                // Dense lines are drawn thin and antialiased: near the colour, not exactly it.
                const QColor c = image.pixelColor(x, y);
                seriesPixels += qAbs(c.red() - 31) < 40 && qAbs(c.green() - 119) < 40
                                && qAbs(c.blue() - 180) < 40;
            }
        }
        QVERIFY2(seriesPixels > 100, qPrintable(QString::number(seriesPixels)));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("#1f77b4")); // the series' colour
        QVERIFY(text.contains("VNI 100")); // the legend as text
        QVERIFY(!plot.exportImage(QStringLiteral("/nonexistent/dir/plot.png")).ok());
    }
};

QTEST_MAIN(TestMonitorPlot)
#include "tst_monitorplot.moc"
