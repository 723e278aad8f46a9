#include "welcomepage.h"

#include "examplesmenu.h"

#include "model/topologydocument.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace studio {

WelcomePage::WelcomePage(const TopologyDocument *document, QAbstractScrollArea *canvas)
    : QFrame(canvas)
    , m_document(document)
    , m_canvas(canvas)
{
    setObjectName(QStringLiteral("welcomePage"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Window);
    build();
    retranslate();
    canvas->installEventFilter(this);
    connect(document, &TopologyDocument::objectAdded, this, [this] { dismiss(); });
    connect(document, &TopologyDocument::modelReset, this, &WelcomePage::followDocument);
    followDocument();
}

void WelcomePage::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 20);
    layout->setSpacing(6);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_title->setFont(big);
    top->addWidget(m_title, 1);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    // Our SVGs rather than the style's bitmaps: sharp at any scale (200 % and up).
    m_close->setIcon(QIcon(QStringLiteral(":/icons/close.svg")));
    connect(m_close, &QToolButton::clicked, this, &WelcomePage::dismiss);
    top->addWidget(m_close, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    layout->addSpacing(8);

    QFont heading = font();
    heading.setBold(true);
    m_startHeading = new QLabel(this);
    m_startHeading->setFont(heading);
    layout->addWidget(m_startHeading);
    m_new = new QCommandLinkButton(this);
    m_new->setIcon(QIcon(QStringLiteral(":/icons/go.svg")));
    m_new->setObjectName(QStringLiteral("welcomeNew"));
    connect(m_new, &QCommandLinkButton::clicked, this, [this] {
        dismiss();
        emit newDesignRequested();
    });
    layout->addWidget(m_new);
    m_lab = new QCommandLinkButton(this);
    m_lab->setIcon(m_new->icon());
    m_lab->setObjectName(QStringLiteral("welcomeLab"));
    connect(m_lab, &QCommandLinkButton::clicked, this, [this] {
        dismiss();
        emit labRequested();
    });
    layout->addWidget(m_lab);
    layout->addSpacing(8);

    m_examplesHeading = new QLabel(this);
    m_examplesHeading->setFont(heading);
    layout->addWidget(m_examplesHeading);
    m_examples = new QVBoxLayout;
    m_examples->setSpacing(0);
    layout->addLayout(m_examples);
}

void WelcomePage::retranslate()
{
    setAccessibleName(tr("Welcome page"));
    m_title->setText(tr("Welcome to OverlayStudio"));
    m_intro->setText(
        tr("Design container overlay networks on the canvas: hosts, Open vSwitch bridges, Docker "
           "containers and VXLAN links. OverlayStudio checks the design, shows the commands that "
           "build it, and deploys it over SSH. The user guide is under Help (F1)."));
    m_close->setToolTip(tr("Close the welcome page (Esc)"));
    m_close->setAccessibleName(tr("Close the welcome page"));
    m_startHeading->setText(tr("Start"));
    m_new->setText(tr("New Empty Design"));
    m_new->setDescription(
        tr("Drag hosts, bridges and containers from the palette onto the canvas."));
    m_lab->setText(tr("Try It on a Local Lab"));
    m_lab->setDescription(tr("Two simulated hosts on this machine, then the lab example to "
                             "deploy to them. Needs root."));
    m_examplesHeading->setText(tr("Open an example"));

    // The example buttons are rebuilt: their titles come translated from the catalogue.
    while (QLayoutItem *item = m_examples->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget *previous = m_lab;
    for (const ExamplesMenu::Example &e : ExamplesMenu::examples()) {
        auto *button = new QCommandLinkButton(e.title, e.description, this);
        button->setIcon(m_new->icon());
        button->setObjectName(QStringLiteral("welcomeExample"));
        button->setProperty("examplePath", e.path);
        connect(button, &QCommandLinkButton::clicked, this, [this, path = e.path] {
            dismiss();
            emit exampleChosen(path);
        });
        m_examples->addWidget(button);
        setTabOrder(previous, button);
        previous = button;
    }
    setTabOrder(previous, m_close);
    adjustSize();
    place();
}

void WelcomePage::reveal()
{
    m_dismissed = false;
    place();
    show();
    raise();
    m_new->setFocus(Qt::OtherFocusReason);
}

void WelcomePage::dismiss()
{
    m_dismissed = true;
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    hide();
    if (hadFocus)
        m_canvas->setFocus(Qt::OtherFocusReason);
}

void WelcomePage::followDocument()
{
    if (m_document->topology().objectCount() > 0)
        m_dismissed = true;
    if (m_dismissed) {
        hide();
        return;
    }
    place();
    show();
    raise();
    // The first choice takes the focus (when the window is active), so Tab walks the choices.
    m_new->setFocus(Qt::OtherFocusReason);
}

void WelcomePage::place()
{
    const QSize wanted = sizeHint().boundedTo(m_canvas->size() - QSize(24, 24));
    const QSize size(qMax(wanted.width(), qMin(560, m_canvas->width() - 24)), wanted.height());
    setGeometry(QRect(QPoint((m_canvas->width() - size.width()) / 2,
                             qMax(12, (m_canvas->height() - size.height()) / 2)),
                      size));
}

bool WelcomePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_canvas && event->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, event);
}

void WelcomePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void WelcomePage::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace studio
