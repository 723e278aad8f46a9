#include "palettewidget.h"

#include "themedicon.h"

#include <QMimeData>
#include <QStyle>

namespace studio {

PaletteWidget::PaletteWidget(QWidget *parent)
    : QListWidget(parent)
{
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragOnly);
    setIconSize(QSize(24, 24));
    setSpacing(2);
    const struct
    {
        const char *kind;
        QString label;
        QString tip;
        const char *icon;
    } entries[] = {
        {"host", tr("Host"), tr("A machine running Open vSwitch and Docker; drop it anywhere."),
         ":/icons/host.svg"},
        {"bridge", tr("Bridge"),
         tr("An Open vSwitch bridge with a gateway port; drop it inside a host."),
         ":/icons/bridge.svg"},
        {"container", tr("Container"),
         tr("A Docker container; drop it inside a host, then connect it to a bridge."),
         ":/icons/container.svg"},
    };
    for (const auto &e : entries) {
        auto *item = new QListWidgetItem(themedIcon(QLatin1String(e.icon)), e.label, this);
        item->setData(Qt::UserRole, QString::fromLatin1(e.kind));
        item->setToolTip(e.tip);
    }
    setAccessibleName(tr("Palette"));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize PaletteWidget::sizeHint() const
{
    int height = 2 * frameWidth();
    for (int row = 0; row < count(); ++row)
        height += sizeHintForRow(row) + 2 * spacing();
    return QSize(QListWidget::sizeHint().width(), height);
}

QMimeData *PaletteWidget::mimeData(const QList<QListWidgetItem *> &items) const
{
    auto *data = new QMimeData;
    if (!items.isEmpty())
        data->setData(mimeType(), items.first()->data(Qt::UserRole).toString().toUtf8());
    return data;
}

} // namespace studio
