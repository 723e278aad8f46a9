#include "lab.h"

#include "labdocker.h"
#include "labhostsetup.h"
#include "localcommand.h"
#include "ssh/knownhostsfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace studio {

namespace {

const QString kBridge = LabState::underlayBridge();
const QString kBridgeAddress = QStringLiteral("198.18.0.254");
const QString kRuleComment = QStringLiteral("overlaystudio-lab");

bool tcpReachable(const QString &address, quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return socket.waitForConnected(timeoutMs);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Status bringUp(LabState &state, const LabOptions &options, const Lab::Progress &progress)
{
    QStringList missing;
    for (const QString &program :
         {QStringLiteral("ip"), QStringLiteral("ovsdb-server"), QStringLiteral("ovs-vswitchd"),
          QStringLiteral("ovs-vsctl"), QStringLiteral("ovsdb-tool"), QStringLiteral("ssh-keygen"),
          QStringLiteral("ethtool"), QStringLiteral("docker"), QStringLiteral("dockerd"),
          QStringLiteral("iptables"), QStringLiteral("tar"), QStringLiteral("tcpdump")}) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            missing << program;
    }
    if (!QFile::exists(QStringLiteral("/usr/sbin/sshd")))
        missing << QStringLiteral("sshd");
    if (!missing.isEmpty())
        return Error{
            QStringLiteral("lab"),
            Lab::tr("these programs are missing: %1.").arg(missing.join(QStringLiteral(", "))),
            Lab::tr("Install them with .ci/install-deps.sh.")};

    QDir().mkpath(state.keyDir);
    QFile::setPermissions(state.keyDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDir().mkpath(QStringLiteral("/run/sshd")); // sshd's privilege separation directory
    if (auto s = LabHostSetup::ensureKey(state.clientKey, QStringLiteral("overlaystudio-lab")); !s)
        return s;
    if (auto s = LabHostSetup::writeFile(state.keyDir + QStringLiteral("/authorized_keys"),
                                         readAll(state.clientKey + QStringLiteral(".pub")));
        !s)
        return s;

    // The underlay: a Linux bridge with the machine's address, and an exception to Docker's
    // FORWARD policy (DROP once Docker loaded br_netfilter) for frames crossing it.
    if (progress)
        progress(Lab::tr("Creating the underlay bridge %1 (%2/24)").arg(kBridge, kBridgeAddress));
    auto made = local::run({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"),
                            kBridge, QStringLiteral("type"), QStringLiteral("bridge")});
    if (!made)
        return made.error();
    state.bridge = kBridge;
    state.bridgeAddress = kBridgeAddress;
    if (auto saved = state.save(); !saved)
        return saved;
    for (const QStringList &argv :
         {QStringList{QStringLiteral("ip"), QStringLiteral("address"), QStringLiteral("add"),
                      kBridgeAddress + QStringLiteral("/24"), QStringLiteral("dev"), kBridge},
          QStringList{QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), kBridge,
                      QStringLiteral("up")}}) {
        auto r = local::run(argv);
        if (!r)
            return r.error();
    }
    auto rule
        = local::run({QStringLiteral("iptables"), QStringLiteral("-I"), QStringLiteral("FORWARD"),
                      QStringLiteral("-i"), kBridge, QStringLiteral("-o"), kBridge,
                      QStringLiteral("-m"), QStringLiteral("comment"), QStringLiteral("--comment"),
                      kRuleComment, QStringLiteral("-j"), QStringLiteral("ACCEPT")});
    if (!rule)
        return rule.error();
    state.forwardRule = true;
    if (auto saved = state.save(); !saved)
        return saved;

    for (int n = 1; n <= options.hosts; ++n) {
        if (auto s = LabHostSetup::add(state, n, progress); !s)
            return s;
    }

    if (auto s = LabDocker::start(state, progress); !s)
        return s;
    if (auto s = LabDocker::ensureImage(state.image, progress); !s)
        return s;

    // The hosts' keys, so deploy can check them instead of trusting whatever answers.
    QByteArray entries;
    QStringList addresses;
    for (const LabHost &h : state.hosts) {
        entries += KnownHostsFile::entry(h.address,
                                         readAll(state.keyDir + QLatin1Char('/') + h.name
                                                 + QStringLiteral("/ssh_host_ed25519_key.pub")));
        addresses << h.address;
    }
    if (auto s = KnownHostsFile(state.knownHosts).replaceAll(entries); !s)
        return s;
    if (!options.knownHostsToUpdate.isEmpty()) {
        if (auto s = KnownHostsFile(options.knownHostsToUpdate).replaceHosts(addresses, entries);
            !s)
            return s;
    }

    for (const LabHost &h : state.hosts) {
        QElapsedTimer timer;
        timer.start();
        while (!tcpReachable(h.address, 22, 500)) {
            if (timer.elapsed() > 15000)
                return Error{h.name, Lab::tr("does not answer SSH at %1:22.").arg(h.address),
                             Lab::tr("See %1/log/sshd.log.").arg(h.dir)};
            QThread::msleep(50);
        }
    }
    return success();
}

} // namespace

Result<LabState> Lab::up(const LabOptions &options, const Progress &progress)
{
    if (::geteuid() != 0)
        return Error{QStringLiteral("lab"),
                     tr("creating simulated hosts needs root (network namespaces, Open vSwitch)."),
                     tr("Run it as root, e.g. with sudo.")};
    if (options.hosts < 1 || options.hosts > kMaxHosts)
        return Error{QStringLiteral("--hosts"), tr("must be from 1 to %1.").arg(kMaxHosts), {}};
    if (QFile::exists(LabState::fileIn(options.runDir)))
        return Error{options.runDir, tr("a lab is already up."), tr("Run 'lab down' first.")};
    // Names are fixed, so two labs cannot run side by side; say so rather than fail half-way.
    QStringList inTheWay;
    if (QFile::exists(QStringLiteral("/sys/class/net/") + kBridge))
        inTheWay << kBridge;
    for (int n = 1; n <= options.hosts; ++n) {
        const QString ns = QStringLiteral("oslab-h%1").arg(n);
        if (QFile::exists(QStringLiteral("/run/netns/") + ns))
            inTheWay << ns;
    }
    if (!inTheWay.isEmpty())
        return Error{
            QStringLiteral("lab"),
            tr("%1 exist already: another lab is up.").arg(inTheWay.join(QStringLiteral(", "))),
            tr("Take it down with 'lab down' (with its --run-dir) first.")};

    LabState state;
    state.runDir = options.runDir;
    state.keyDir = options.keyDir;
    state.image = options.image.isEmpty() ? defaultImage() : options.image;
    state.clientKey = options.keyDir + QStringLiteral("/id_ed25519");
    state.knownHosts = options.keyDir + QStringLiteral("/known_hosts");
    if (!QDir().mkpath(state.runDir))
        return Error{state.runDir, tr("cannot be created."), {}};
    if (auto saved = state.save(); !saved)
        return saved.error();

    if (auto s = bringUp(state, options, progress); !s) {
        // Roll back exactly what was made. The error that stopped us is what matters; what the
        // roll-back could not undo is added to its fix.
        Error failed = s.error();
        if (const Status undone = down(state.runDir, {}); !undone)
            failed.fix = (failed.fix + QLatin1Char(' ')
                          + tr("Rolling back also failed: %1").arg(undone.error().toString()))
                             .trimmed();
        return failed;
    }
    return state;
}

Result<LabState> Lab::load(const QString &runDir)
{
    return LabState::load(runDir);
}

namespace {

// Whether path is runDir itself or below it, with symbolic links resolved: a state file that
// names /etc, or a link out of the run directory, is not followed.
bool isBelow(const QString &path, const QString &runDir)
{
    const QString root = QFileInfo(runDir).canonicalFilePath();
    const QString target = QFileInfo(path).canonicalFilePath();
    return !root.isEmpty() && !target.isEmpty() && target.startsWith(root + QLatin1Char('/'));
}

bool isLabName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^oslab-h[1-9][0-9]{0,2}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

Status Lab::down(const QString &runDir, const Progress &progress)
{
    auto loaded = load(runDir);
    if (!loaded)
        return loaded.error();
    // Only runDir (the caller's, not the one recorded in the file) bounds what is removed.
    const LabState &s = loaded.value();
    QStringList problems;
    const auto attempt = [&problems](const QStringList &argv) {
        if (auto r = local::run(argv); !r)
            problems << r.error().toString();
    };
    const auto stopIfOurs = [&problems](const LabProcess &p, int graceMs) {
        if (p.pid <= 0)
            return;
        if (p.startTime == 0 && LabProcess::commandOf(p.pid) == p.command)
            problems << tr("process %1 (%2) was left running: no start time was recorded for "
                           "it, so it cannot be told from another process with that PID")
                            .arg(p.pid)
                            .arg(p.command);
        else if (!p.isRunning() && LabProcess::commandOf(p.pid) == p.command)
            problems << tr("process %1 (%2) was left running: it started at another time than "
                           "the lab's, so it is not the lab's")
                            .arg(p.pid)
                            .arg(p.command);
        p.stop(graceMs);
    };
    for (auto it = s.hosts.crbegin(); it != s.hosts.crend(); ++it) {
        const LabHost &h = *it;
        if (progress)
            progress(tr("Stopping host %1").arg(h.name));
        // sshd, then ovs-vswitchd, then ovsdb-server: the reverse of their start.
        for (auto p = h.processes.crbegin(); p != h.processes.crend(); ++p)
            stopIfOurs(*p, 5000);
        if (!h.netns.isEmpty() && !isLabName(h.netns))
            problems << tr("namespace '%1' was left alone: it is not a lab name").arg(h.netns);
        else if (!h.netns.isEmpty() && QFile::exists(QStringLiteral("/run/netns/") + h.netns))
            attempt(
                {QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("delete"), h.netns});
        // Deleting the namespace deletes the veth pair; this only matters if it was moved out.
        if (!h.rootVeth.isEmpty() && !isLabName(h.rootVeth)) {
            problems << tr("link '%1' was left alone: it is not a lab name").arg(h.rootVeth);
        } else if (!h.rootVeth.isEmpty()
                   && QFile::exists(QStringLiteral("/sys/class/net/") + h.rootVeth)) {
            // The kernel removes the pair with the namespace, but not always at once.
            auto r = local::run({QStringLiteral("ip"), QStringLiteral("link"),
                                 QStringLiteral("delete"), h.rootVeth});
            if (!r && QFile::exists(QStringLiteral("/sys/class/net/") + h.rootVeth))
                problems << r.error().toString();
        }
        if (QFileInfo::exists(h.dir)) {
            if (isBelow(h.dir, runDir))
                QDir(h.dir).removeRecursively();
            else
                problems << tr("%1 was left alone: it is not below the lab's run directory %2")
                                .arg(h.dir, runDir);
        }
    }
    const bool ourBridge = s.bridge == kBridge;
    if (!s.bridge.isEmpty() && !ourBridge)
        problems << tr("link '%1' was left alone: the lab's bridge is %2").arg(s.bridge, kBridge);
    if (s.forwardRule && ourBridge)
        attempt({QStringLiteral("iptables"), QStringLiteral("-D"), QStringLiteral("FORWARD"),
                 QStringLiteral("-i"), kBridge, QStringLiteral("-o"), kBridge, QStringLiteral("-m"),
                 QStringLiteral("comment"), QStringLiteral("--comment"), kRuleComment,
                 QStringLiteral("-j"), QStringLiteral("ACCEPT")});
    if (ourBridge && QFile::exists(QStringLiteral("/sys/class/net/") + kBridge))
        attempt({QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("delete"), kBridge});
    if (s.dockerd.pid > 0) {
        if (progress)
            progress(tr("Stopping the Docker engine the lab started"));
        stopIfOurs(s.dockerd, 20000);
    }
    QFile::remove(LabState::fileIn(runDir));
    QFile::remove(runDir + QStringLiteral("/dockerd.log"));
    QDir().rmdir(runDir);
    if (!problems.isEmpty())
        return Error{
            runDir, tr("the lab is down, but: %1").arg(problems.join(QStringLiteral("; "))), {}};
    return success();
}

Result<QList<LabHostStatus>> Lab::status(const QString &runDir)
{
    auto loaded = load(runDir);
    if (!loaded)
        return loaded.error();
    QList<LabHostStatus> list;
    for (const LabHost &h : loaded.value().hosts) {
        LabHostStatus st;
        st.name = h.name;
        st.address = h.address;
        st.netnsPresent = QFile::exists(QStringLiteral("/run/netns/") + h.netns);
        for (const LabProcess &p : h.processes) {
            if (!p.isRunning())
                st.deadProcesses << p.command;
        }
        st.sshReachable = tcpReachable(h.address, 22, 1000);
        list.append(st);
    }
    return list;
}

Status Lab::stopSshd(const QString &runDir, const QString &hostName)
{
    auto loaded = load(runDir);
    if (!loaded)
        return loaded.error();
    for (const LabHost &h : loaded.value().hosts) {
        if (h.name != hostName)
            continue;
        for (const LabProcess &p : h.processes) {
            if (p.command != QLatin1String("sshd") || !p.isRunning())
                continue;
            // Its sessions are sshd processes below it (by PID, never by name): ending them
            // drops the connections, as a host that goes away does.
            QList<qint64> sessions;
            for (const QString &entry :
                 QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                bool isPid = false;
                const qint64 pid = entry.toLongLong(&isPid);
                if (!isPid || pid == p.pid)
                    continue;
                qint64 up = pid;
                for (int depth = 0; depth < 8 && up > 1 && up != p.pid; ++depth)
                    up = LabProcess::parentOf(up);
                if (up == p.pid
                    && QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget()
                           == QLatin1String("/usr/sbin/sshd"))
                    sessions << pid;
            }
            p.stop();
            for (qint64 pid : sessions)
                ::kill(pid_t(pid), SIGKILL);
            return success();
        }
        return Error{hostName, tr("its sshd is not running."), {}};
    }
    return Error{hostName, tr("is not a host of the lab in %1.").arg(runDir), {}};
}

Status Lab::startSshd(const QString &runDir, const QString &hostName)
{
    auto loaded = load(runDir);
    if (!loaded)
        return loaded.error();
    LabState state = loaded.value();
    for (LabHost &h : state.hosts) {
        if (h.name != hostName)
            continue;
        for (const LabProcess &p : h.processes) {
            if (p.command == QLatin1String("sshd") && p.isRunning())
                return Error{hostName, tr("its sshd runs already."), {}};
        }
        if (auto s = LabHostSetup::startSshd(h); !s)
            return s;
        return state.save();
    }
    return Error{hostName, tr("is not a host of the lab in %1.").arg(runDir), {}};
}

Topology Lab::topologyFor(const LabState &state, const QString &name)
{
    Topology t;
    t.name = name;
    t.description = tr("Hosts of the local lab.");
    int i = 0;
    for (const LabHost &h : state.hosts) {
        Host host;
        host.name = h.name;
        host.managementAddress = h.address;
        host.auth = AuthMethod::KeyFile;
        host.keyFile = state.clientKey;
        host.datapath = Datapath::Netdev;
        host.position = QPointF((i % 3) * 560.0, (i / 3) * 380.0);
        // Lab host names (lab1, lab2...) and addresses are valid by construction.
        if (auto added = t.addHost(host); !added)
            qWarning("lab host %s: %s", qPrintable(h.name), qPrintable(added.error().toString()));
        ++i;
    }
    return t;
}

} // namespace studio
