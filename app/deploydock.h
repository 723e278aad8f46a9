#pragma once

#include "engine/deployengine.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace studio {

// Per-host progress of an apply, destroy or status run, and the log of every command and its
// output. A failed step is highlighted and its host marked red.
class DeployDock : public QWidget
{
    Q_OBJECT

public:
    explicit DeployDock(QWidget *parent = nullptr);
    // A short row below the canvas by default; the user can make it taller.
    QSize sizeHint() const override { return QSize(600, 110); }
    QSize minimumSizeHint() const override { return QSize(200, 60); }

    void begin(const QString &action, const QStringList &hosts);
    void setPhase(const QString &host, const QString &phase);
    void stepStarted(const QString &host, int index, int count, const QString &explanation,
                     const QString &command);
    void stepFinished(const QString &host, int index, bool ok, const QString &output);
    void hostFinished(const HostOutcome &outcome);
    void finish(const QList<HostOutcome> &outcomes);

    QTreeWidget *tree() const { return m_tree; }
    // A line in the log (red when it reports an error).
    void log(const QString &text, bool error = false);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTreeWidgetItem *hostItem(const QString &host);

    QLabel *m_summary = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QHash<QString, QTreeWidgetItem *> m_hosts;
    QString m_action;
};

} // namespace studio
