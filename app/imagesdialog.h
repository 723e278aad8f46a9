#pragma once

#include "model/topology.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QUndoStack;

namespace studio {

class TopologyDocument;

// Deploy > Images: for each image the design's containers use (and any other defined one), how a
// host that lacks it gets it: pulled, built from a Dockerfile kept in the project, or copied from
// this machine. OK applies every change as one undo step.
class ImagesDialog : public QDialog
{
    Q_OBJECT

public:
    ImagesDialog(TopologyDocument *document, QUndoStack *undoStack, QWidget *parent = nullptr);

    // The definitions as edited so far (what OK stores).
    ImageDefinitions definitions() const;
    void selectImage(const QString &name);
    // The project file's folder, where context files are picked and looked for (empty: the
    // project is not saved; paths can still be typed).
    void setProjectDir(const QString &dir);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        ImageDefinition definition;
        bool defined = false; // false: used by containers, pulled by default
        int users = 0;        // containers that use it
    };

    void fillList();
    void showCurrent();
    void storeCurrent();
    void refreshProblem();
    void addImage();
    void removeImage();
    void addContextFile(const QString &path);
    void addTypedContextFile();
    void browseContextFiles();
    void removeContextFile();
    void fillContextList(const QStringList &files);
    QString contextItemText(const QString &path) const;
    Entry *current();
    QString itemText(const Entry &e) const;

    TopologyDocument *m_document;
    QUndoStack *m_undoStack;
    std::vector<Entry> m_entries;
    bool m_loading = false;

    QListWidget *m_list = nullptr;
    QLineEdit *m_newName = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_usage = nullptr;
    QComboBox *m_source = nullptr;
    QStackedWidget *m_pages = nullptr;
    QPlainTextEdit *m_dockerfile = nullptr;
    QPushButton *m_guide = nullptr;
    QListWidget *m_contextList = nullptr;
    QLineEdit *m_contextPath = nullptr;
    QPushButton *m_contextAdd = nullptr;
    QPushButton *m_contextBrowse = nullptr;
    QPushButton *m_contextRemove = nullptr;
    QString m_projectDir;
    QLineEdit *m_localImage = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace studio
