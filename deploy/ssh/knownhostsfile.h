#pragma once

#include <QStandardPaths>
#include <QString>

namespace studio {

// OverlayStudio's own known_hosts file, shared by the GUI and the CLI:
// ~/.local/share/overlaystudio/known_hosts.
inline QString defaultKnownHostsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/overlaystudio/known_hosts");
}

} // namespace studio
