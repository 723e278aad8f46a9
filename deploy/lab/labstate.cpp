#include "labstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace studio {

namespace {

// The lab's messages share one translation context, whichever file they are in.
class LabText
{
    Q_DECLARE_TR_FUNCTIONS(studio::Lab)
};

} // namespace

Status LabState::save() const
{
    QJsonArray hostList;
    for (const LabHost &h : hosts) {
        QJsonArray processes;
        for (const LabProcess &p : h.processes)
            processes.append(p.toJson());
        hostList.append(QJsonObject{{QStringLiteral("name"), h.name},
                                    {QStringLiteral("netns"), h.netns},
                                    {QStringLiteral("address"), h.address},
                                    {QStringLiteral("rootVeth"), h.rootVeth},
                                    {QStringLiteral("dir"), h.dir},
                                    {QStringLiteral("processes"), processes}});
    }
    const QJsonObject o{{QStringLiteral("runDir"), runDir},
                        {QStringLiteral("keyDir"), keyDir},
                        {QStringLiteral("bridge"), bridge},
                        {QStringLiteral("bridgeAddress"), bridgeAddress},
                        {QStringLiteral("forwardRule"), forwardRule},
                        {QStringLiteral("dockerd"), dockerd.toJson()},
                        {QStringLiteral("image"), image},
                        {QStringLiteral("clientKey"), clientKey},
                        {QStringLiteral("knownHosts"), knownHosts},
                        {QStringLiteral("hosts"), hostList}};
    QSaveFile f(fileIn(runDir));
    const QByteArray json = QJsonDocument(o).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.flush()
        || !f.commit()) // flush: close ignores a failed final write
        return Error{f.fileName(), f.errorString(), {}};
    return success();
}

Result<LabState> LabState::load(const QString &runDir)
{
    QFile f(fileIn(runDir));
    if (!f.open(QIODevice::ReadOnly))
        return Error{runDir, LabText::tr("no lab is up here."),
                     LabText::tr("Start one with 'lab up'.")};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return Error{f.fileName(), LabText::tr("is damaged."),
                     LabText::tr("Remove the namespaces oslab-h* and the bridge %1 by hand.")
                         .arg(underlayBridge())};
    LabState s;
    s.runDir = o.value(QStringLiteral("runDir")).toString();
    s.keyDir = o.value(QStringLiteral("keyDir")).toString();
    s.bridge = o.value(QStringLiteral("bridge")).toString();
    s.bridgeAddress = o.value(QStringLiteral("bridgeAddress")).toString();
    s.forwardRule = o.value(QStringLiteral("forwardRule")).toBool();
    s.dockerd = LabProcess::fromJson(o.value(QStringLiteral("dockerd")).toObject());
    s.image = o.value(QStringLiteral("image")).toString();
    s.clientKey = o.value(QStringLiteral("clientKey")).toString();
    s.knownHosts = o.value(QStringLiteral("knownHosts")).toString();
    for (const QJsonValue v : o.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject h = v.toObject();
        LabHost host;
        host.name = h.value(QStringLiteral("name")).toString();
        host.netns = h.value(QStringLiteral("netns")).toString();
        host.address = h.value(QStringLiteral("address")).toString();
        host.rootVeth = h.value(QStringLiteral("rootVeth")).toString();
        host.dir = h.value(QStringLiteral("dir")).toString();
        for (const QJsonValue p : h.value(QStringLiteral("processes")).toArray())
            host.processes.append(LabProcess::fromJson(p.toObject()));
        s.hosts.append(host);
    }
    return s;
}

} // namespace studio
