#pragma once

#include <QMenu>

class QActionGroup;

namespace studio {

class LanguageSwitcher;

// View > Language: the system's language or one we ship, switched at once and remembered.
// Each language is named in itself ("Deutsch", "日本語"), so a user lost in a language they
// cannot read still finds their own.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void check();

    LanguageSwitcher *m_switcher;
    QActionGroup *m_group;
    QAction *m_system = nullptr;
};

} // namespace studio
