#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace studio {

// Help > About OverlayStudio: the version, our licence, and the libraries we build on with
// their versions (as loaded at run time) and licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString text() const; // what the dialog says, as plain text

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QTextBrowser *m_body = nullptr;
};

} // namespace studio
