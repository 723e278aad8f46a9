#pragma once

#include <QString>

// Where the fast style keeps its containers' /etc/hosts and /etc/resolv.conf on a host, one
// folder per topology, host and container. A literal, so the fixed shell scripts splice it in.
#define STUDIO_CONTAINER_FILES "/var/lib/overlaystudio/containers"

namespace studio::tags {

// How we recognise what a topology created on a host, so that status and destroy touch exactly
// that and nothing else. The value is always the topology's name.
inline QString ovsKey()
{
    return QStringLiteral("overlaystudio-topology"); // OVS external_ids key on bridges and ports
}
inline QString dockerLabel()
{
    return QStringLiteral("overlaystudio.topology"); // Docker label on containers
}
inline QString dockerHostLabel()
{
    // Which host of the topology a container belongs to: hosts may share one Docker engine (the
    // local lab does), and one host must never take another's containers for its own.
    return QStringLiteral("overlaystudio.host");
}
inline QString iptablesComment(const QString &topology)
{
    return QStringLiteral("overlaystudio:") + topology; // iptables comment match
}

} // namespace studio::tags
