#include "tickcommand.h"

#include "dumpports.h"

#include "plan/remotecommand.h"
#include "plan/tags.h"

#include <QRegularExpression>

#include <algorithm>

namespace studio {

namespace {

// __os_start PID: sets __st to the process's start time (field 22 of /proc/PID/stat), or empty.
// __os_tick [D] [M] {B BRIDGE} {L PORT} {C NAME PID START} -- NAMES...
//   D: ask Docker about NAMES; M: read port names (dump-ports-desc) and owners (ovs-vsctl);
//   B: port counters of a bridge (by number);
//   L: link state of a port; C: is the container's known process still the one we saw?
// Everything but ovs-ofctl (and Docker/ovs-vsctl when asked) is a shell builtin: no process.
const char kDefinitions[]
    = R"SH(__os_start() { __st=; { read -r __l <"/proc/$1/stat"; } 2>/dev/null || return 0; __l=${__l##*) }; set -- $__l; __st=${20}; }
__os_tick() {
  __dock=0; __map=0
  while [ $# -gt 0 ]; do
    case $1 in
    D) __dock=1; shift ;;
    M) __map=1; shift ;;
    B) echo "@@ports $2"; LC_ALL=C ovs-ofctl -O OpenFlow13 dump-ports "$2" 2>&1; __rc=$?
       echo "@@rc $__rc"
       if [ "$__rc" != 0 ]; then ovs-appctl --timeout=2 version >/dev/null 2>&1; echo "@@vswitchd $?"
       elif [ "$__map" = 1 ]; then echo "@@desc $2"; LC_ALL=C ovs-ofctl -O OpenFlow13 dump-ports-desc "$2" 2>&1; fi
       shift 2 ;;
    L) __s=; { read -r __s <"/sys/class/net/$2/operstate"; } 2>/dev/null; echo "@@link $2 ${__s:-none}"; shift 2 ;;
    C) __os_start "$3"
       if [ "$3" != 0 ] && [ -n "$__st" ] && [ "$__st" = "$4" ]; then echo "@@alive $2 $3 $4"; else echo "@@gone $2"; __dock=1; fi
       shift 4 ;;
    --) shift; break ;;
    *) shift ;;
    esac
  done
  if [ "$__map" = 1 ]; then
    echo @@map
    ovs-vsctl --timeout=5 --format=csv --data=bare --no-headings --columns=name,external_ids list interface 2>&1
    echo "@@rc $?"
  fi
  if [ "$__dock" = 1 ] && [ $# -gt 0 ]; then
    echo @@docker
    docker inspect --format '@ {{.State.Pid}} {{.Name}} {{.State.Status}} t={{index .Config.Labels "overlaystudio.topology"}} h={{index .Config.Labels "overlaystudio.host"}}' "$@" 2>&1 |
      while IFS= read -r __line; do
        case $__line in
        "@ "*) set -- $__line; __os_start "$2"; echo "$__line s=${__st:-0}" ;;
        *) echo "$__line" ;;
        esac
      done
  fi
  echo @@times
  times
}
)SH";

PortLink linkFrom(const QByteArray &operstate)
{
    if (operstate == "up")
        return PortLink::Up;
    if (operstate == "down" || operstate == "lowerlayerdown" || operstate == "dormant"
        || operstate == "notpresent")
        return PortLink::Down;
    if (operstate == "none")
        return PortLink::NoDevice;
    return PortLink::Unknown;
}

// "0m0.012000s" -> 0.012
double seconds(const QByteArray &word)
{
    const qsizetype m = word.indexOf('m');
    QByteArray s = word.mid(m + 1);
    if (s.endsWith('s'))
        s.chop(1);
    return word.left(m).toDouble() * 60 + s.toDouble();
}

} // namespace

QString TickCommand::definitions()
{
    return QString::fromLatin1(kDefinitions);
}

QString TickCommand::command(const TickRequest &request)
{
    // Port names come from ovs-ofctl; only plain interface names are looked up in /sys.
    static const QRegularExpression plainName(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.:-]*$"));
    QStringList argv{QStringLiteral("__os_tick")};
    if (request.readDocker)
        argv << QStringLiteral("D");
    if (request.readPortMap)
        argv << QStringLiteral("M");
    for (const QString &b : request.bridges)
        argv << QStringLiteral("B") << b;
    for (const QString &p : request.linkPorts) {
        if (plainName.match(p).hasMatch())
            argv << QStringLiteral("L") << p;
    }
    for (const TickRequest::Container &c : request.containers)
        argv << QStringLiteral("C") << c.name << QString::number(c.pid) << QString::number(c.start);
    argv << QStringLiteral("--");
    for (const TickRequest::Container &c : request.containers)
        argv << c.name;
    return RemoteCommand::run(argv).toShell();
}

bool TickCommand::isOurs(const QString &topologyLabel, const QString &hostLabel,
                         const QString &topology, const QString &host)
{
    // Exact match, never a substring: another topology's "lab" is not ours.
    return topologyLabel == topology && hostLabel == host;
}

Result<TickReadout> TickCommand::parse(const QByteArray &output, const TickRequest &request,
                                       const QString &topology, const QString &host)
{
    TickReadout r;
    // Split into sections: "@@name arg" starts one; lines follow.
    struct Section
    {
        QByteArray name, arg, body;
    };
    QList<Section> sections;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("@@")) {
            const QByteArray head = line.mid(2).trimmed();
            const qsizetype space = head.indexOf(' ');
            sections.append({space < 0 ? head : head.left(space),
                             space < 0 ? QByteArray() : head.mid(space + 1),
                             {}});
        } else if (!sections.isEmpty()) {
            sections.last().body += line + '\n';
        }
    }
    if (sections.isEmpty() || sections.last().name != "times")
        return Error{host,
                     tr("the monitoring command's report is incomplete: %1")
                         .arg(QString::fromUtf8(output.trimmed().right(300))),
                     tr("Check that the host runs a POSIX shell.")};

    QHash<QString, TickReadout::Container> containers;
    QHash<QString, PortLink> links; // by port name
    bool vswitchdDown = false;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        const Section &s = sections[i];
        if (s.name == "ports") {
            const QString bridge = QString::fromUtf8(s.arg);
            const bool failed = i + 1 < sections.size() && sections[i + 1].name == "rc"
                                && sections[i + 1].arg != "0";
            if (failed) {
                const bool daemonDown = i + 2 < sections.size()
                                        && sections[i + 2].name == "vswitchd"
                                        && sections[i + 2].arg != "0";
                if (daemonDown) {
                    vswitchdDown = true;
                    r.ovsError = QString::fromUtf8(s.body.trimmed());
                } else {
                    r.missingBridges << bridge;
                }
                continue;
            }
            auto ports = DumpPorts::parse(s.body, bridge);
            if (!ports) {
                r.ovsAnswering = false;
                r.ovsError = ports.error().toString();
                continue;
            }
            r.ports += ports.value();
        } else if (s.name == "desc") {
            // " 3(0d148365ae154_l): addr:e6:3c:a0:d6:c7:56" and " LOCAL(br0): addr:..."
            QHash<QString, QString> &names = r.portNames[QString::fromUtf8(s.arg)];
            for (const QByteArray &line : s.body.split('\n')) {
                const QByteArray l = line.trimmed();
                const qsizetype open = l.indexOf('(');
                const qsizetype close = l.indexOf("):");
                if (open <= 0 || close < open || l.left(open).contains(' '))
                    continue;
                const QString number = QString::fromUtf8(l.left(open));
                names.insert(number, number == QLatin1String("LOCAL")
                                         ? number
                                         : QString::fromUtf8(l.mid(open + 1, close - open - 1)));
            }
        } else if (s.name == "link") {
            const QList<QByteArray> words = s.arg.split(' ');
            links.insert(QString::fromUtf8(words.value(0)), linkFrom(words.value(1)));
        } else if (s.name == "alive") {
            const QList<QByteArray> words = s.arg.split(' ');
            TickReadout::Container c;
            c.sample.name = QString::fromUtf8(words.value(0));
            c.sample.state = ContainerRun::Running;
            c.sample.status = QStringLiteral("running");
            c.sample.pid = words.value(1).toLongLong();
            c.start = words.value(2).toLongLong();
            containers.insert(c.sample.name, c);
        } else if (s.name == "map") {
            const bool ok = i + 1 < sections.size() && sections[i + 1].name == "rc"
                            && sections[i + 1].arg == "0";
            if (!ok) {
                r.ovsAnswering = false;
                r.ovsError = QString::fromUtf8(s.body.trimmed());
                continue;
            }
            r.portMapRead = true;
            for (const QByteArray &line : s.body.split('\n')) {
                const qsizetype comma = line.indexOf(',');
                if (comma <= 0)
                    continue;
                QByteArray name = line.left(comma);
                QByteArray ids = line.mid(comma + 1);
                if (name.startsWith('"'))
                    name = name.mid(1, name.size() - 2);
                if (ids.startsWith('"'))
                    ids = ids.mid(1, ids.size() - 2);
                for (const QByteArray &pair : ids.split(' ')) {
                    if (pair.startsWith("container_id="))
                        r.containerPorts.insert(QString::fromUtf8(pair.mid(13)),
                                                QString::fromUtf8(name));
                }
            }
        } else if (s.name == "docker") {
            r.dockerRead = true;
            QStringList problems;
            for (const QByteArray &line : s.body.split('\n')) {
                if (line.isEmpty())
                    continue;
                if (!line.startsWith("@ ")) {
                    const QByteArray missing = "No such object: ";
                    const qsizetype at = line.indexOf(missing);
                    if (at >= 0) {
                        TickReadout::Container c;
                        c.sample.name = QString::fromUtf8(line.mid(at + missing.size()).trimmed());
                        c.sample.state = ContainerRun::Missing;
                        containers.insert(c.sample.name, c);
                    } else {
                        problems << QString::fromUtf8(line.trimmed());
                    }
                    continue;
                }
                // "@ PID /NAME STATUS t=TOPOLOGY h=HOST s=START"
                const QList<QByteArray> w = line.split(' ');
                TickReadout::Container c;
                c.sample.name = QString::fromUtf8(w.value(2)).mid(1);
                c.sample.status = QString::fromUtf8(w.value(3));
                c.sample.pid = w.value(1).toLongLong();
                QString topo, hostLabel;
                for (const QByteArray &word : w.mid(4)) {
                    if (word.startsWith("t="))
                        topo = QString::fromUtf8(word.mid(2));
                    else if (word.startsWith("h="))
                        hostLabel = QString::fromUtf8(word.mid(2));
                    else if (word.startsWith("s="))
                        c.start = word.mid(2).toLongLong();
                }
                if (!isOurs(topo, hostLabel, topology, host)) {
                    c.sample.state = ContainerRun::Missing;
                    c.sample.status
                        = tr("a container named %1 exists on %2, but this topology did not "
                             "create it (labels %3/%4). Rename one of them.")
                              .arg(c.sample.name, host, topo, hostLabel);
                    c.sample.pid = 0;
                } else if (c.sample.status == QLatin1String("running") && c.sample.pid > 0) {
                    c.sample.state = ContainerRun::Running;
                } else {
                    c.sample.state = ContainerRun::Stopped;
                    c.sample.pid = 0;
                }
                containers.insert(c.sample.name, c);
            }
            if (!problems.isEmpty()) {
                r.dockerAnswering = std::any_of(containers.begin(), containers.end(),
                                                [](const TickReadout::Container &c) {
                                                    return c.sample.state != ContainerRun::Unknown;
                                                });
                r.dockerError = problems.join(QLatin1Char(' '));
            }
        } else if (s.name == "times") {
            // "0m0.004000s 0m0.000000s\n0m0.010000s 0m0.020000s": shell and children, user/sys.
            double total = 0;
            int words = 0;
            for (const QByteArray &w : s.body.simplified().split(' ')) {
                if (w.contains('m')) {
                    total += seconds(w);
                    ++words;
                }
            }
            r.cpuSeconds = words == 4 ? total : -1;
        }
    }
    // dump-ports printed numbers: name them with this tick's map, or the last one.
    for (PortCounters &p : r.ports) {
        bool isNumber = false;
        p.port.toInt(&isNumber);
        if (!isNumber) {
            p.link = links.value(p.port, PortLink::Unknown);
            continue; // LOCAL, or a name already
        }
        const auto fresh = r.portNames.constFind(p.bridge);
        const QString name = fresh != r.portNames.constEnd()
                                 ? fresh->value(p.port)
                                 : request.portNames.value(p.bridge).value(p.port);
        if (name.isEmpty())
            r.unknownPorts = true; // stays a number until the map is read again
        else
            p.port = name;
        p.link = links.value(p.port, PortLink::Unknown);
    }
    if (vswitchdDown) {
        r.ovsAnswering = false;
        r.missingBridges.clear();
        if (r.ovsError.isEmpty())
            r.ovsError = tr("ovs-vswitchd does not answer.");
    }
    if (!r.dockerAnswering && r.dockerError.isEmpty())
        r.dockerError = tr("Docker does not answer.");
    // Every container the caller asked about gets a state, in its order.
    for (const TickRequest::Container &asked : request.containers) {
        TickReadout::Container c = containers.value(asked.name);
        if (c.sample.name.isEmpty()) {
            c.sample.name = asked.name;
            c.sample.state = ContainerRun::Unknown;
            c.sample.status = r.dockerAnswering ? tr("not read") : r.dockerError;
        }
        r.containers << c;
    }
    return r;
}

} // namespace studio
