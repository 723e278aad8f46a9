#pragma once

// Which pings a monitor runs. By default: every cross-host pair of containers on the same
// overlay segment (bridges joined by VXLAN links, i.e. the same VNI), capped so a large topology
// does not start thousands of pings, plus one underlay ping per pair of hosts that a VXLAN link
// joins (VTEP to VTEP), so the overlay's RTT can be shown beside the underlay's it rides on.

#include "model/ids.h"
#include "model/result.h"
#include "model/topology.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

namespace studio {

enum class ProbeKind {
    Overlay,  // container to container, in the source container's network namespace
    Underlay, // host to host underlay address, in the host's own namespace
};

// One ping: from a host (and a container on it) to an address. It knows the topology objects
// it concerns so a GUI can name it with canvas names and colour it by VNI.
struct ProbeSpec
{
    int index = -1; // position in the selection; PingEvent::probe and series use it
    QString key;    // stable across runs: "overlay:7>9", "underlay:1>2"
    ProbeKind kind = ProbeKind::Overlay;
    ObjectId sourceHost = kNoObject;
    ObjectId targetHost = kNoObject;
    ObjectId sourceContainer = kNoObject; // overlay only
    ObjectId targetContainer = kNoObject; // overlay only
    QString sourceContainerName;          // overlay only: whose namespace the ping runs in
    QString targetAddress;                // plain IPv4 address ping is aimed at
    // The VXLAN links its packets cross: overlay, the links on the path between the two bridges;
    // underlay, every link between the two hosts (they share the path).
    std::vector<ObjectId> links;
    quint32 vni = 0; // overlay: the VNI of its segment; underlay: 0
    QString label;   // "lab1/container1 → lab2/container3", "underlay lab1 → lab2"
};

struct ProbeSelectionOptions
{
    // Cap on the default container pairs. Pairs that cross a link no earlier pair crosses come
    // first, so every link is covered before any link gets a second pair.
    int maxPairs = 64;
    // (source, target) containers chosen by the user: used instead of the default pairs, with no
    // cap. Each must be a container with an address on another host of the same segment.
    std::vector<std::pair<ObjectId, ObjectId>> pairs;
    bool underlay = true; // one VTEP-to-VTEP ping per pair of hosts joined by a link
};

class ProbeSelection
{
    Q_DECLARE_TR_FUNCTIONS(studio::ProbeSelection)

public:
    // The probes for a topology (validated: only validated names and addresses reach a
    // command). An explicit pair that cannot be pinged is an error naming it.
    static Result<std::vector<ProbeSpec>> select(const Topology &topology,
                                                 const ProbeSelectionOptions &options = {});
    // Every cross-host container pair of every segment, before the cap, in selection order.
    static std::vector<std::pair<ObjectId, ObjectId>> candidatePairs(const Topology &topology);
};

} // namespace studio
