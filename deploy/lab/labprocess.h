#pragma once

#include "model/result.h"

#include <QJsonObject>
#include <QString>

namespace studio {

// A process the lab started, remembered with the name and start time it had, so it is stopped by
// PID and only while that PID still is that process (a PID is reused once its process is gone).
struct LabProcess
{
    qint64 pid = 0;
    QString command;       // /proc/PID/comm when started, e.g. "ovs-vswitchd"
    quint64 startTime = 0; // /proc/PID/stat field 22: clock ticks after boot; 0 = unknown

    // The process that runs as `pid` now, recorded with its start time.
    static LabProcess started(qint64 pid, const QString &command);
    // /proc/PID/comm, empty when there is no such process.
    static QString commandOf(qint64 pid);
    // /proc/PID/stat field 22, 0 when there is no such process.
    static quint64 startTimeOf(qint64 pid);
    // The parent PID of a process, or 0.
    static qint64 parentOf(qint64 pid);
    // The PID a daemon writes to its PID file, waiting up to timeoutMs for it to appear.
    static Result<qint64> readPidFile(const QString &path, int timeoutMs = 5000);

    // Whether the PID still is the process recorded: same name, same start time, not a zombie.
    bool isRunning() const;
    // Stops it by PID (TERM, then KILL after graceMs), only while the PID is still this process.
    void stop(int graceMs = 5000) const;

    // The start time as text: a JSON number (a double) would not hold every 64-bit value.
    QJsonObject toJson() const;
    static LabProcess fromJson(const QJsonObject &object);
};

} // namespace studio
