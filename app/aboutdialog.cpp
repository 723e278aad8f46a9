#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <libssh/libssh.h>

namespace studio {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    resize(560, 520);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/overlaystudio.svg")).pixmap(64, 64));
    m_title = new QLabel(this);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(m_title, 1);
    m_body = new QTextBrowser(this);
    m_body->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_body, 1);
    layout->addWidget(buttons);
    retranslate();
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About OverlayStudio"));
    m_title->setText(tr("<h2>OverlayStudio %1</h2><p>Design, deploy and watch multi-host container "
                        "overlay networks.</p>")
                         .arg(QStringLiteral(PROJECT_VERSION)));
    m_body->setAccessibleName(tr("About OverlayStudio"));

    const struct
    {
        QString name;
        QString version;
        QString use;
        QString licence;
    } libraries[] = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("windows, canvas, threads"),
         tr("GNU LGPL 3.0 (or GPL 2.0 / 3.0)")},
        {QStringLiteral("libssh"), QString::fromLatin1(ssh_version(0)),
         tr("SSH connections to the hosts"), tr("GNU LGPL 2.1 or later")},
        {QStringLiteral("QCustomPlot"), QString(), tr("live graphs"), tr("GNU GPL 3.0 or later")},
    };
    QString rows;
    for (const auto &l : libraries)
        rows += QStringLiteral("<tr><td><b>%1</b> %2</td><td>%3</td><td>%4</td></tr>")
                    .arg(l.name, l.version.toHtmlEscaped(), l.use, l.licence);
    m_body->setHtml(
        tr("<p>OverlayStudio is free software: you can redistribute it and/or modify it under the "
           "terms of the <b>GNU General Public License, version 3 or (at your option) any later "
           "version</b> (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. See <a "
           "href=\"https://www.gnu.org/licenses/gpl-3.0.html\">the licence</a>; on Debian systems "
           "it is in /usr/share/common-licenses/GPL-3.</p>")
        + tr("<h3>Built with</h3>")
        + QStringLiteral("<table cellpadding=\"3\">%1</table>").arg(rows)
        + tr("<p>On the hosts it drives Open vSwitch, Docker, iproute2 and iptables, as installed "
             "there.</p><p>Icons: drawn for OverlayStudio, under its licence.</p>"));
}

QString AboutDialog::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_body->toPlainText();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace studio
