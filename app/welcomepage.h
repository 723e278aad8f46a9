#pragma once

#include <QFrame>

class QAbstractScrollArea;
class QCommandLinkButton;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace studio {

class TopologyDocument;

// The first thing a new user sees: a card over the empty canvas offering the examples, a new
// empty design, and a local lab to deploy to. It goes away once the design has objects or the
// user makes a choice, and comes back from Help > Welcome Page.
class WelcomePage : public QFrame
{
    Q_OBJECT

public:
    // Floats over the canvas (a scroll area, so it does not scroll with the scene); watches the
    // document to stay out of the way of a design.
    WelcomePage(const TopologyDocument *document, QAbstractScrollArea *canvas);

    void reveal(); // show again, even over a design, with the focus on the first choice

signals:
    void exampleChosen(const QString &path);
    void newDesignRequested();
    void labRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void build();
    void retranslate();
    void dismiss();
    void place();
    void followDocument();

    const TopologyDocument *m_document;
    QAbstractScrollArea *m_canvas;
    bool m_dismissed = false;
    QLabel *m_title = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_examplesHeading = nullptr;
    QLabel *m_startHeading = nullptr;
    QVBoxLayout *m_examples = nullptr;
    QCommandLinkButton *m_new = nullptr;
    QCommandLinkButton *m_lab = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace studio
