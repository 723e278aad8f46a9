#include "labdocker.h"

#include "lab.h"
#include "localcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

namespace studio {

namespace {

// The lab's messages share one translation context, whichever file they are in.
class LabText
{
    Q_DECLARE_TR_FUNCTIONS(studio::Lab)
};

} // namespace

Status LabDocker::start(LabState &state, const Progress &progress)
{
    auto info = local::probe({QStringLiteral("docker"), QStringLiteral("info"),
                              QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}")},
                             10000);
    if (info && info.value().exitCode == 0)
        return success(); // a Docker engine runs already: use it, and leave it running
    if (progress)
        progress(LabText::tr("Starting a Docker engine"));
    // Containers of a lab only ever use --net=none: no docker0 bridge, no iptables changes.
    QProcess dockerd;
    dockerd.setProgram(QStringLiteral("dockerd"));
    dockerd.setArguments(
        {QStringLiteral("--bridge=none"), QStringLiteral("--iptables=false"),
         QStringLiteral("--ip6tables=false"),
         QStringLiteral("--pidfile=") + state.runDir + QStringLiteral("/dockerd.pid")});
    dockerd.setStandardOutputFile(state.runDir + QStringLiteral("/dockerd.log"));
    dockerd.setStandardErrorFile(state.runDir + QStringLiteral("/dockerd.log"), QIODevice::Append);
    local::keepDescriptorsFromChildren(); // startDetached() has no child hook in Qt 6.4
    qint64 pid = 0;
    if (!dockerd.startDetached(&pid))
        return Error{QStringLiteral("dockerd"), LabText::tr("could not start."),
                     LabText::tr("Install docker.io.")};
    state.dockerd = LabProcess::started(pid, QStringLiteral("dockerd"));
    if (auto saved = state.save(); !saved)
        return saved;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        auto ready
            = local::probe({QStringLiteral("docker"), QStringLiteral("info"),
                            QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}")},
                           5000);
        if (ready && ready.value().exitCode == 0)
            return success();
        if (!state.dockerd.isRunning())
            break;
        QThread::msleep(100);
    }
    return Error{QStringLiteral("dockerd"),
                 LabText::tr("did not become ready; see %1.")
                     .arg(state.runDir + QStringLiteral("/dockerd.log")),
                 {}};
}

Status LabDocker::ensureImage(const QString &image, const Progress &progress)
{
    auto present = local::probe(
        {QStringLiteral("docker"), QStringLiteral("image"), QStringLiteral("inspect"), image});
    if (present && present.value().exitCode == 0)
        return success();
    if (image != Lab::defaultImage())
        return Error{image, LabText::tr("is not an image of the local Docker engine."),
                     LabText::tr("Import or build it first, or leave the image out to use %1.")
                         .arg(Lab::defaultImage())};
    return buildImage(image, progress);
}

Status LabDocker::buildImage(const QString &image, const Progress &progress)
{
    if (progress)
        progress(LabText::tr("Building image %1 from busybox-static").arg(image));
    const QString busybox = QStringLiteral("/bin/busybox");
    if (!QFile::exists(busybox))
        return Error{busybox, LabText::tr("is missing."), LabText::tr("Install busybox-static.")};
    QTemporaryDir rootfs;
    const QString bin = rootfs.filePath(QStringLiteral("bin"));
    QDir().mkpath(bin);
    if (!QFile::copy(busybox, bin + QStringLiteral("/busybox")))
        return Error{bin, LabText::tr("cannot copy busybox into the image."), {}};
    auto applets = local::run({busybox, QStringLiteral("--list")});
    if (!applets)
        return applets.error();
    for (const QByteArray &applet : applets.value().out.split('\n')) {
        if (!applet.isEmpty() && applet != "busybox")
            QFile::link(QStringLiteral("busybox"),
                        bin + QLatin1Char('/') + QString::fromUtf8(applet));
    }
    for (const char *dir : {"etc", "tmp", "proc", "sys", "dev", "root"})
        QDir(rootfs.path()).mkpath(QLatin1String(dir));
    auto tar = local::run({QStringLiteral("tar"), QStringLiteral("-C"), rootfs.path(),
                           QStringLiteral("-c"), QStringLiteral(".")},
                          60000);
    if (!tar)
        return tar.error();
    auto imported = local::run({QStringLiteral("docker"), QStringLiteral("import"),
                                QStringLiteral("--change"), QStringLiteral("CMD [\"/bin/sh\"]"),
                                QStringLiteral("-"), image},
                               120000, tar.value().out);
    if (!imported)
        return imported.error();
    return success();
}

} // namespace studio
