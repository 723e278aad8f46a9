#pragma once

#include "model/projectfile.h"
#include "model/topology.h"

#include <QString>
#include <QTest>

namespace studio::test {

inline QString examplePath(const QString &name)
{
    return QStringLiteral(STUDIO_SOURCE_DIR "/resources/examples/") + name;
}

inline QString dataPath(const QString &name)
{
    return QStringLiteral(STUDIO_SOURCE_DIR "/tests/data/") + name;
}

inline Topology loadExample(const QString &name)
{
    auto loaded = projectfile::load(examplePath(name));
    if (!loaded)
        qFatal("cannot load example %s: %s", qPrintable(name),
               qPrintable(loaded.error().toString()));
    return std::move(loaded).value();
}

// Looks an object up by its display name ("host1/br0", "host1/br0 <-> host2/br0"); fails the test
// when absent.
inline ObjectId idOf(const Topology &t, const QString &displayName)
{
    for (const Host &h : t.hosts())
        if (h.name == displayName)
            return h.id;
    for (const Bridge &b : t.bridges())
        if (t.displayName(b.id) == displayName)
            return b.id;
    for (const Container &c : t.containers())
        if (t.displayName(c.id) == displayName)
            return c.id;
    for (const VxlanLink &l : t.links())
        if (t.displayName(l.id) == displayName)
            return l.id;
    qFatal("no object named %s", qPrintable(displayName));
    return kNoObject;
}

} // namespace studio::test
