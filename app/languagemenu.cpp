#include "languagemenu.h"

#include "languageswitcher.h"

#include <QActionGroup>
#include <QEvent>

namespace studio {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(parent)
    , m_switcher(LanguageSwitcher::instance())
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_system = addAction(QString());
    m_system->setData(QString());
    addSeparator();
    for (const QString &code : LanguageSwitcher::available()) {
        QAction *a = addAction(LanguageSwitcher::nativeName(code));
        a->setData(code);
    }
    for (QAction *a : actions()) {
        if (a->isSeparator())
            continue;
        a->setCheckable(true);
        m_group->addAction(a);
    }
    connect(m_group, &QActionGroup::triggered, this,
            [this](QAction *a) { m_switcher->choose(a->data().toString()); });
    connect(m_switcher, &LanguageSwitcher::changed, this, &LanguageMenu::check);
    retranslate();
    check();
}

void LanguageMenu::retranslate()
{
    setTitle(tr("&Language"));
    m_system->setText(tr("&System Language (%1)")
                          .arg(LanguageSwitcher::nativeName(LanguageSwitcher::systemLanguage())));
}

void LanguageMenu::check()
{
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toString() == m_switcher->choice());
}

void LanguageMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMenu::changeEvent(event);
}

} // namespace studio
