#pragma once

#include "model/topologydocument.h"

#include <QObject>

#include <functional>

class QMenu;
class QTimer;
class QUndoStack;
class QWidget;

namespace studio {

// The open file: new, open, save, save as, recent files, autosave and crash recovery. A bad file
// never replaces the open work; unsaved changes are asked about before they could be lost.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(TopologyDocument *document, QUndoStack *undoStack, QWidget *window);

    QString path() const { return m_path; }
    // The file's name, or the topology's name while it has no file.
    QString displayName() const;

    void newTopology();
    bool openFile(const QString &path);
    bool saveTo(const QString &path);
    bool save();
    bool saveAs();
    // Asks whether to save unsaved changes: true when the caller may go on.
    bool maybeSave();
    void openDialog();
    // Fills a menu with the recent files (connect it to the menu's aboutToShow).
    void fillRecentMenu(QMenu *menu);

    // Unsaved work is written to a recovery file every minute and removed on a clean exit or a
    // save; after a crash, the next start offers it back.
    static QString recoveryFile();
    void autosave();
    bool restoreRecovery(); // loads the recovery file as an unsaved topology
    void cleanExit();       // nothing to recover after a clean exit

    // Why the open topology may not be replaced now (a deploy is running), or empty.
    void setBusyCheck(std::function<QString()> check) { m_busy = std::move(check); }

signals:
    void message(const QString &text);
    // A topology was loaded from a file or an example (the view fits it).
    void opened();
    // The file's name or its modified state changed: the window title follows.
    void titleChanged();

private:
    void rememberRecent(const QString &path);
    bool mayReplace();

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    QWidget *m_window;
    QString m_path;
    QTimer *m_autosave;
    std::function<QString()> m_busy;
};

} // namespace studio
