#pragma once

#include "plan.h"

#include "model/topology.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace studio {

// One iptables rule of a topology on a host, tagged with the topology's comment so that status,
// re-apply and destroy find exactly the rules of that topology and no other.
struct FirewallRule
{
    QString table; // filter, nat or mangle
    QString chain; // FORWARD, POSTROUTING
    // Options after the chain, in the order `iptables -S` prints them (addresses, interfaces,
    // matches, the comment, then the jump), so the host's listing can be compared with it.
    QStringList spec;
    // An exception to our general rules of the chain (routing past an isolation rule): it must
    // come before them, so it is inserted at the top where the general rules are appended.
    bool exception = false;
    // Closes a segment (the plan adds it first and removes it last); the others open something.
    bool isolation = false;
    QString what;        // the short name status shows: "isolation of br0", "NAT 10.2.2.0/24"
    QString explanation; // one line a student follows
    ObjectId object = kNoObject;

    // `iptables [--table T] VERB CHAIN SPEC...`; verb --check, --append, --insert or --delete.
    QStringList argv(const QString &verb) const;
    // How `iptables -S` prints it: "-A FORWARD -i veth0 -m comment --comment "overlaystudio:x"
    // -j ACCEPT".
    QString printed() const;
    PlanStep addStep() const;    // added if missing (appended, or inserted for an exception)
    PlanStep deleteStep() const; // deleted if present

    friend bool operator==(const FirewallRule &a, const FirewallRule &b)
    {
        return a.table == b.table && a.printed() == b.printed();
    }
};

namespace firewall {

// Everything the host's firewall needs for the design, in plan order:
// - isolation: per bridge, a rule in the mangle table (consulted before the filter table's
//   FORWARD rules, so no ACCEPT of Docker's or of another topology can reopen it) that drops what
//   the host would forward into the gateway port unless it answers a connection made from inside;
// - NAT where a bridge asks for it: out through the host, replies back, masquerade;
// - routing between the host's routed bridges, where the design chooses it.
std::vector<FirewallRule> rulesFor(const Topology &topology, const Host &host);
// Whether those rules need the host to forward IPv4 packets at all (NAT or routing).
bool needsForwarding(const Topology &topology, const Host &host);
PlanStep enableForwarding();

// The tables and chains our rules live in, for probes and teardown.
struct Chain
{
    QString table, chain;
};
std::vector<Chain> chains();

// The comment of a rule as `iptables -S` prints it ("overlaystudio:lab"), empty if it has none.
QString commentOf(const QString &printedLine);
// A printed rule read back, if its comment is exactly this topology's tag; a rule of topology
// "lab2" is never taken for one of "lab".
std::optional<FirewallRule> parsePrinted(const QString &table, const QString &printedLine,
                                         const QString &topology);

} // namespace firewall
} // namespace studio
