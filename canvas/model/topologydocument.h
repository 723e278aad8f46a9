#pragma once

#include "result.h"
#include "topology.h"

#include <QObject>
#include <QVariant>

namespace studio {

// What a removal took away, so undo can put it back with the same ids: the object, everything
// that depended on it, and which containers were detached from a removed bridge.
struct Snapshot
{
    std::vector<Host> hosts;
    std::vector<Bridge> bridges;
    std::vector<Container> containers;
    std::vector<VxlanLink> links;
    std::vector<std::pair<ObjectId, ObjectId>> detached; // container, the bridge it was on

    ObjectId root() const;
};

// The open topology. Every change goes through here (normally through an undo command) and is
// announced, so the scene, the property editor and the problems list follow it. Qt Core only.
class TopologyDocument : public QObject
{
    Q_OBJECT

public:
    explicit TopologyDocument(QObject *parent = nullptr);

    const Topology &topology() const { return m_topology; }
    void reset(Topology topology);

    // A fresh id for an object about to be added (commands keep it for redo).
    ObjectId reserveId();

    Snapshot remove(ObjectId id);
    Status restore(const Snapshot &snapshot);
    Status setProperty(ObjectId id, const QString &key, const QVariant &value);
    QVariant property(ObjectId id, const QString &key) const;
    // Replaces the image definitions; announced as objectChanged(kNoObject, "images").
    void setImages(const ImageDefinitions &images);

    bool isModified() const { return m_modified; }
    void setModified(bool modified);

signals:
    void objectAdded(studio::ObjectId id);
    void objectRemoved(studio::ObjectId id);
    void objectChanged(studio::ObjectId id, const QString &key);
    void modelReset();
    void modifiedChanged(bool modified);

private:
    void changed();

    Topology m_topology;
    ObjectId m_reserved = 0;
    bool m_modified = false;
};

} // namespace studio
