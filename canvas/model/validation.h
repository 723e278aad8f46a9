#pragma once

#include "topology.h"

#include <QList>
#include <QString>

namespace studio {

enum class Severity { Warning, Error };

struct Problem
{
    Severity severity = Severity::Error;
    ObjectId object = kNoObject; // kNoObject: the topology itself
    QString field;               // model field, e.g. "gatewayAddress"; empty for the whole object
    QString code;                // stable, e.g. "container.address.outsideSubnet"
    QString message;             // what is wrong, naming the object
    QString fix;                 // how to fix it

    QString text() const { return fix.isEmpty() ? message : message + QLatin1Char(' ') + fix; }
};

QList<Problem> validate(const Topology &topology);
bool hasErrors(const QList<Problem> &problems);

// The segments of a topology: the sets of bridges that VXLAN links join into one layer-2 network
// (a bridge with no link is a segment of its own). Validation checks them; the planner needs to
// know which are full meshes, whose tunnel ports get split horizon.
struct Segment
{
    std::vector<ObjectId> bridges;
    std::vector<ObjectId> links;
    bool isFullMesh() const
    {
        const std::size_t n = bridges.size();
        return n >= 3 && links.size() == n * (n - 1) / 2;
    }
    bool isTree() const { return links.size() + 1 == bridges.size(); }
};
std::vector<Segment> segments(const Topology &topology);

} // namespace studio
