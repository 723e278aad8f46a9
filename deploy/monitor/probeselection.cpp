#include "probeselection.h"

#include "model/validation.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <deque>

namespace studio {

namespace {

QString plainAddress(const QString &cidr)
{
    return cidr.section(QLatin1Char('/'), 0, 0).trimmed();
}

// The links on the shortest path between two bridges of a segment (breadth first over links).
std::vector<ObjectId> pathBetween(const Topology &t, const Segment &segment, ObjectId from,
                                  ObjectId to)
{
    QHash<ObjectId, ObjectId> viaLink; // bridge -> link it was reached by
    QHash<ObjectId, ObjectId> previous;
    std::deque<ObjectId> queue{from};
    QSet<ObjectId> seen{from};
    while (!queue.empty()) {
        const ObjectId b = queue.front();
        queue.pop_front();
        if (b == to)
            break;
        for (ObjectId linkId : segment.links) {
            const VxlanLink *l = t.link(linkId);
            if (!l || (l->bridgeA != b && l->bridgeB != b))
                continue;
            const ObjectId next = l->otherEnd(b);
            if (seen.contains(next))
                continue;
            seen.insert(next);
            viaLink.insert(next, linkId);
            previous.insert(next, b);
            queue.push_back(next);
        }
    }
    std::vector<ObjectId> path;
    if (!seen.contains(to))
        return path;
    for (ObjectId b = to; b != from; b = previous.value(b))
        path.push_back(viaLink.value(b));
    std::reverse(path.begin(), path.end());
    return path;
}

const Segment *segmentOf(const std::vector<Segment> &segments, ObjectId bridge)
{
    for (const Segment &s : segments) {
        if (std::find(s.bridges.begin(), s.bridges.end(), bridge) != s.bridges.end())
            return &s;
    }
    return nullptr;
}

quint32 vniOf(const Topology &t, const Segment &s)
{
    for (ObjectId l : s.links) {
        if (const VxlanLink *link = t.link(l))
            return link->vni;
    }
    return 0;
}

bool pingable(const Container *c)
{
    return c && c->bridge != kNoObject && !plainAddress(c->address).isEmpty();
}

} // namespace

std::vector<std::pair<ObjectId, ObjectId>> ProbeSelection::candidatePairs(const Topology &t)
{
    std::vector<std::pair<ObjectId, ObjectId>> pairs;
    const std::vector<Segment> segments = studio::segments(t);
    for (const Segment &s : segments) {
        if (s.links.empty())
            continue;
        std::vector<const Container *> members;
        for (ObjectId b : s.bridges) {
            for (const Container *c : t.containersOnBridge(b)) {
                if (pingable(c))
                    members.push_back(c);
            }
        }
        for (std::size_t i = 0; i < members.size(); ++i) {
            for (std::size_t j = i + 1; j < members.size(); ++j) {
                if (members[i]->host != members[j]->host)
                    pairs.emplace_back(members[i]->id, members[j]->id);
            }
        }
    }
    return pairs;
}

Result<std::vector<ProbeSpec>> ProbeSelection::select(const Topology &t,
                                                      const ProbeSelectionOptions &options)
{
    const std::vector<Segment> segments = studio::segments(t);
    const auto overlayProbe = [&](ObjectId fromId, ObjectId toId) -> Result<ProbeSpec> {
        const Container *from = t.container(fromId);
        const Container *to = t.container(toId);
        if (!from || !to)
            return Error{tr("probe %1 → %2").arg(fromId).arg(toId),
                         tr("is not a pair of containers of this topology."),
                         {}};
        const QString name
            = t.displayName(from->id) + QStringLiteral(" → ") + t.displayName(to->id);
        if (!pingable(from) || !pingable(to))
            return Error{name, tr("needs both containers on a bridge with an address."), {}};
        if (from->host == to->host)
            return Error{name, tr("stays on one host: no VXLAN link to watch."),
                         tr("Pick containers on different hosts.")};
        const Segment *segment = segmentOf(segments, from->bridge);
        if (!segment || segmentOf(segments, to->bridge) != segment)
            return Error{name, tr("the containers are not on the same VNI."),
                         tr("Pick containers whose bridges a VXLAN link joins.")};
        ProbeSpec p;
        p.kind = ProbeKind::Overlay;
        p.key = QStringLiteral("overlay:%1>%2").arg(from->id).arg(to->id);
        p.sourceHost = from->host;
        p.targetHost = to->host;
        p.sourceContainer = from->id;
        p.targetContainer = to->id;
        p.sourceContainerName = from->name;
        p.targetAddress = plainAddress(to->address);
        p.links = pathBetween(t, *segment, from->bridge, to->bridge);
        p.vni = vniOf(t, *segment);
        p.label = name;
        return p;
    };

    std::vector<ProbeSpec> probes;
    if (!options.pairs.empty()) {
        for (const auto &[from, to] : options.pairs) {
            auto p = overlayProbe(from, to);
            if (!p)
                return p.error();
            probes.push_back(std::move(p).value());
        }
    } else {
        // Greedy: a pair that crosses a link no chosen pair crosses yet goes first, so the cap
        // never leaves a link without an overlay probe while another has several.
        std::vector<ProbeSpec> candidates;
        for (const auto &[from, to] : candidatePairs(t)) {
            auto p = overlayProbe(from, to);
            if (p)
                candidates.push_back(std::move(p).value());
        }
        const int cap = std::max(0, options.maxPairs);
        QSet<ObjectId> covered;
        std::vector<bool> taken(candidates.size(), false);
        for (std::size_t i = 0; i < candidates.size() && int(probes.size()) < cap; ++i) {
            const auto &links = candidates[i].links;
            const bool news = std::any_of(links.begin(), links.end(),
                                          [&](ObjectId l) { return !covered.contains(l); });
            if (!news)
                continue;
            for (ObjectId l : links)
                covered.insert(l);
            probes.push_back(candidates[i]);
            taken[i] = true;
        }
        for (std::size_t i = 0; i < candidates.size() && int(probes.size()) < cap; ++i) {
            if (!taken[i])
                probes.push_back(candidates[i]);
        }
    }

    if (options.underlay) {
        // One per pair of hosts a link joins: links between the same hosts share the path.
        QHash<QPair<ObjectId, ObjectId>, std::size_t> byHosts;
        for (const VxlanLink &l : t.links()) {
            const Bridge *a = t.bridge(l.bridgeA);
            const Bridge *b = t.bridge(l.bridgeB);
            if (!a || !b || a->host == b->host)
                continue;
            const Host *ha = t.host(a->host);
            const Host *hb = t.host(b->host);
            const QPair<ObjectId, ObjectId> key(std::min(ha->id, hb->id), std::max(ha->id, hb->id));
            const auto found = byHosts.constFind(key);
            if (found != byHosts.constEnd()) {
                probes[found.value()].links.push_back(l.id);
                continue;
            }
            const Host *from = ha->id == key.first ? ha : hb;
            const Host *to = ha->id == key.first ? hb : ha;
            ProbeSpec p;
            p.kind = ProbeKind::Underlay;
            p.key = QStringLiteral("underlay:%1>%2").arg(from->id).arg(to->id);
            p.sourceHost = from->id;
            p.targetHost = to->id;
            p.targetAddress = to->effectiveUnderlayAddress();
            p.links = {l.id};
            p.label = tr("underlay %1 → %2").arg(from->name, to->name);
            byHosts.insert(key, probes.size());
            probes.push_back(p);
        }
    }
    for (std::size_t i = 0; i < probes.size(); ++i)
        probes[i].index = int(i);
    return probes;
}

} // namespace studio
