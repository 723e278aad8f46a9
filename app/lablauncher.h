#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include "model/result.h"

class QProgressDialog;

namespace studio {

// "Try it on a local lab": as root, brings a two-host local lab up (the lab code of deploy/lab,
// on a worker thread; a lab already up is reused), then opens the example made for it and
// offers to deploy it. Without root it explains what to run instead.
class LabLauncher : public QObject
{
    Q_OBJECT

public:
    explicit LabLauncher(QWidget *window);
    ~LabLauncher()
        override; // waits for a lab start in progress: stopping it half-way leaves a mess

    static QString labExample() { return QStringLiteral(":/examples/lab-two-hosts.json"); }
    // The lab's commands as this user would type them (sudo unless root; the CLI's full path
    // when it is not on PATH).
    static QString cliCommand(const QString &arguments);

    void start();
    bool isRunning() const { return m_watcher.isRunning(); }

signals:
    void exampleChosen(const QString &path);
    void deployRequested();
    void labReady(); // the lab is up, and the example was offered
    void failed(const QString &message);

private:
    void explainRoot();
    void finish();

    QWidget *m_window;
    QFutureWatcher<Result<QString>> m_watcher; // what happened, for the user
    QPointer<QProgressDialog> m_progress;
};

} // namespace studio
