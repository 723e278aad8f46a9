#pragma once

#include "result.h"
#include "topology.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace studio::projectfile {

// The format this build writes; bump it on every incompatible change and add a migration.
// Format 2 added image definitions (topology.images); format 1 files load with none.
inline constexpr int kFormat = 2;
inline constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

// One serializer for files, the clipboard and undo snapshots. Output is indented JSON with sorted
// keys, so the same topology always gives the same bytes and diffs well in git.
QByteArray toJson(const Topology &topology);
QJsonObject toJsonObject(const Topology &topology);

// Parses a whole document. A malformed document, a wrong type, an out-of-range number, a dangling
// reference or a format from a newer version is an error naming where it is; nothing half-loaded
// is ever returned.
Result<Topology> fromJson(const QByteArray &json);
Result<Topology> fromJsonObject(const QJsonObject &document);

Result<Topology> load(const QString &path);
// Atomic: the old file stays intact until the new one is completely written.
Status save(const Topology &topology, const QString &path);

} // namespace studio::projectfile
