#pragma once

#include <QObject>
#include <QStringList>

#include <memory>

class QTranslator;

namespace studio {

// The application's language: our own translations (the .qm files embedded under :/i18n) and
// Qt's for its standard dialogs (qtbase_*.qm from the system), installed on the running
// application. Installing them makes Qt send every widget a QEvent::LanguageChange, which is how
// windows retranslate; changed() tells everything else. One per application (it owns the
// application-wide translators), used by the GUI and the CLI alike; Qt Core only.
class LanguageSwitcher : public QObject
{
    Q_OBJECT

public:
    // The application's switcher, made on first use as a child of the application object.
    static LanguageSwitcher *instance();

    // The languages we ship, as codes ("de", "pt_BR"); English, the source language, first.
    static QStringList available();
    // The language's own name for itself: "Deutsch", "English", "português (Brasil)".
    static QString nativeName(const QString &code);
    // The shipped language the system's UI languages ask for, English when none matches.
    static QString systemLanguage();

    QString choice() const { return m_choice; } // empty: follow the system
    QString current() const { return m_current; }

    void apply(const QString &code);  // empty: the system's language; not remembered
    void choose(const QString &code); // apply, and remember the choice for the next start
    void restore();                   // apply the remembered choice

    static QString settingsKey() { return QStringLiteral("ui/language"); }

signals:
    void changed(const QString &code);

private:
    explicit LanguageSwitcher(QObject *parent);
    ~LanguageSwitcher() override;

    QString m_choice;
    QString m_current;
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace studio
