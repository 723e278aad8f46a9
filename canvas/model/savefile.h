#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QString>

namespace studio {

// Writes a whole file or leaves the one there as it was (QSaveFile). Flushes before commit:
// QSaveFile's close ignores a failed final write and would put a cut file in place.
// executable: the owner and group may run it (plan scripts).
Status saveFile(const QString &path, const QByteArray &bytes, bool executable = false);

} // namespace studio
