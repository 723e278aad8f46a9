#pragma once

#include "monitortypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>

namespace studio {

// Reads the output of one long-lived `LC_ALL=C ping -n -D -O -i INTERVAL ADDRESS` (iputils),
// line by line, into events. Times stay on the remote host's clock ([1795606962.876033]); the
// caller maps them. What it understands:
//   [t] 64 bytes from 198.19.2.3: icmp_seq=1 ttl=64 time=0.997 ms          a reply
//   [t] no answer yet for icmp_seq=4                                         provisional loss
//   [t] 64 bytes from 198.19.2.3: icmp_seq=4 ttl=64 time=1784 ms            ...then a late reply
//   [t] From 198.19.2.2 icmp_seq=1 Destination Host Unreachable             an ICMP error
//   ... (DUP!)                                                               a duplicate
// A jump in sequence numbers is a gap; "ping: ..." lines are errors kept as the next event's
// detail. Unknown lines are ignored.
class PingParser
{
public:
    PingParser(int probe, double intervalSeconds);

    QList<PingEvent> parseLine(const QByteArray &line);
    // A new ping process: sequence numbers start again.
    void restart();
    // The last "ping: ..." or other unparsed complaint, for when the process ends.
    QString lastError() const { return m_lastError; }
    int highestSeq() const { return m_highest; }

private:
    double sendTime(int seq, double lineTime) const;
    void noteSent(int seq, double t);
    bool checkGap(int seq, double t, QList<PingEvent> &events);

    int m_probe;
    double m_interval;
    int m_highest = 0;            // highest sequence number seen
    int m_knownSeq = 0;           // the latest request whose send time is known...
    double m_knownTime = 0;       // ...and that time
    QHash<int, double> m_pending; // seq -> send time, reported "no answer yet"
    QSet<int> m_answered;         // recent answered seqs, to spot duplicates without (DUP!)
    QString m_lastError;
};

} // namespace studio
