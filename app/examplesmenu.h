#pragma once

#include <QMenu>

namespace studio {

// The example topologies shipped in the resources (:/examples), with translated titles and
// descriptions, as a menu: Help > Open Example and the welcome page offer them.
class ExamplesMenu : public QMenu
{
    Q_OBJECT

public:
    struct Example
    {
        QString path; // ":/examples/NAME.json"
        QString title;
        QString description;
    };
    // Every shipped example, the best first to learn from.
    static QList<Example> examples();

    explicit ExamplesMenu(QWidget *parent = nullptr);

signals:
    void exampleChosen(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
};

} // namespace studio
