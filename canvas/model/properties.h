#pragma once

#include "result.h"
#include "topology.h"

#include <QStringList>
#include <QVariant>

namespace studio::properties {

// Every field of every object (id kNoObject: the topology's own name and description), by the key
// the project file uses ("name", "vni", "gatewayAddress", ...), as propertyspec.h lists them: one
// generic path for the property editor and the set-property command. keys() lists the fields the
// editor shows.
QStringList keys(ObjectKind kind);
QVariant get(const Topology &t, ObjectId id, const QString &key);
// Type and range errors (a word for a number, an MTU beyond the table's range, an unknown key) are
// refused here; whether a value makes sense in context (a valid name, an address in the subnet) is
// validation's business, so half-typed input is kept.
Status set(Topology &t, ObjectId id, const QString &key, const QVariant &value);

} // namespace studio::properties
