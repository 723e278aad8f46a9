#pragma once

#include "labstate.h"
#include "model/result.h"

#include <QString>

#include <functional>

namespace studio {

// The Docker side of the lab: an engine to run the containers (this machine's, or one the lab
// starts and records in its state) and the image they run.
class LabDocker
{
public:
    using Progress = std::function<void(const QString &)>;

    // Uses a running Docker engine; otherwise starts dockerd (no bridge, no iptables) and records
    // it in the state, so "lab down" stops it and only it.
    static Status start(LabState &state, const Progress &progress);
    // Makes sure state.image exists: the default image is built from busybox-static when
    // missing; any other image must exist already.
    static Status ensureImage(const QString &image, const Progress &progress);

private:
    static Status buildImage(const QString &image, const Progress &progress);
};

} // namespace studio
