#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace studio {

// Help > User Guide: the guide's chapters (HTML in the resources, :/help/LANG/, one directory
// per language, English when the current language has none) with a contents list beside them
// and a search that finds a phrase, e.g. an error message, across all chapters.
class UserGuide : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuide(QWidget *parent = nullptr);

    QStringList chapterTitles() const;
    void showChapter(int index);
    int currentChapter() const;
    bool find(const QString &text); // from the current position on, then in the next chapters

    QTextBrowser *browser() const { return m_browser; }
    QListWidget *contents() const { return m_contents; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Chapter
    {
        QString file;
        QString title;
        QString text; // plain text, for the search
    };
    void load();
    void retranslate();
    QString directory() const;

    QList<Chapter> m_chapters;
    QListWidget *m_contents = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchStatus = nullptr;
};

} // namespace studio
