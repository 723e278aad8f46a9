#include "lablauncher.h"

#include "lab/lab.h"
#include "ssh/knownhostsfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QtConcurrent>

#include <unistd.h>

namespace studio {

namespace {

constexpr int kLabHosts = 2; // the lab example's hosts

bool isRoot()
{
    return ::geteuid() == 0;
}

} // namespace

LabLauncher::LabLauncher(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &LabLauncher::finish);
}

LabLauncher::~LabLauncher()
{
    m_watcher.waitForFinished();
}

QString LabLauncher::cliCommand(const QString &arguments)
{
    // The CLI next to this program (the package's /usr/bin, or a build tree), by its bare name
    // when that is the one on PATH.
    const QFileInfo beside(QCoreApplication::applicationDirPath()
                           + QStringLiteral("/overlaystudio-cli"));
    const QFileInfo onPath(QStandardPaths::findExecutable(QStringLiteral("overlaystudio-cli")));
    const QString cli = beside.exists() && onPath.canonicalFilePath() != beside.canonicalFilePath()
                            ? beside.absoluteFilePath()
                            : QStringLiteral("overlaystudio-cli");
    return (isRoot() ? QString() : QStringLiteral("sudo ")) + cli + QLatin1Char(' ') + arguments;
}

void LabLauncher::start()
{
    if (m_watcher.isRunning())
        return;
    if (!isRoot()) {
        explainRoot();
        return;
    }
    m_progress = new QProgressDialog(tr("Looking for a local lab..."), QString(), 0, 0, m_window);
    m_progress->setWindowTitle(tr("Local Lab"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setMinimumWidth(460);
    m_progress->show();

    // Off the GUI thread: the lab starts daemons and waits for them (seconds). Its progress lines
    // come back queued to this object.
    const auto progress = [this](const QString &line) {
        QMetaObject::invokeMethod(
            this,
            [this, line] {
                if (m_progress)
                    m_progress->setLabelText(line);
            },
            Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([progress]() -> Result<QString> {
        const LabOptions defaults;
        if (auto status = Lab::status(defaults.runDir)) {
            // A lab is up already: use it if it is whole and big enough for the example.
            QStringList broken;
            for (const LabHostStatus &h : status.value()) {
                if (!h.netnsPresent || !h.sshReachable || !h.deadProcesses.isEmpty())
                    broken << h.name;
            }
            if (!broken.isEmpty() || status.value().size() < kLabHosts)
                return Error{
                    defaults.runDir,
                    LabLauncher::tr("a lab is up, but %1.")
                        .arg(broken.isEmpty()
                                 ? LabLauncher::tr("it has fewer than %1 hosts").arg(kLabHosts)
                                 : LabLauncher::tr("these hosts do not work: %1")
                                       .arg(broken.join(QStringLiteral(", ")))),
                    LabLauncher::tr("Take it down with '%1' and try again.")
                        .arg(cliCommand(QStringLiteral("lab down")))};
            return LabLauncher::tr("The local lab was already up: %n host(s).", nullptr,
                                   int(status.value().size()));
        }
        LabOptions options;
        options.hosts = kLabHosts;
        options.knownHostsToUpdate = defaultKnownHostsFile(); // deploys trust the lab's keys
        auto state = Lab::up(options, progress);
        if (!state)
            return state.error();
        QStringList hosts;
        for (const LabHost &h : state.value().hosts)
            hosts << QStringLiteral("%1 (%2)").arg(h.name, h.address);
        return LabLauncher::tr("The local lab is up: %1.").arg(hosts.join(QStringLiteral(", ")));
    }));
}

void LabLauncher::finish()
{
    if (m_progress)
        m_progress->deleteLater();
    const Result<QString> result = m_watcher.result();
    if (!result) {
        const QString message = result.error().toString();
        QMessageBox::warning(m_window, tr("Cannot start the local lab"), message);
        emit failed(message);
        return;
    }
    emit exampleChosen(labExample());
    emit labReady();
    QMessageBox box(QMessageBox::Question, tr("Local Lab"),
                    result.value() + QLatin1Char(' ')
                        + tr("The example made for it is open. Deploy it to the lab now?"),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(tr("When you are done, Deploy > Destroy removes what it made, and "
                              "'%1' takes the lab down.")
                               .arg(cliCommand(QStringLiteral("lab down"))));
    QPushButton *deploy = box.addButton(tr("&Deploy"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(deploy);
    box.exec();
    if (box.clickedButton() == deploy)
        emit deployRequested();
}

void LabLauncher::explainRoot()
{
    QMessageBox box(QMessageBox::Information, tr("The Local Lab Needs Root"),
                    tr("The local lab simulates hosts on this machine: it creates network "
                       "namespaces, starts Open vSwitch and an SSH server for each host and adds "
                       "a firewall rule. That needs root, and OverlayStudio runs as a normal "
                       "user."),
                    QMessageBox::NoButton, m_window);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("<p>Start a two-host lab in a terminal:</p><pre>%1</pre>"
           "<p>then open the example made for it (Help &gt; Open Example &gt; Two Hosts on the "
           "Local Lab) and deploy it with Deploy &gt; Apply. When you are done:</p><pre>%2</pre>")
            .arg(cliCommand(QStringLiteral("lab up --hosts %1").arg(kLabHosts)).toHtmlEscaped(),
                 cliCommand(QStringLiteral("lab down")).toHtmlEscaped()));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton *open = box.addButton(tr("&Open the Lab Example"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open)
        emit exampleChosen(labExample());
}

} // namespace studio
