#include "languageswitcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace studio {

namespace {

const QString kSource = QStringLiteral("en");

// "de-DE" from QLocale::uiLanguages() as our file suffixes spell it: "de_DE".
QString fileCode(QString language)
{
    return language.replace(QLatin1Char('-'), QLatin1Char('_'));
}

} // namespace

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{}

LanguageSwitcher::~LanguageSwitcher()
{
    // Deleted before the application: take ours back first. Deleted as the application's child:
    // its translators go with it (and removeTranslator would only warn).
    if (!QCoreApplication::instance())
        return;
    for (const auto &t : {m_ours.get(), m_qt.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
}

LanguageSwitcher *LanguageSwitcher::instance()
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    auto *switcher = app->findChild<LanguageSwitcher *>(QString(), Qt::FindDirectChildrenOnly);
    return switcher ? switcher : new LanguageSwitcher(app);
}

QStringList LanguageSwitcher::available()
{
    QStringList codes{kSource};
    const QDir dir(QStringLiteral(":/i18n"));
    const QString prefix = QStringLiteral("overlaystudio_");
    for (const QString &file :
         dir.entryList({prefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name)) {
        const QString code = file.mid(prefix.size()).chopped(3);
        if (code != kSource)
            codes << code;
    }
    return codes;
}

QString LanguageSwitcher::nativeName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    // Two variants of one language (pt_BR, zh_CN) need their territory to be told apart.
    if (code.contains(QLatin1Char('_')))
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.isEmpty() ? code : name;
}

QString LanguageSwitcher::systemLanguage()
{
    const QStringList shipped = available();
    for (const QString &wanted : QLocale::system().uiLanguages()) {
        const QString code = fileCode(wanted);
        // "pt_BR" matches pt_BR; "de_AT" falls back to de; "en_US" is our source language.
        for (const QString &candidate : {code, code.section(QLatin1Char('_'), 0, 0)}) {
            if (shipped.contains(candidate))
                return candidate;
        }
    }
    return kSource;
}

void LanguageSwitcher::apply(const QString &code)
{
    m_choice = available().contains(code) ? code : QString();
    const QString language = m_choice.isEmpty() ? systemLanguage() : m_choice;
    // Numbers and dates follow the chosen language too; the system's locale when following it.
    QLocale::setDefault(m_choice.isEmpty() ? QLocale::system() : QLocale(language));
    if (language == m_current)
        return;

    for (auto *t : {&m_ours, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    // English has a file too: it holds only the plural forms ("1 warning", "2 warnings").
    auto ours = std::make_unique<QTranslator>();
    if (ours->load(QStringLiteral("overlaystudio_") + language, QStringLiteral(":/i18n"))
        && QCoreApplication::installTranslator(ours.get()))
        m_ours = std::move(ours);
    if (language != kSource) {
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))
            && QCoreApplication::installTranslator(qt.get()))
            m_qt = std::move(qt);
    }
    m_current = language;
    emit changed(language);
}

void LanguageSwitcher::choose(const QString &code)
{
    apply(code);
    QSettings().setValue(settingsKey(), m_choice);
}

void LanguageSwitcher::restore()
{
    apply(QSettings().value(settingsKey()).toString());
}

} // namespace studio
