#include "clipboard.h"

#include "model/addressing.h"
#include "model/projectfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace studio {
class Clipboard
{
    Q_DECLARE_TR_FUNCTIONS(studio::Clipboard)
};
} // namespace studio

namespace studio::clipboard {

namespace {
// "edge12" -> "edge": new copies are numbered after the original's stem.
QString namePrefix(const QString &name, const QString &fallback)
{
    QString stem = name;
    while (!stem.isEmpty() && stem.back().isDigit())
        stem.chop(1);
    return stem.isEmpty() ? fallback : stem;
}
} // namespace

QByteArray copy(const Topology &t, const QList<ObjectId> &selection)
{
    QSet<ObjectId> wholeHosts, bridges, containers;
    for (ObjectId id : selection) {
        switch (t.kindOf(id)) {
        case ObjectKind::Host:
            wholeHosts.insert(id);
            break;
        case ObjectKind::Bridge:
            bridges.insert(id);
            break;
        case ObjectKind::Container:
            containers.insert(id);
            break;
        default:
            break;
        }
    }
    Topology fragment;
    fragment.name = t.name;
    for (const Host &h : t.hosts()) {
        const bool whole = wholeHosts.contains(h.id);
        bool context = whole;
        for (const Bridge *b : t.bridgesOf(h.id))
            context = context || bridges.contains(b->id);
        for (const Container *c : t.containersOf(h.id))
            context = context || containers.contains(c->id);
        if (!context)
            continue;
        (void)fragment.addHost(h);
        for (const Bridge *b : t.bridgesOf(h.id)) {
            if (whole || bridges.contains(b->id))
                (void)fragment.addBridge(*b);
        }
        for (const Container *c : t.containersOf(h.id)) {
            if (!whole && !containers.contains(c->id))
                continue;
            Container copy = *c;
            if (!fragment.bridge(copy.bridge))
                copy.bridge = kNoObject; // a bridge left behind: see "attachments"
            (void)fragment.addContainer(copy);
        }
    }
    for (const VxlanLink &l : t.links()) {
        if (fragment.bridge(l.bridgeA) && fragment.bridge(l.bridgeB))
            (void)fragment.addLink(l);
    }
    QJsonObject document = projectfile::toJsonObject(fragment);
    QJsonArray hosts;
    for (ObjectId id : wholeHosts)
        hosts.append(qint64(id));
    document.insert(QStringLiteral("wholeHosts"), hosts);
    // Containers attached to a bridge left behind, to re-attach them in the same host.
    QJsonObject attachments;
    for (ObjectId id : containers) {
        const Container *c = t.container(id);
        if (c && c->bridge != kNoObject && !bridges.contains(c->bridge)
            && !wholeHosts.contains(c->host))
            attachments.insert(QString::number(id), qint64(c->bridge));
    }
    document.insert(QStringLiteral("attachments"), attachments);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

Snapshot paste(TopologyDocument *document, const QByteArray &data, const QPointF &offset,
               QString *why)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    auto parsed = projectfile::fromJsonObject(json);
    Snapshot out;
    if (!parsed) {
        *why = Clipboard::tr("The clipboard holds no OverlayStudio objects.");
        return out;
    }
    const Topology &fragment = parsed.value();
    QSet<ObjectId> wholeHosts;
    for (const QJsonValue v : json.value(QStringLiteral("wholeHosts")).toArray())
        wholeHosts.insert(ObjectId(v.toDouble()));
    const QJsonObject attachments = json.value(QStringLiteral("attachments")).toObject();

    // Work on a scratch copy so each new name and address sees the ones chosen before it.
    Topology scratch = document->topology();
    QHash<ObjectId, ObjectId> newId; // fragment id -> pasted id
    for (const Host &h : fragment.hosts()) {
        if (wholeHosts.contains(h.id)) {
            Host copy = h;
            copy.id = document->reserveId();
            copy.name = addressing::nextName(addressing::hostNames(scratch),
                                             namePrefix(h.name, QStringLiteral("host")), 1);
            copy.managementAddress.clear(); // two hosts at one address would be the same host
            copy.underlayAddress.clear();
            copy.position += offset;
            (void)scratch.addHost(copy);
            out.hosts.push_back(copy);
            newId.insert(h.id, copy.id);
        } else if (scratch.host(h.id)) {
            newId.insert(h.id, h.id); // bridges and containers go back into their own host
        } else {
            *why
                = Clipboard::tr(
                      "Host %1, where the copied objects lived, is gone; copy whole hosts instead.")
                      .arg(h.name);
            return {};
        }
    }
    const QPointF nudge = QPointF(24, 24);
    for (const Bridge &b : fragment.bridges()) {
        Bridge copy = b;
        copy.id = document->reserveId();
        copy.host = newId.value(b.host);
        if (!wholeHosts.contains(b.host)) {
            const QStringList taken = addressing::interfaceNames(scratch, copy.host);
            copy.name = addressing::nextName(taken, QStringLiteral("br"));
            copy.gatewayPort = addressing::nextName(taken, QStringLiteral("veth"));
            copy.gatewayAddress = addressing::nextBridgeGateway(scratch, copy.host);
            copy.position += nudge;
        }
        (void)scratch.addBridge(copy);
        out.bridges.push_back(copy);
        newId.insert(b.id, copy.id);
    }
    for (const Container &c : fragment.containers()) {
        Container copy = c;
        copy.id = document->reserveId();
        copy.host = newId.value(c.host);
        copy.name = addressing::nextName(addressing::containerNames(scratch, copy.host),
                                         QStringLiteral("container"), 1);
        if (c.bridge != kNoObject)
            copy.bridge = newId.value(c.bridge);
        else if (attachments.contains(QString::number(c.id))
                 && scratch.bridge(ObjectId(attachments.value(QString::number(c.id)).toDouble())))
            copy.bridge = ObjectId(attachments.value(QString::number(c.id)).toDouble());
        if (!wholeHosts.contains(c.host))
            copy.position += nudge;
        if (copy.bridge != kNoObject && !wholeHosts.contains(c.host)) {
            copy.address = addressing::nextContainerAddress(scratch, copy.bridge);
        }
        (void)scratch.addContainer(copy);
        out.containers.push_back(copy);
        newId.insert(c.id, copy.id);
    }
    for (const VxlanLink &l : fragment.links()) {
        VxlanLink copy = l;
        copy.id = document->reserveId();
        copy.bridgeA = newId.value(l.bridgeA);
        copy.bridgeB = newId.value(l.bridgeB);
        (void)scratch.addLink(copy);
        out.links.push_back(copy);
    }
    if (out.hosts.empty() && out.bridges.empty() && out.containers.empty())
        *why
            = Clipboard::tr("Nothing to paste: select hosts, bridges or containers and copy them.");
    return out;
}

} // namespace studio::clipboard
