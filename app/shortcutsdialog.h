#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

namespace studio {

// Help > Keyboard Shortcuts: every action of the window with its shortcuts, read from the
// actions themselves (menus first, in menu order, then window-wide actions outside the menus),
// so the list cannot go stale. A filter finds an action or a key.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    void refresh();
    QTreeWidget *list() const { return m_list; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void applyFilter();

    QMainWindow *m_window;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
};

} // namespace studio
