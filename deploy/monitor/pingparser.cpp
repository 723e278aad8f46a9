#include "pingparser.h"

#include <cmath>

namespace studio {

namespace {

// "[1795606962.876033] rest" -> time and rest; time -1 without the -D stamp.
double stamp(const QByteArray &line, QByteArray *rest)
{
    if (line.startsWith('[')) {
        const qsizetype close = line.indexOf(']');
        if (close > 1) {
            bool ok = false;
            const double t = line.mid(1, close - 1).toDouble(&ok);
            if (ok) {
                *rest = line.mid(close + 1).trimmed();
                return t;
            }
        }
    }
    *rest = line.trimmed();
    return -1;
}

// The value after "key=" up to a space or the end.
QByteArray field(const QByteArray &text, const char *key)
{
    const QByteArray k(key);
    qsizetype at = text.indexOf(' ' + k);
    at = at >= 0 ? at + 1 : (text.startsWith(k) ? 0 : -1);
    if (at < 0)
        return {};
    const qsizetype from = at + k.size();
    qsizetype to = text.indexOf(' ', from);
    if (to < 0)
        to = text.size();
    return text.mid(from, to - from);
}

} // namespace

PingParser::PingParser(int probe, double intervalSeconds)
    : m_probe(probe)
    , m_interval(intervalSeconds > 0 ? intervalSeconds : 1.0)
{}

void PingParser::restart()
{
    m_highest = 0;
    m_knownSeq = 0;
    m_knownTime = 0;
    m_pending.clear();
    m_answered.clear();
}

double PingParser::sendTime(int seq, double lineTime) const
{
    // Requests go out every interval: extrapolate from the newest one whose time is known.
    if (m_knownSeq > 0)
        return m_knownTime + (seq - m_knownSeq) * m_interval;
    return lineTime;
}

void PingParser::noteSent(int seq, double t)
{
    if (seq >= m_knownSeq) {
        m_knownSeq = seq;
        m_knownTime = t;
    }
}

bool PingParser::checkGap(int seq, double t, QList<PingEvent> &events)
{
    if (seq > m_highest + 1 && m_highest > 0) {
        PingEvent gap;
        gap.probe = m_probe;
        gap.outcome = PingOutcome::Gap;
        gap.seq = m_highest + 1;
        gap.toSeq = seq;
        gap.time = sendTime(m_highest + 1, t);
        events << gap;
    }
    if (seq > m_highest) {
        m_highest = seq;
        // Requests never answered stay pending a while (a late reply may come), not forever.
        if (m_pending.size() > 128) {
            for (auto it = m_pending.begin(); it != m_pending.end();)
                it = it.key() < m_highest - 64 ? m_pending.erase(it) : std::next(it);
        }
        return true;
    }
    return false;
}

QList<PingEvent> PingParser::parseLine(const QByteArray &raw)
{
    QList<PingEvent> events;
    QByteArray text;
    const double t = stamp(raw.trimmed(), &text);
    if (text.isEmpty() || text.startsWith("PING "))
        return events;

    // icmp_seq wraps at 65535 (18 hours at 1 Hz): start over rather than call it a gap.
    const auto seqOf = [this](const QByteArray &value) {
        bool ok = false;
        const int seq = value.toInt(&ok);
        if (ok && m_highest > 60000 && seq < 1000)
            restart();
        return ok ? seq : -1;
    };

    PingEvent e;
    e.probe = m_probe;
    if (text.contains(" bytes from ") && text.contains("icmp_seq=")) {
        e.seq = seqOf(field(text, "icmp_seq="));
        bool ok = false;
        const double rtt = field(text, "time=").toDouble(&ok);
        if (e.seq < 0 || !ok || t < 0)
            return events;
        e.outcome = PingOutcome::Reply;
        e.rttMs = rtt;
        e.time = t - rtt / 1000.0;
        e.duplicate = text.contains("(DUP!)") || m_answered.contains(e.seq);
        const auto pending = m_pending.constFind(e.seq);
        e.late = pending != m_pending.constEnd();
        if (e.late) {
            e.time = pending.value();
            m_pending.remove(e.seq);
        }
        if (!e.duplicate) {
            checkGap(e.seq, e.time, events);
            noteSent(e.seq, t - rtt / 1000.0);
            m_answered.insert(e.seq);
            m_answered.remove(e.seq - 64);
        }
        events << e;
        return events;
    }
    if (text.startsWith("no answer yet for icmp_seq=")) {
        e.seq = seqOf(text.mid(int(sizeof "no answer yet for icmp_seq=") - 1).trimmed());
        if (e.seq < 0 || t < 0)
            return events;
        e.outcome = PingOutcome::NoAnswerYet;
        // Printed when the next request goes out: this one left an interval earlier.
        e.time = m_knownSeq > 0 ? sendTime(e.seq, t) : t - m_interval;
        if (m_answered.contains(e.seq) || m_pending.contains(e.seq))
            return events;
        checkGap(e.seq, e.time, events);
        e.detail = m_lastError;
        m_pending.insert(e.seq, e.time);
        noteSent(e.seq, e.time);
        events << e;
        return events;
    }
    if (text.startsWith("From ") && text.contains("icmp_seq=")) {
        e.seq = seqOf(field(text, "icmp_seq="));
        if (e.seq < 0 || t < 0)
            return events;
        e.outcome = PingOutcome::Unreachable;
        e.detail = QString::fromUtf8(text);
        const auto pending = m_pending.constFind(e.seq);
        e.time = pending != m_pending.constEnd() ? pending.value() : sendTime(e.seq, t);
        if (m_answered.contains(e.seq))
            return events;
        checkGap(e.seq, e.time, events);
        // Final: a reply cannot follow an error for the same request.
        m_pending.insert(e.seq, e.time);
        events << e;
        return events;
    }
    // "ping: sendmsg: Network is unreachable", "nsenter: ...", anything else: a complaint.
    m_lastError = QString::fromUtf8(text);
    return events;
}

} // namespace studio
