#pragma once

#include "result.h"
#include "topology.h"

#include <QString>
#include <QStringList>

namespace studio::addressing {

// Sensible defaults for new objects, so a drawing works before the user types anything. Every one
// can be changed afterwards.

// prefix + the smallest number from `first` that is not taken: br0, br1..., container5.
QString nextName(const QStringList &taken, const QString &prefix, int first = 0);
QStringList hostNames(const Topology &t);
QStringList containerNames(const Topology &t, ObjectId host);
QStringList interfaceNames(const Topology &t,
                           ObjectId host); // bridges, gateway ports, tunnel ports

// A /24 for a new bridge on `host`: following the topology's own addressing (10.2.2.0/24,
// 10.3.3.0/24 like the guide, or the next third octet of what is already used) and overlapping no
// other bridge of that host. Returns the gateway address with prefix, e.g. 10.4.4.1/24, or an
// error naming the host when no /24 is free.
Result<QString> nextBridgeGateway(const Topology &t, ObjectId host);
// The first free host address in the bridge's subnet, counting gateways and containers of the
// whole segment; an error naming the bridge when its subnet is full or its address invalid.
Result<QString> nextContainerAddress(const Topology &t, ObjectId bridge);
// The VNI a new link gets: that of the segment it joins if either bridge is already linked, else
// the smallest multiple of 100 not in use.
quint32 nextVni(const Topology &t, ObjectId bridgeA, ObjectId bridgeB);

} // namespace studio::addressing
