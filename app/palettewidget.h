#pragma once

#include <QListWidget>

namespace studio {

// Host, Bridge and Container, dragged onto the canvas.
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    static QString mimeType() { return QStringLiteral("application/x-overlaystudio-kind"); }
    explicit PaletteWidget(QWidget *parent = nullptr);

protected:
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override { return {mimeType()}; }
};

} // namespace studio
