// The six translations and the English plurals: complete, current with the sources, keeping every
// placeholder and accelerator; a language switch at run time retranslates menus, docks, the
// canvas and the window title, and back; longer German and French texts still fit on a small
// screen (screenshots kept as artifacts).
#include "../unit/testsupport.h"

#include "languageswitcher.h"
#include "mainwindow.h"
#include "palettewidget.h"

#include "model/result.h"
#include "scene/canvasview.h"
#include "scene/segmentlegend.h"

#include <QApplication>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace studio;

namespace {

const QStringList kLanguages{QStringLiteral("de"),    QStringLiteral("fr"),
                             QStringLiteral("es"),    QStringLiteral("pt_BR"),
                             QStringLiteral("zh_CN"), QStringLiteral("ja")};

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty when done
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << m;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{context, {}, {}, xml.attributes().value("numerus") == QLatin1String("yes"),
                        {},      {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value("type").toString();
            if (!m.numerus)
                m.forms = {xml.readElementText()};
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(STUDIO_SOURCE_DIR "/translations/overlaystudio_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

// "&File" has an accelerator; "&&" is a literal ampersand and "&amp;" an entity.
bool hasAccelerator(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression accelerator(QStringLiteral("&[^\\s&;]"));
    static const QRegularExpression entity(QStringLiteral("&\\w+;"));
    text.remove(entity);
    return accelerator.match(text).hasMatch();
}

QString key(const Message &m)
{
    return m.context + QLatin1Char('\x1f') + m.source + QLatin1Char('\x1f') + m.comment;
}

QString menuTitles(QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles.join(QLatin1Char('|'));
}

QDockWidget *dock(QMainWindow &w, const char *name)
{
    return w.findChild<QDockWidget *>(QLatin1String(name));
}

// The main menus' titles as the translator has them (Help is a class of its own).
QString mainMenus()
{
    QStringList titles;
    for (const char *source : {"&File", "&Edit", "&View", "&Deploy"})
        titles << QCoreApplication::translate("studio::MainWindow", source);
    titles << QCoreApplication::translate("studio::HelpMenu", "&Help");
    return titles.join(QLatin1Char('|'));
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

    QList<Message> m_current; // what lupdate finds in today's sources

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LanguageSwitcher::instance()->apply(QStringLiteral("en"));

        // lupdate over today's sources, into a scratch file: the shipped files must match it.
        QStringList sources;
        for (const char *layer : {"app", "canvas", "deploy"}) {
            QDirIterator it(QStringLiteral(STUDIO_SOURCE_DIR "/") + QLatin1String(layer),
                            {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                sources << it.next();
        }
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString ts = scratch.filePath(QStringLiteral("current.ts"));
        QProcess lupdate;
        lupdate.start(QStringLiteral(STUDIO_LUPDATE),
                      QStringList{QStringLiteral("-silent"), QStringLiteral("-locations"),
                                  QStringLiteral("none")}
                          + sources + QStringList{QStringLiteral("-ts"), ts});
        QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        QString error;
        m_current = readTs(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_current.size() > 500);
    }

    void cleanup() { LanguageSwitcher::instance()->apply(QStringLiteral("en")); }

    void translationsAreCompleteAndCurrent_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : kLanguages)
            QTest::newRow(qPrintable(language)) << language;
    }

    void translationsAreCompleteAndCurrent()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> shipped = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QSet<QString> shippedKeys;
        QStringList problems;
        const int forms
            = language.startsWith(QLatin1String("zh")) || language.startsWith(QLatin1String("ja"))
                  ? 1
                  : 2;
        for (const Message &m : shipped) {
            shippedKeys << key(m);
            const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
            if (!m.type.isEmpty()) {
                problems << where + QStringLiteral(" is ") + m.type;
                continue;
            }
            if (m.numerus && m.forms.size() != forms)
                problems << where + QStringLiteral(" needs %1 plural form(s)").arg(forms);
            for (const QString &form : m.forms) {
                if (form.trimmed().isEmpty())
                    problems << where + QStringLiteral(" has an empty translation");
                QSet<QString> wanted = placeholders(m.source);
                if (placeholders(form) != wanted)
                    problems << where + QStringLiteral(" lost or gained a placeholder: ") + form;
                if (hasAccelerator(m.source) && !hasAccelerator(form))
                    problems << where + QStringLiteral(" lost its accelerator: ") + form;
            }
        }
        QStringList missing;
        for (const Message &m : m_current) {
            if (!shippedKeys.contains(key(m)))
                missing << m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("not in the .ts (run the update_translations target "
                                           "and translate):\n")
                            + missing.join(QLatin1Char('\n'))));
        QCOMPARE(shipped.size(), m_current.size()); // and nothing stale
    }

    // English is the source language; its file holds the plural forms only.
    void englishPluralsReadRight()
    {
        QString error;
        const QList<Message> plurals = readTs(tsPath(QStringLiteral("en")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int numerusInSources = 0;
        for (const Message &m : m_current)
            numerusInSources += m.numerus ? 1 : 0;
        QCOMPARE(plurals.size(), numerusInSources);
        for (const Message &m : plurals)
            QVERIFY2(m.type.isEmpty() && m.forms.size() == 2
                         && !m.forms.first().contains(QLatin1String("(s)")),
                     qPrintable(m.source));

        LanguageSwitcher::instance()->apply(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("studio::ProblemsDock", "%n warning(s)", nullptr, 1),
                 QStringLiteral("1 warning"));
        QCOMPARE(QCoreApplication::translate("studio::ProblemsDock", "%n warning(s)", nullptr, 2),
                 QStringLiteral("2 warnings"));
        LanguageSwitcher::instance()->apply(QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("studio::ProblemsDock", "%n warning(s)", nullptr, 1),
                 QStringLiteral("1 Warnung"));
        QCOMPARE(QCoreApplication::translate("studio::ProblemsDock", "%n warning(s)", nullptr, 3),
                 QStringLiteral("3 Warnungen"));
    }

    // Chinese and Japanese messages end in their own full stop: no Latin one is added before the
    // fix.
    void errorsJoinTranslatedSentences()
    {
        const Error chinese{QStringLiteral("host1"), QStringLiteral("找不到 ovs-vsctl。"),
                            QStringLiteral("请安装 openvswitch-switch。")};
        QCOMPARE(chinese.toString(),
                 QStringLiteral("host1: 找不到 ovs-vsctl。 请安装 openvswitch-switch。"));
        const Error english{QStringLiteral("host1"), QStringLiteral("ovs-vsctl is missing"),
                            QStringLiteral("Install openvswitch-switch.")};
        QCOMPARE(english.toString(),
                 QStringLiteral("host1: ovs-vsctl is missing. Install openvswitch-switch."));
    }

    void switchingRetranslatesTheWindow_data() { translationsAreCompleteAndCurrent_data(); }

    void switchingRetranslatesTheWindow()
    {
        QFETCH(QString, language);
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString englishMenus = menuTitles(w);
        QVERIFY2(englishMenus.startsWith(mainMenus()), qPrintable(englishMenus));
        SegmentLegend *legend = w.view()->legend();
        QTRY_VERIFY(legend->isVisible());
        const QImage englishLegend = legend->grab().toImage(); // "Segments" painted in English
        QCOMPARE(dock(w, "propertiesDock")->windowTitle(), QStringLiteral("Properties"));

        LanguageSwitcher::instance()->apply(language);
        const QString translatedMenus = mainMenus();
        QVERIFY2(translatedMenus != QStringLiteral("&File|&Edit|&View|&Deploy|&Help"),
                 "the menus have no translation");
        QTRY_VERIFY2(menuTitles(w).startsWith(translatedMenus), qPrintable(menuTitles(w)));
        const QString properties = QCoreApplication::translate("studio::MainWindow", "Properties");
        QVERIFY(properties != QLatin1String("Properties"));
        QCOMPARE(dock(w, "propertiesDock")->windowTitle(), properties);
        QCOMPARE(dock(w, "problemsDock")->windowTitle(),
                 QCoreApplication::translate("studio::MainWindow", "Problems"));
        // The canvas: the legend paints its title in the language, and names itself in it.
        QCOMPARE(legend->accessibleName(),
                 QCoreApplication::translate("studio::SegmentLegend", "Segments legend"));
        QVERIFY(legend->accessibleName() != QLatin1String("Segments legend"));
        if (QCoreApplication::translate("studio::SegmentLegend", "Segments")
            != QLatin1String("Segments")) // French writes it the same
            QTRY_VERIFY(legend->grab().toImage() != englishLegend);

        LanguageSwitcher::instance()->apply(QStringLiteral("en"));
        QTRY_COMPARE(menuTitles(w), englishMenus);
        QCOMPARE(dock(w, "propertiesDock")->windowTitle(), QStringLiteral("Properties"));
        QCOMPARE(legend->accessibleName(), QStringLiteral("Segments legend"));
        QTRY_COMPARE(legend->grab().toImage(), englishLegend);
    }

    // German and French run longest: at 1024x700 the toolbar does not overflow, the palette shows
    // every entry, the dock tabs need no scroll buttons, and no form label is cut.
    void longerTextsFitOnASmallScreen_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"de", "fr", "es", "pt_BR"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void longerTextsFitOnASmallScreen()
    {
        QFETCH(QString, language);
        LanguageSwitcher::instance()->apply(language);
        MainWindow w;
        QVERIFY(w.openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        w.resize(1024, 700);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100);
        QVERIFY(w.grab().save(QStringLiteral("languages-%1.png").arg(language))); // artifact

        auto *bar = w.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(bar);
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            QWidget *button = bar->widgetForAction(a);
            QVERIFY2(button && button->isVisible(), qPrintable(a->text()));
            QVERIFY2(bar->rect().contains(button->geometry()), qPrintable(a->text()));
        }
        auto *palette = w.findChild<PaletteWidget *>();
        QVERIFY(palette && palette->isVisible());
        for (int row = 0; row < palette->count(); ++row)
            QVERIFY2(
                palette->viewport()->rect().contains(palette->visualItemRect(palette->item(row))),
                qPrintable(palette->item(row)->text()));
        for (QTabBar *tabs : w.findChildren<QTabBar *>()) {
            if (!tabs->isVisible() || tabs->count() < 2)
                continue;
            for (QToolButton *scroll : tabs->findChildren<QToolButton *>())
                QVERIFY2(!scroll->isVisible(), qPrintable(tabs->tabText(0)));
        }
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
