#include "palettewidget.h"

#include "themedicon.h"

#include <QEvent>
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
    for (const char *kind : {"host", "bridge", "container"}) {
        auto *item = new QListWidgetItem(this);
        item->setData(Qt::UserRole, QString::fromLatin1(kind));
    }
    retranslate();
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void PaletteWidget::retranslate()
{
    const struct
    {
        QString label;
        QString tip;
        const char *icon;
    } entries[] = {
        {tr("Host"), tr("A machine running Open vSwitch and Docker; drop it anywhere."),
         ":/icons/host.svg"},
        {tr("Bridge"), tr("An Open vSwitch bridge with a gateway port; drop it inside a host."),
         ":/icons/bridge.svg"},
        {tr("Container"),
         tr("A Docker container; drop it inside a host, then connect it to a bridge."),
         ":/icons/container.svg"},
    };
    for (int row = 0; row < count() && row < 3; ++row) {
        item(row)->setText(entries[row].label);
        item(row)->setToolTip(entries[row].tip + QLatin1Char('\n')
                              + (row == 0 ? tr("Enter adds one in the middle of the canvas.")
                                          : tr("Enter adds one inside the selected host.")));
        item(row)->setIcon(themedIcon(QLatin1String(entries[row].icon)));
    }
    setAccessibleName(tr("Palette"));
}

void PaletteWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListWidget::changeEvent(event);
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
