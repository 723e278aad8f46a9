#pragma once

#include "result.h"
#include "topology.h"

#include <QStringList>
#include <QVariant>

namespace studio::properties {

// Every editable field of every object, by the key the project file uses ("name", "vni",
// "gatewayAddress", ...): one generic path for the property editor and the set-property command.
QStringList keys(ObjectKind kind);
QVariant get(const Topology &t, ObjectId id, const QString &key);
// Type errors (a word for a number, an unknown key) are refused here; whether the value makes sense
// (a valid name, an address in the subnet) is validation's business, so half-typed input is kept.
Status set(Topology &t, ObjectId id, const QString &key, const QVariant &value);

} // namespace studio::properties
