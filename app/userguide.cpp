#include "userguide.h"

#include "languageswitcher.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace studio {

namespace {

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuide"));
    resize(900, 640);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_searchStatus = new QLabel(this);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_searchStatus);

    m_contents = new QListWidget(this);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    auto *split = new QSplitter(this);
    split->addWidget(m_contents);
    split->addWidget(m_browser);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 680});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_contents, &QListWidget::currentRowChanged, this, &UserGuide::showChapter);
    // A link to another chapter moves the contents' selection along.
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) {
        const QString file = QFileInfo(url.path()).fileName();
        for (int i = 0; i < m_chapters.size(); ++i) {
            if (m_chapters[i].file == file && m_contents->currentRow() != i) {
                const QSignalBlocker block(m_contents);
                m_contents->setCurrentRow(i);
            }
        }
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, m_searchStatus, &QLabel::clear);

    setTabOrder(m_search, m_contents);
    setTabOrder(m_contents, m_browser);
    retranslate();
    load();
}

QString UserGuide::directory() const
{
    const QString language = LanguageSwitcher::instance()->current();
    for (const QString &code : {language, language.section(QLatin1Char('_'), 0, 0)}) {
        if (!code.isEmpty() && QFile::exists(QStringLiteral(":/help/%1/contents").arg(code)))
            return QStringLiteral(":/help/%1/").arg(code);
    }
    return QStringLiteral(":/help/en/");
}

void UserGuide::load()
{
    const int current = qMax(0, m_contents->currentRow());
    const QString dir = directory();
    m_chapters.clear();
    const QRegularExpression title(QStringLiteral("<title>(.*)</title>"));
    for (const QString &line :
         readText(dir + QStringLiteral("contents")).split(QLatin1Char('\n'))) {
        const QString file = line.trimmed();
        if (file.isEmpty())
            continue;
        const QString html = readText(dir + file);
        QTextDocument doc;
        doc.setHtml(html);
        const QString name = title.match(html).captured(1);
        m_chapters.append({file, name.isEmpty() ? file : name, doc.toPlainText()});
    }
    const QSignalBlocker block(m_contents);
    m_contents->clear();
    for (const Chapter &c : m_chapters)
        m_contents->addItem(c.title);
    m_browser->setSearchPaths({dir});
    showChapter(qMin(current, int(m_chapters.size()) - 1));
}

void UserGuide::retranslate()
{
    setWindowTitle(tr("OverlayStudio User Guide"));
    m_search->setPlaceholderText(tr("Search the guide, e.g. an error message (Enter: next)"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_contents->setAccessibleName(tr("Contents"));
    m_browser->setAccessibleName(tr("Chapter"));
}

QStringList UserGuide::chapterTitles() const
{
    QStringList titles;
    for (const Chapter &c : m_chapters)
        titles << c.title;
    return titles;
}

void UserGuide::showChapter(int index)
{
    if (index < 0 || index >= m_chapters.size())
        return;
    m_browser->setSource(QUrl(QStringLiteral("qrc") + directory() + m_chapters[index].file));
    if (m_contents->currentRow() != index) {
        const QSignalBlocker block(m_contents);
        m_contents->setCurrentRow(index);
    }
}

int UserGuide::currentChapter() const
{
    return m_contents->currentRow();
}

bool UserGuide::find(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    // Not further on in this chapter: the next chapter that has it, wrapping round.
    const int start = qMax(0, currentChapter());
    for (int step = 1; step <= m_chapters.size(); ++step) {
        const int i = (start + step) % m_chapters.size();
        if (!m_chapters[i].text.contains(text, Qt::CaseInsensitive))
            continue;
        showChapter(i);
        m_browser->moveCursor(QTextCursor::Start);
        if (m_browser->find(text)) {
            m_searchStatus->setText(tr("Found in \"%1\"").arg(m_chapters[i].title));
            return true;
        }
    }
    m_searchStatus->setText(tr("Not found"));
    return false;
}

void UserGuide::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        load(); // the guide in the new language, when there is one
    }
    QDialog::changeEvent(event);
}

} // namespace studio
