#include "dumpports.h"

namespace studio {

namespace {

qint64 counter(const QByteArray &value)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    return ok ? n : -1;
}

// "rx pkts=5, bytes=426, drop=?" -> key/value pairs after the first word.
void readFields(const QByteArray &text, PortCounters &p, bool rx)
{
    for (const QByteArray &field : text.split(',')) {
        const QByteArray f = field.trimmed();
        const qsizetype eq = f.indexOf('=');
        if (eq < 0)
            continue;
        QByteArray key = f.left(eq);
        if (key.contains(' '))
            key = key.mid(key.lastIndexOf(' ') + 1);
        const qint64 v = counter(f.mid(eq + 1));
        if (key == "pkts")
            (rx ? p.rxPackets : p.txPackets) = v;
        else if (key == "bytes")
            (rx ? p.rxBytes : p.txBytes) = v;
        else if (key == "drop")
            (rx ? p.rxDropped : p.txDropped) = v;
        else if (key == "errs")
            (rx ? p.rxErrors : p.txErrors) = v;
    }
}

// The name after "port": bare up to ':' or quoted with backslash escapes.
bool readName(const QByteArray &rest, QString *name, QByteArray *after)
{
    const QByteArray r = rest.trimmed();
    if (r.startsWith('"')) {
        QByteArray n;
        for (qsizetype i = 1; i < r.size(); ++i) {
            if (r[i] == '\\' && i + 1 < r.size()) {
                n += r[++i];
            } else if (r[i] == '"') {
                if (i + 1 >= r.size() || r[i + 1] != ':')
                    return false;
                *name = QString::fromUtf8(n);
                *after = r.mid(i + 2);
                return true;
            } else {
                n += r[i];
            }
        }
        return false;
    }
    const qsizetype colon = r.indexOf(':');
    if (colon <= 0)
        return false;
    *name = QString::fromUtf8(r.left(colon));
    *after = r.mid(colon + 1);
    return true;
}

} // namespace

Result<QList<PortCounters>> DumpPorts::parse(const QByteArray &text, const QString &bridge)
{
    const QList<QByteArray> lines = text.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("OFPST_PORT reply"))
        return Error{bridge,
                     tr("ovs-ofctl dump-ports did not print port statistics: %1")
                         .arg(QString::fromUtf8(text.trimmed().left(300))),
                     tr("Check that ovs-vswitchd runs and the bridge exists (ovs-vsctl show).")};
    QList<PortCounters> ports;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.startsWith("port ")) {
            PortCounters p;
            p.bridge = bridge;
            QByteArray after;
            if (!readName(line.mid(5), &p.port, &after))
                return Error{
                    bridge,
                    tr("cannot read the port name in \"%1\".").arg(QString::fromUtf8(line)),
                    {}};
            readFields(after, p, true);
            ports << p;
        } else if (line.startsWith("tx ") && !ports.isEmpty()) {
            readFields(line, ports.last(), false);
        } else if (line.startsWith("duration=") && !ports.isEmpty()) {
            QByteArray d = line.mid(9);
            if (d.endsWith('s'))
                d.chop(1);
            bool ok = false;
            const double seconds = d.toDouble(&ok);
            ports.last().durationSeconds = ok ? seconds : -1;
        }
    }
    return ports;
}

} // namespace studio
