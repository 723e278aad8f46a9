#include "themedicon.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QSvgRenderer>

#include <memory>

namespace studio {

namespace {

class ThemedSvgEngine : public QIconEngine
{
public:
    explicit ThemedSvgEngine(const QString &resource)
    {
        QFile file(resource);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    QIconEngine *clone() const override { return new ThemedSvgEngine(*this); }
    QString key() const override { return QStringLiteral("studio-themed-svg"); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor ink = palette.color(
            mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::WindowText);
        QSvgRenderer *svg = renderer(ink);
        if (!svg->isValid())
            return;
        painter->save();
        if (mode == QIcon::Disabled)
            painter->setOpacity(0.45);
        svg->render(painter, QRectF(rect));
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        // QIcon (Qt 6.4) asks with the size already in device pixels: draw exactly that many.
        // Scaling it again made 4x pixmaps at 200 %, which the icon then shrank.
        QPixmap pixmap = this->pixmap(size, mode, state);
        pixmap.setDevicePixelRatio(scale);
        return pixmap;
    }

private:
    // One parsed renderer per ink colour: a theme has two or three (normal, disabled).
    QSvgRenderer *renderer(const QColor &ink)
    {
        auto it = m_renderers.find(ink.rgba());
        if (it == m_renderers.end()) {
            QByteArray svg = m_svg;
            svg.replace("currentColor", ink.name(QColor::HexRgb).toLatin1());
            it = m_renderers.insert(ink.rgba(), std::make_shared<QSvgRenderer>(svg));
        }
        return it->get();
    }

    QByteArray m_svg;
    QHash<QRgb, std::shared_ptr<QSvgRenderer>> m_renderers;
};

} // namespace

QIcon themedIcon(const QString &svgResource)
{
    return QIcon(new ThemedSvgEngine(svgResource));
}

} // namespace studio
