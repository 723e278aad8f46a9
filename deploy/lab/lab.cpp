#include "lab.h"

#include "localcommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace studio {

namespace {

const QString kBridge = QStringLiteral("oslab0");
const QString kBridgeAddress = QStringLiteral("198.18.0.254");
const QString kRuleComment = QStringLiteral("overlaystudio-lab");

QString stateFile(const QString &runDir)
{
    return runDir + QStringLiteral("/state.json");
}

QJsonObject toJson(const LabProcess &p)
{
    // The start time as text: a JSON number (a double) would not hold every 64-bit value.
    return {{QStringLiteral("pid"), p.pid},
            {QStringLiteral("command"), p.command},
            {QStringLiteral("startTime"), QString::number(p.startTime)}};
}

LabProcess processFromJson(const QJsonObject &o)
{
    return {qint64(o.value(QStringLiteral("pid")).toDouble()),
            o.value(QStringLiteral("command")).toString(),
            o.value(QStringLiteral("startTime")).toString().toULongLong()};
}

Status saveState(const LabState &s)
{
    QJsonArray hosts;
    for (const LabHost &h : s.hosts) {
        QJsonArray processes;
        for (const LabProcess &p : h.processes)
            processes.append(toJson(p));
        hosts.append(QJsonObject{{QStringLiteral("name"), h.name},
                                 {QStringLiteral("netns"), h.netns},
                                 {QStringLiteral("address"), h.address},
                                 {QStringLiteral("rootVeth"), h.rootVeth},
                                 {QStringLiteral("dir"), h.dir},
                                 {QStringLiteral("processes"), processes}});
    }
    const QJsonObject o{{QStringLiteral("runDir"), s.runDir},
                        {QStringLiteral("keyDir"), s.keyDir},
                        {QStringLiteral("bridge"), s.bridge},
                        {QStringLiteral("bridgeAddress"), s.bridgeAddress},
                        {QStringLiteral("forwardRule"), s.forwardRule},
                        {QStringLiteral("dockerd"), toJson(s.dockerd)},
                        {QStringLiteral("image"), s.image},
                        {QStringLiteral("clientKey"), s.clientKey},
                        {QStringLiteral("knownHosts"), s.knownHosts},
                        {QStringLiteral("hosts"), hosts}};
    QSaveFile f(stateFile(s.runDir));
    const QByteArray json = QJsonDocument(o).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit())
        return Error{f.fileName(), f.errorString(), {}};
    return success();
}

// The command name of a running PID, empty when it is gone.
QString commandOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/comm").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).trimmed();
}

// /proc/PID/stat after the command name, which may hold spaces and parentheses: field 3 (the
// state) is the first word after the last ')'.
QList<QByteArray> statFields(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 ? line.mid(close + 2).trimmed().split(' ') : QList<QByteArray>();
}

} // namespace

quint64 Lab::processStartTime(qint64 pid)
{
    return statFields(pid).value(22 - 3).toULongLong(); // field 22, counted from field 3
}

bool Lab::isOurProcess(const LabProcess &p)
{
    // All three must match: the name alone may be another sshd, the PID a reused one.
    if (p.pid <= 0 || p.command.isEmpty() || p.startTime == 0 || commandOf(p.pid) != p.command)
        return false;
    const QList<QByteArray> fields = statFields(p.pid);
    // A zombie has stopped; only its parent can make it go away.
    return fields.value(0) != "Z" && fields.value(22 - 3).toULongLong() == p.startTime;
}

namespace {

bool isRunning(const LabProcess &p)
{
    return Lab::isOurProcess(p);
}

LabProcess started(qint64 pid, const QString &command)
{
    return {pid, command, Lab::processStartTime(pid)};
}

// Stops a process we started: by PID, and only while that PID is still the program we started.
void stop(const LabProcess &p, int graceMs = 5000)
{
    if (!isRunning(p))
        return;
    ::kill(pid_t(p.pid), SIGTERM);
    QElapsedTimer timer;
    timer.start();
    while (isRunning(p) && timer.elapsed() < graceMs)
        QThread::msleep(20);
    if (isRunning(p))
        ::kill(pid_t(p.pid), SIGKILL);
    while (isRunning(p) && timer.elapsed() < graceMs + 2000)
        QThread::msleep(20);
}

Result<qint64> readPidFile(const QString &path, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            bool ok = false;
            const qint64 pid = f.readAll().trimmed().toLongLong(&ok);
            if (ok && pid > 0)
                return pid;
        }
        QThread::msleep(10);
    }
    return Error{path, Lab::tr("no PID file appeared; the daemon did not start."),
                 Lab::tr("Look at the logs next to it.")};
}

bool tcpReachable(const QString &address, quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    return socket.waitForConnected(timeoutMs);
}

QStringList ovsEnv(const QString &dir)
{
    return {QStringLiteral("env"), QStringLiteral("OVS_RUNDIR=") + dir + QStringLiteral("/run"),
            QStringLiteral("OVS_DBDIR=") + dir + QStringLiteral("/db"),
            QStringLiteral("OVS_LOGDIR=") + dir + QStringLiteral("/log")};
}

Status ensureKey(const QString &path, const QString &comment)
{
    QFileInfo(path).dir().mkpath(QStringLiteral("."));
    if (QFile::exists(path) && QFile::exists(path + QStringLiteral(".pub")))
        return success();
    QFile::remove(path);
    QFile::remove(path + QStringLiteral(".pub"));
    auto made = local::run({QStringLiteral("ssh-keygen"), QStringLiteral("-q"),
                            QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"),
                            QString(), QStringLiteral("-C"), comment, QStringLiteral("-f"), path});
    if (!made)
        return made.error();
    return success();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Status writeFile(const QString &path, const QByteArray &data, QFile::Permissions permissions = {})
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error{path, Lab::tr("cannot be written: %1").arg(f.errorString()), {}};
    if (permissions)
        QFile::setPermissions(path, permissions);
    return success();
}

// Replaces the entries of the lab's addresses in a known_hosts file by the lab's keys.
Status updateKnownHosts(const QString &path, const QStringList &addresses,
                        const QByteArray &entries)
{
    QFileInfo(path).dir().mkpath(QStringLiteral("."));
    QByteArray kept;
    for (const QByteArray &line : readAll(path).split('\n')) {
        const QByteArray host = line.split(' ').value(0);
        if (line.trimmed().isEmpty() || addresses.contains(QString::fromUtf8(host)))
            continue;
        kept += line + '\n';
    }
    return writeFile(path, kept + entries, QFile::ReadOwner | QFile::WriteOwner);
}

Status buildImage(const QString &image, const Lab::Progress &progress)
{
    if (progress)
        progress(Lab::tr("Building image %1 from busybox-static").arg(image));
    const QString busybox = QStringLiteral("/bin/busybox");
    if (!QFile::exists(busybox))
        return Error{busybox, Lab::tr("is missing."), Lab::tr("Install busybox-static.")};
    QTemporaryDir rootfs;
    const QString bin = rootfs.filePath(QStringLiteral("bin"));
    QDir().mkpath(bin);
    if (!QFile::copy(busybox, bin + QStringLiteral("/busybox")))
        return Error{bin, Lab::tr("cannot copy busybox into the image."), {}};
    auto applets = local::run({busybox, QStringLiteral("--list")});
    if (!applets)
        return applets.error();
    for (const QByteArray &applet : applets.value().out.split('\n')) {
        if (!applet.isEmpty() && applet != "busybox")
            QFile::link(QStringLiteral("busybox"),
                        bin + QLatin1Char('/') + QString::fromUtf8(applet));
    }
    for (const char *dir : {"etc", "tmp", "proc", "sys", "dev", "root"})
        QDir(rootfs.path()).mkpath(QLatin1String(dir));
    auto tar = local::run({QStringLiteral("tar"), QStringLiteral("-C"), rootfs.path(),
                           QStringLiteral("-c"), QStringLiteral(".")},
                          60000);
    if (!tar)
        return tar.error();
    auto imported = local::run({QStringLiteral("docker"), QStringLiteral("import"),
                                QStringLiteral("--change"), QStringLiteral("CMD [\"/bin/sh\"]"),
                                QStringLiteral("-"), image},
                               120000, tar.value().out);
    if (!imported)
        return imported.error();
    return success();
}

Status startDocker(LabState &state, const Lab::Progress &progress)
{
    auto info = local::probe({QStringLiteral("docker"), QStringLiteral("info"),
                              QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}")},
                             10000);
    if (info && info.value().exitCode == 0)
        return success(); // a Docker engine runs already: use it, and leave it running
    if (progress)
        progress(Lab::tr("Starting a Docker engine"));
    // Containers of a lab only ever use --net=none: no docker0 bridge, no iptables changes.
    QProcess dockerd;
    dockerd.setProgram(QStringLiteral("dockerd"));
    dockerd.setArguments(
        {QStringLiteral("--bridge=none"), QStringLiteral("--iptables=false"),
         QStringLiteral("--ip6tables=false"),
         QStringLiteral("--pidfile=") + state.runDir + QStringLiteral("/dockerd.pid")});
    dockerd.setStandardOutputFile(state.runDir + QStringLiteral("/dockerd.log"));
    dockerd.setStandardErrorFile(state.runDir + QStringLiteral("/dockerd.log"), QIODevice::Append);
    local::keepDescriptorsFromChildren(); // startDetached() has no child hook in Qt 6.4
    qint64 pid = 0;
    if (!dockerd.startDetached(&pid))
        return Error{QStringLiteral("dockerd"), Lab::tr("could not start."),
                     Lab::tr("Install docker.io.")};
    state.dockerd = started(pid, QStringLiteral("dockerd"));
    if (auto saved = saveState(state); !saved)
        return saved;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        auto ready
            = local::probe({QStringLiteral("docker"), QStringLiteral("info"),
                            QStringLiteral("--format"), QStringLiteral("{{.ServerVersion}}")},
                           5000);
        if (ready && ready.value().exitCode == 0)
            return success();
        if (!isRunning(state.dockerd))
            break;
        QThread::msleep(100);
    }
    return Error{
        QStringLiteral("dockerd"),
        Lab::tr("did not become ready; see %1.").arg(state.runDir + QStringLiteral("/dockerd.log")),
        {}};
}

QByteArray sshdConfig(const LabHost &h, const QString &keyDir)
{
    const QString n = h.name;
    QStringList lines{
        QStringLiteral("# sshd of lab host %1, started by overlaystudio-cli lab up").arg(n),
        QStringLiteral("ListenAddress %1").arg(h.address),
        QStringLiteral("Port 22"),
        QStringLiteral("HostKey %1/%2/ssh_host_ed25519_key").arg(keyDir, n),
        QStringLiteral("PidFile %1/run/sshd.pid").arg(h.dir),
        QStringLiteral("AuthorizedKeysFile %1/authorized_keys").arg(keyDir),
        QStringLiteral("PermitRootLogin prohibit-password"),
        QStringLiteral("PubkeyAuthentication yes"),
        QStringLiteral("PasswordAuthentication no"),
        QStringLiteral("KbdInteractiveAuthentication no"),
        QStringLiteral("UsePAM no"),
        QStringLiteral("StrictModes no"),
        QStringLiteral("MaxSessions 64"),
        QStringLiteral("MaxStartups 64"),
        // Each simulated host has its own Open vSwitch: its tools find it through these.
        // SHLVL=1: bash skips the ~/.bashrc it otherwise reads for every SSH command; the lab's
        // hosts share this machine's root account, whose rc files are not theirs.
        QStringLiteral("SetEnv OVS_RUNDIR=%1/run OVS_DBDIR=%1/db OVS_LOGDIR=%1/log SHLVL=1")
            .arg(h.dir),
    };
    return lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

// Starts the host's sshd (its config written already) and records its PID in place of an
// earlier one.
Status startSshdOf(LabHost &host)
{
    const QString pidFile = host.dir + QStringLiteral("/run/sshd.pid");
    QFile::remove(pidFile); // a stale one would name a process that is gone
    auto launched = local::run(
        local::inNetns(host.netns, {QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-f"),
                                    host.dir + QStringLiteral("/sshd_config"), QStringLiteral("-E"),
                                    host.dir + QStringLiteral("/log/sshd.log")}));
    if (!launched)
        return launched.error();
    auto sshd = readPidFile(pidFile);
    if (!sshd)
        return sshd.error();
    // Recorded with its start time, so "lab down" stops this process and no other with its PID.
    for (LabProcess &p : host.processes) {
        if (p.command == QLatin1String("sshd")) {
            p = started(sshd.value(), QStringLiteral("sshd"));
            return success();
        }
    }
    host.processes.append(started(sshd.value(), QStringLiteral("sshd")));
    return success();
}

// The parent PID of a process, or 0.
qint64 parentOf(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = f.readAll();
    return line.mid(line.lastIndexOf(')') + 2).split(' ').value(1).toLongLong();
}

Status bringUpHost(LabState &state, int n, const Lab::Progress &progress)
{
    LabHost h;
    h.name = QStringLiteral("lab%1").arg(n);
    h.netns = QStringLiteral("oslab-h%1").arg(n);
    h.address = Lab::hostAddress(n);
    h.rootVeth = QStringLiteral("oslab-h%1").arg(n);
    h.dir = state.runDir + QLatin1Char('/') + h.name;
    if (progress)
        progress(Lab::tr("Starting host %1 at %2").arg(h.name, h.address));

    auto step = [](const QStringList &argv) -> Status {
        auto r = local::run(argv);
        if (!r)
            return r.error();
        return success();
    };

    // The namespace first, recorded at once, so a failure below still removes it.
    if (auto s
        = step({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("add"), h.netns});
        !s)
        return s;
    state.hosts.append(h);
    LabHost &host = state.hosts.last();
    if (auto saved = saveState(state); !saved)
        return saved;

    for (const char *sub : {"run", "db", "log"})
        QDir().mkpath(host.dir + QLatin1Char('/') + QLatin1String(sub));
    const QString ns = host.netns;
    const QStringList env = ovsEnv(host.dir);
    const QStringList commands[] = {
        {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("add"), host.rootVeth,
         QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"),
         QStringLiteral("name"), QStringLiteral("eth0"), QStringLiteral("netns"), ns},
        {QStringLiteral("ip"), QStringLiteral("link"), QStringLiteral("set"), host.rootVeth,
         QStringLiteral("master"), state.bridge, QStringLiteral("up")},
        {QStringLiteral("ethtool"), QStringLiteral("-K"), host.rootVeth, QStringLiteral("tx"),
         QStringLiteral("off")},
        {QStringLiteral("ip"), QStringLiteral("-n"), ns, QStringLiteral("link"),
         QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")},
        {QStringLiteral("ip"), QStringLiteral("-n"), ns, QStringLiteral("link"),
         QStringLiteral("set"), QStringLiteral("eth0"), QStringLiteral("up")},
        local::inNetns(ns, {QStringLiteral("ethtool"), QStringLiteral("-K"), QStringLiteral("eth0"),
                            QStringLiteral("tx"), QStringLiteral("off")}),
        // A new namespace may inherit forwarding from this machine (Docker turns it on); a host
        // fresh from install does not route between its interfaces until told to (NAT does).
        local::inNetns(ns, {QStringLiteral("sysctl"), QStringLiteral("-qw"),
                            QStringLiteral("net.ipv4.ip_forward=0")}),
        // With the userspace datapath the kernel also sees the frames of the container ports
        // OVS captures (the host ends of ovs-docker's veths), and would answer a container's ARP
        // for its gateway from there: its packets would then enter the host on that veth, not on
        // the gateway port that firewall rules name (as on a host with the kernel datapath).
        // Answer ARP only on the interface that holds the address asked for.
        local::inNetns(ns, {QStringLiteral("sysctl"), QStringLiteral("-qw"),
                            QStringLiteral("net.ipv4.conf.all.arp_ignore=1")}),
        {QStringLiteral("ovsdb-tool"), QStringLiteral("create"),
         host.dir + QStringLiteral("/db/conf.db"),
         QStringLiteral("/usr/share/openvswitch/vswitch.ovsschema")},
    };
    for (const QStringList &argv : commands) {
        if (auto s = step(argv); !s)
            return s;
    }

    // Open vSwitch of this host, inside its namespace, with its own run/db/log directories.
    if (auto s = step(local::inNetns(
            ns, env
                    + QStringList{QStringLiteral("ovsdb-server"),
                                  host.dir + QStringLiteral("/db/conf.db"),
                                  QStringLiteral("--remote=punix:") + host.dir
                                      + QStringLiteral("/run/db.sock"),
                                  QStringLiteral("--pidfile"), QStringLiteral("--detach"),
                                  QStringLiteral("--no-chdir"), QStringLiteral("--log-file")}));
        !s)
        return s;
    auto ovsdb = readPidFile(host.dir + QStringLiteral("/run/ovsdb-server.pid"));
    if (!ovsdb)
        return ovsdb.error();
    host.processes.append(started(ovsdb.value(), QStringLiteral("ovsdb-server")));
    if (auto saved = saveState(state); !saved)
        return saved;
    if (auto s = step(env
                      + QStringList{QStringLiteral("ovs-vsctl"), QStringLiteral("--no-wait"),
                                    QStringLiteral("init")});
        !s)
        return s;
    if (auto s = step(local::inNetns(
            ns, env
                    + QStringList{QStringLiteral("ovs-vswitchd"), QStringLiteral("--pidfile"),
                                  QStringLiteral("--detach"), QStringLiteral("--no-chdir"),
                                  QStringLiteral("--log-file")}));
        !s)
        return s;
    auto vswitchd = readPidFile(host.dir + QStringLiteral("/run/ovs-vswitchd.pid"));
    if (!vswitchd)
        return vswitchd.error();
    // The pid file's process is "ovs-vswitchd"; /proc/PID/comm holds at most 15 characters.
    host.processes.append(started(vswitchd.value(), commandOf(vswitchd.value())));
    if (auto saved = saveState(state); !saved)
        return saved;

    // The NIC goes into an OVS bridge that holds the underlay address: the userspace datapath
    // sends VXLAN packets out through it.
    const QStringList underlay[] = {
        env
            + QStringList{QStringLiteral("ovs-vsctl"), QStringLiteral("--may-exist"),
                          QStringLiteral("add-br"), QStringLiteral("br-phy"), QStringLiteral("--"),
                          QStringLiteral("set"), QStringLiteral("bridge"), QStringLiteral("br-phy"),
                          QStringLiteral("datapath_type=netdev"), QStringLiteral("--"),
                          QStringLiteral("--may-exist"), QStringLiteral("add-port"),
                          QStringLiteral("br-phy"), QStringLiteral("eth0")},
        {QStringLiteral("ip"), QStringLiteral("-n"), ns, QStringLiteral("address"),
         QStringLiteral("add"), host.address + QStringLiteral("/24"), QStringLiteral("dev"),
         QStringLiteral("br-phy")},
        {QStringLiteral("ip"), QStringLiteral("-n"), ns, QStringLiteral("link"),
         QStringLiteral("set"), QStringLiteral("br-phy"), QStringLiteral("up")},
        {QStringLiteral("ip"), QStringLiteral("-n"), ns, QStringLiteral("route"),
         QStringLiteral("replace"), QStringLiteral("default"), QStringLiteral("via"),
         state.bridgeAddress},
        local::inNetns(ns, {QStringLiteral("ethtool"), QStringLiteral("-K"),
                            QStringLiteral("br-phy"), QStringLiteral("tx"), QStringLiteral("off")}),
    };
    for (const QStringList &argv : underlay) {
        if (auto s = step(argv); !s)
            return s;
    }

    // sshd with the host's own key, listening on its underlay address.
    if (auto s = ensureKey(state.keyDir + QLatin1Char('/') + host.name
                               + QStringLiteral("/ssh_host_ed25519_key"),
                           QStringLiteral("root@") + host.name);
        !s)
        return s;
    if (auto s
        = writeFile(host.dir + QStringLiteral("/sshd_config"), sshdConfig(host, state.keyDir));
        !s)
        return s;
    if (auto s = startSshdOf(host); !s)
        return s;
    return saveState(state);
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
    if (auto s = ensureKey(state.clientKey, QStringLiteral("overlaystudio-lab")); !s)
        return s;
    if (auto s = writeFile(state.keyDir + QStringLiteral("/authorized_keys"),
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
    if (auto saved = saveState(state); !saved)
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
    if (auto saved = saveState(state); !saved)
        return saved;

    for (int n = 1; n <= options.hosts; ++n) {
        if (auto s = bringUpHost(state, n, progress); !s)
            return s;
    }

    if (auto s = startDocker(state, progress); !s)
        return s;
    auto present = local::probe({QStringLiteral("docker"), QStringLiteral("image"),
                                 QStringLiteral("inspect"), state.image});
    if (!present || present.value().exitCode != 0) {
        if (state.image != Lab::defaultImage())
            return Error{state.image, Lab::tr("is not an image of the local Docker engine."),
                         Lab::tr("Import or build it first, or leave the image out to use %1.")
                             .arg(Lab::defaultImage())};
        if (auto s = buildImage(state.image, progress); !s)
            return s;
    }

    // The hosts' keys, so deploy can check them instead of trusting whatever answers.
    QByteArray entries;
    QStringList addresses;
    for (const LabHost &h : state.hosts) {
        const QByteArray pub = readAll(state.keyDir + QLatin1Char('/') + h.name
                                       + QStringLiteral("/ssh_host_ed25519_key.pub"));
        const QList<QByteArray> fields = pub.trimmed().split(' ');
        entries += h.address.toUtf8() + ' ' + fields.value(0) + ' ' + fields.value(1) + '\n';
        addresses << h.address;
    }
    if (auto s = writeFile(state.knownHosts, entries); !s)
        return s;
    if (!options.knownHostsToUpdate.isEmpty()) {
        if (auto s = updateKnownHosts(options.knownHostsToUpdate, addresses, entries); !s)
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
    if (QFile::exists(stateFile(options.runDir)))
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
    if (auto saved = saveState(state); !saved)
        return saved.error();

    if (auto s = bringUp(state, options, progress); !s) {
        // Roll back exactly what was made; the error that stopped us is what matters.
        (void)down(state.runDir, {});
        return s.error();
    }
    return state;
}

Result<LabState> Lab::load(const QString &runDir)
{
    QFile f(stateFile(runDir));
    if (!f.open(QIODevice::ReadOnly))
        return Error{runDir, tr("no lab is up here."), tr("Start one with 'lab up'.")};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (o.isEmpty())
        return Error{f.fileName(), tr("is damaged."),
                     tr("Remove the namespaces oslab-h* and the bridge %1 by hand.").arg(kBridge)};
    LabState s;
    s.runDir = o.value(QStringLiteral("runDir")).toString();
    s.keyDir = o.value(QStringLiteral("keyDir")).toString();
    s.bridge = o.value(QStringLiteral("bridge")).toString();
    s.bridgeAddress = o.value(QStringLiteral("bridgeAddress")).toString();
    s.forwardRule = o.value(QStringLiteral("forwardRule")).toBool();
    s.dockerd = processFromJson(o.value(QStringLiteral("dockerd")).toObject());
    s.image = o.value(QStringLiteral("image")).toString();
    s.clientKey = o.value(QStringLiteral("clientKey")).toString();
    s.knownHosts = o.value(QStringLiteral("knownHosts")).toString();
    for (const QJsonValue v : o.value(QStringLiteral("hosts")).toArray()) {
        const QJsonObject h = v.toObject();
        LabHost host;
        host.name = h.value(QStringLiteral("name")).toString();
        host.netns = h.value(QStringLiteral("netns")).toString();
        host.address = h.value(QStringLiteral("address")).toString();
        host.rootVeth = h.value(QStringLiteral("rootVeth")).toString();
        host.dir = h.value(QStringLiteral("dir")).toString();
        for (const QJsonValue p : h.value(QStringLiteral("processes")).toArray())
            host.processes.append(processFromJson(p.toObject()));
        s.hosts.append(host);
    }
    return s;
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
        if (p.startTime == 0 && commandOf(p.pid) == p.command)
            problems << tr("process %1 (%2) was left running: no start time was recorded for "
                           "it, so it cannot be told from another process with that PID")
                            .arg(p.pid)
                            .arg(p.command);
        else if (!isOurProcess(p) && commandOf(p.pid) == p.command)
            problems << tr("process %1 (%2) was left running: it started at another time than "
                           "the lab's, so it is not the lab's")
                            .arg(p.pid)
                            .arg(p.command);
        stop(p, graceMs);
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
    QFile::remove(stateFile(runDir));
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
            if (!isRunning(p))
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
            if (p.command != QLatin1String("sshd") || !isRunning(p))
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
                    up = parentOf(up);
                if (up == p.pid
                    && QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).symLinkTarget()
                           == QLatin1String("/usr/sbin/sshd"))
                    sessions << pid;
            }
            stop(p);
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
            if (p.command == QLatin1String("sshd") && isRunning(p))
                return Error{hostName, tr("its sshd runs already."), {}};
        }
        if (auto s = startSshdOf(h); !s)
            return s;
        return saveState(state);
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
        (void)t.addHost(host);
        ++i;
    }
    return t;
}

} // namespace studio
