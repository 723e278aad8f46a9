#pragma once

#include "model/topologydocument.h"

#include <QByteArray>
#include <QList>
#include <QPointF>

namespace studio::clipboard {

inline QString mimeType()
{
    return QStringLiteral("application/x-overlaystudio-fragment");
}

// The selected objects as JSON in the project-file format: whole hosts with their contents, or
// bridges and containers with the host they live on (as context), links whose two ends are in.
// Only a topology that is not consistent (an object whose host is missing) fails to copy.
Result<QByteArray> copy(const Topology &t, const QList<ObjectId> &selection);

// The objects to add for a paste: fresh ids (reserved from the document), fresh names, subnets and
// addresses, pasted hosts moved by `offset`, bridges and containers pasted into their own host.
// An error says why nothing can be pasted: not our data, nothing in it, or the host the copied
// objects lived on is gone.
Result<Snapshot> paste(TopologyDocument *document, const QByteArray &fragment,
                       const QPointF &offset);

} // namespace studio::clipboard
