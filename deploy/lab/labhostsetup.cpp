#include "labhostsetup.h"

#include "lab.h"
#include "localcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace studio {

namespace {

// The lab's messages share one translation context, whichever file they are in.
class LabText
{
    Q_DECLARE_TR_FUNCTIONS(studio::Lab)
};

QStringList ovsEnv(const QString &dir)
{
    return {QStringLiteral("env"), QStringLiteral("OVS_RUNDIR=") + dir + QStringLiteral("/run"),
            QStringLiteral("OVS_DBDIR=") + dir + QStringLiteral("/db"),
            QStringLiteral("OVS_LOGDIR=") + dir + QStringLiteral("/log")};
}

} // namespace

Status LabHostSetup::add(LabState &state, int n, const Progress &progress)
{
    LabHost h;
    h.name = QStringLiteral("lab%1").arg(n);
    h.netns = QStringLiteral("oslab-h%1").arg(n);
    h.address = Lab::hostAddress(n);
    h.rootVeth = QStringLiteral("oslab-h%1").arg(n);
    h.dir = state.runDir + QLatin1Char('/') + h.name;
    if (progress)
        progress(LabText::tr("Starting host %1 at %2").arg(h.name, h.address));

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
    if (auto saved = state.save(); !saved)
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
    auto ovsdb = LabProcess::readPidFile(host.dir + QStringLiteral("/run/ovsdb-server.pid"));
    if (!ovsdb)
        return ovsdb.error();
    host.processes.append(LabProcess::started(ovsdb.value(), QStringLiteral("ovsdb-server")));
    if (auto saved = state.save(); !saved)
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
    auto vswitchd = LabProcess::readPidFile(host.dir + QStringLiteral("/run/ovs-vswitchd.pid"));
    if (!vswitchd)
        return vswitchd.error();
    // The pid file's process is "ovs-vswitchd"; /proc/PID/comm holds at most 15 characters.
    host.processes.append(
        LabProcess::started(vswitchd.value(), LabProcess::commandOf(vswitchd.value())));
    if (auto saved = state.save(); !saved)
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
    if (auto s = startSshd(host); !s)
        return s;
    return state.save();
}

QByteArray LabHostSetup::sshdConfig(const LabHost &h, const QString &keyDir)
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

Status LabHostSetup::startSshd(LabHost &host)
{
    const QString pidFile = host.dir + QStringLiteral("/run/sshd.pid");
    QFile::remove(pidFile); // a stale one would name a process that is gone
    auto launched = local::run(
        local::inNetns(host.netns, {QStringLiteral("/usr/sbin/sshd"), QStringLiteral("-f"),
                                    host.dir + QStringLiteral("/sshd_config"), QStringLiteral("-E"),
                                    host.dir + QStringLiteral("/log/sshd.log")}));
    if (!launched)
        return launched.error();
    auto sshd = LabProcess::readPidFile(pidFile);
    if (!sshd)
        return sshd.error();
    // Recorded with its start time, so "lab down" stops this process and no other with its PID.
    for (LabProcess &p : host.processes) {
        if (p.command == QLatin1String("sshd")) {
            p = LabProcess::started(sshd.value(), QStringLiteral("sshd"));
            return success();
        }
    }
    host.processes.append(LabProcess::started(sshd.value(), QStringLiteral("sshd")));
    return success();
}

Status LabHostSetup::ensureKey(const QString &path, const QString &comment)
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

Status LabHostSetup::writeFile(const QString &path, const QByteArray &data,
                               QFile::Permissions permissions)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.flush()
        || !f.commit()) // flush: close ignores a failed final write
        return Error{path, LabText::tr("cannot be written: %1").arg(f.errorString()), {}};
    if (permissions)
        QFile::setPermissions(path, permissions);
    return success();
}

} // namespace studio
