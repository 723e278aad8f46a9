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

Result<QByteArray> copy(const Topology &t, const QList<ObjectId> &selection)
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
        // Each object goes in after the one it refers to, so adding fails only on a topology
        // that was not consistent to begin with.
        if (auto added = fragment.addHost(h); !added)
            return added.error();
        for (const Bridge *b : t.bridgesOf(h.id)) {
            if (!whole && !bridges.contains(b->id))
                continue;
            if (auto added = fragment.addBridge(*b); !added)
                return added.error();
        }
        for (const Container *c : t.containersOf(h.id)) {
            if (!whole && !containers.contains(c->id))
                continue;
            Container copy = *c;
            if (!fragment.bridge(copy.bridge))
                copy.bridge = kNoObject; // a bridge left behind: see "attachments"
            if (auto added = fragment.addContainer(copy); !added)
                return added.error();
        }
    }
    for (const VxlanLink &l : t.links()) {
        if (!fragment.bridge(l.bridgeA) || !fragment.bridge(l.bridgeB))
            continue;
        if (auto added = fragment.addLink(l); !added)
            return added.error();
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

Result<Snapshot> paste(TopologyDocument *document, const QByteArray &data, const QPointF &offset)
{
    const QJsonObject json = QJsonDocument::fromJson(data).object();
    auto parsed = projectfile::fromJsonObject(json);
    if (!parsed)
        return Error{{}, Clipboard::tr("The clipboard holds no OverlayStudio objects."), {}};
    Snapshot out;
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
            if (auto added = scratch.addHost(copy); !added)
                return added.error();
            out.hosts.push_back(copy);
            newId.insert(h.id, copy.id);
        } else if (scratch.host(h.id)) {
            newId.insert(h.id, h.id); // bridges and containers go back into their own host
        } else {
            return Error{
                {},
                Clipboard::tr(
                    "Host %1, where the copied objects lived, is gone; copy whole hosts instead.")
                    .arg(h.name),
                {}};
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
            // No free subnet: pasted without an address, which validation asks for.
            const auto gateway = addressing::nextBridgeGateway(scratch, copy.host);
            copy.gatewayAddress = gateway ? gateway.value() : QString();
            copy.position += nudge;
        }
        if (auto added = scratch.addBridge(copy); !added)
            return added.error();
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
            // No free address: pasted without one, which validation asks for.
            const auto address = addressing::nextContainerAddress(scratch, copy.bridge);
            copy.address = address ? address.value() : QString();
        }
        if (auto added = scratch.addContainer(copy); !added)
            return added.error();
        out.containers.push_back(copy);
        newId.insert(c.id, copy.id);
    }
    for (const VxlanLink &l : fragment.links()) {
        VxlanLink copy = l;
        copy.id = document->reserveId();
        copy.bridgeA = newId.value(l.bridgeA);
        copy.bridgeB = newId.value(l.bridgeB);
        if (auto added = scratch.addLink(copy); !added)
            return added.error();
        out.links.push_back(copy);
    }
    if (out.hosts.empty() && out.bridges.empty() && out.containers.empty())
        return Error{
            {},
            Clipboard::tr("Nothing to paste: select hosts, bridges or containers and copy them."),
            {}};
    return out;
}

} // namespace studio::clipboard
