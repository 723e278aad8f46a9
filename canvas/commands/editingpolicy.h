#pragma once

#include "model/topologydocument.h"

#include <QCoreApplication>
#include <QPointF>
#include <QUndoCommand>

#include <memory>

namespace studio {

// What a gesture does to the document, or why it is refused: the command to push (one undo step)
// and a sentence for the status bar.
struct Edit
{
    std::unique_ptr<QUndoCommand> command; // null: refused, and message says why
    QString message;
    ObjectId created = kNoObject; // the new object, for the caller to select

    bool refused() const { return !command; }
};

// The editing rules, headless and shared by the canvas, the property editor, the clipboard and the
// CLI: what a new object looks like (free names, subnets, addresses, the topology's usual image),
// which connections are allowed, and what a connection changes besides itself (a container
// attached to a bridge takes a free address in its subnet; a link that joins two segments with
// different subnets re-addresses the joining side into the other's subnet, in the same step).
class EditingPolicy
{
    Q_DECLARE_TR_FUNCTIONS(studio::EditingPolicy)

public:
    // Positions are the model's: a host's frame corner, a bridge's or container's box corner
    // relative to its host's body (below the title bar).
    static Edit addHost(TopologyDocument *document, const QPointF &position);
    static Edit addBridge(TopologyDocument *document, ObjectId host, const QPointF &position);
    static Edit addContainer(TopologyDocument *document, ObjectId host, const QPointF &position);

    // A container to a bridge of its host (either order), or two bridges on different hosts.
    static Edit connect(TopologyDocument *document, ObjectId from, ObjectId to);
    // Attaches a container to a bridge (kNoObject: detaches it), re-addressing it when its address
    // does not fit the new subnet.
    static Edit attach(TopologyDocument *document, ObjectId container, ObjectId bridge);

    // The image most containers of the topology use, so a new container needs no typing.
    static QString usualImage(const Topology &t);
};

} // namespace studio
