#pragma once

#include <QListWidget>

namespace studio {

// Host, Bridge and Container, dragged onto the canvas (PaletteInserter adds them with Enter).
class PaletteWidget : public QListWidget
{
    Q_OBJECT

public:
    static QString mimeType() { return QStringLiteral("application/x-overlaystudio-kind"); }
    explicit PaletteWidget(QWidget *parent = nullptr);
    // Tall enough for every entry, never more.
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }
    void retranslate();

protected:
    void changeEvent(QEvent *event) override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    QStringList mimeTypes() const override { return {mimeType()}; }
};

} // namespace studio
