#include "sshsession.h"

#include "plan/remotecommand.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QThread>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h> // ssh_send_keepalive

#include <cstring>
#include <poll.h>

Q_LOGGING_CATEGORY(lcSsh, "overlaystudio.ssh", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLibssh, "overlaystudio.ssh.libssh", QtCriticalMsg)

namespace studio {

namespace {

struct SessionFree
{
    void operator()(ssh_session s) const
    {
        if (ssh_is_connected(s))
            ssh_disconnect(s);
        ssh_free(s);
    }
};
struct ChannelFree
{
    void operator()(ssh_channel c) const { ssh_channel_free(c); }
};
struct KeyFree
{
    void operator()(ssh_key k) const { ssh_key_free(k); }
};
struct HashFree
{
    void operator()(unsigned char *h) const { ssh_clean_pubkey_hash(&h); }
};
struct StringFree
{
    void operator()(char *s) const { ssh_string_free_char(s); }
};
using SessionPtr = std::unique_ptr<ssh_session_struct, SessionFree>;
using ChannelPtr = std::unique_ptr<ssh_channel_struct, ChannelFree>;
using KeyPtr = std::unique_ptr<ssh_key_struct, KeyFree>;

// Captures "exit-signal": libssh 0.10 only tells whether an exit status came.
struct ExitSignal
{
    QString name;
};
void onExitSignal(ssh_session, ssh_channel, const char *signal, int, const char *, const char *,
                  void *userdata)
{
    static_cast<ExitSignal *>(userdata)->name = QString::fromUtf8(signal ? signal : "?");
}

const int kLibsshInit = [] {
    return ssh_init();
}();

// libssh logs through a callback and a level that are per thread: each worker thread that
// connects routes libssh's messages into lcLibssh, at a level only when that is enabled.
void forwardLibsshLog(int priority, const char *function, const char *message, void *)
{
    Q_UNUSED(function); // libssh puts it at the start of the message already
    qCDebug(lcLibssh, "[%d] %s", priority, message);
}

int routeLibsshLog()
{
    const int level = lcLibssh().isDebugEnabled() ? SSH_LOG_PROTOCOL : SSH_LOG_NOLOG;
    if (ssh_set_log_callback(forwardLibsshLog) != SSH_OK || ssh_set_log_level(level) != SSH_OK)
        qCWarning(lcSsh) << "cannot route libssh's log into" << lcLibssh().categoryName();
    return level;
}

// Waits up to `ms` for the session's socket to have something to read: the nonblocking calls
// below make progress whenever they are called again, so this only saves spinning.
void waitForSocket(ssh_session s, int ms)
{
    const socket_t fd = ssh_get_fd(s);
    if (fd == SSH_INVALID_SOCKET) {
        QThread::msleep(ms);
        return;
    }
    pollfd p{fd, POLLIN, 0};
    (void)::poll(&p, 1, ms); // a signal or error only ends the wait early
}

// Takes what the command has printed so far on stdout and stderr, without waiting: the number of
// bytes read, or SSH_ERROR.
int readAvailable(ssh_channel channel, ExecResult &result)
{
    char buffer[16384];
    int total = 0;
    for (int isStderr : {0, 1}) {
        const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
        if (n == SSH_ERROR)
            return SSH_ERROR;
        if (n > 0) {
            (isStderr ? result.err : result.out).append(buffer, n);
            total += n;
        }
    }
    return total;
}

} // namespace

SshTarget SshTarget::forHost(const Host &host, const QString &knownHostsFile)
{
    SshTarget t;
    t.label = host.name;
    t.address = host.managementAddress;
    t.port = host.sshPort;
    t.user = host.user;
    t.auth = host.auth;
    t.keyFile = host.keyFile;
    t.knownHostsFile = knownHostsFile;
    return t;
}

struct SshSession::Private
{
    SessionPtr session;
    SshTarget target;
    ChannelPtr shell;  // the persistent shell, if open
    ChannelPtr stream; // the streaming command, if open
    SshFailure failure = SshFailure::None;
    QByteArray marker;             // ends every command's output in the shell; random per shell
    QByteArray shellOut, shellErr; // read past the last marker
    const std::atomic_bool *cancel = nullptr;
    bool authenticationRejected = false;

    bool cancelled() const { return cancel && cancel->load(); }
    Error cancelledError() const
    {
        return Error{target.label, SshSession::cancelledMessage(),
                     SshSession::tr("A command that had started may still be running on the "
                                    "host.")};
    }

    QString lastError() const
    {
        return session ? QString::fromUtf8(ssh_get_error(session.get())) : QString();
    }
    Error fail(const QString &message, const QString &fix = {}) const
    {
        return Error{target.label, message, fix};
    }
    Error failConnect(SshFailure why, const QString &message, const QString &fix = {})
    {
        failure = why;
        return fail(message, fix);
    }
};

SshSession::SshSession()
    : d(std::make_unique<Private>())
{
    Q_UNUSED(kLibsshInit);
}

SshSession::~SshSession() = default;

bool SshSession::isConnected() const
{
    return d->session && ssh_is_connected(d->session.get());
}

SshFailure SshSession::lastFailure() const
{
    return d->failure;
}

void SshSession::disconnect()
{
    d->stream.reset();
    d->shell.reset();
    d->session.reset();
}

bool SshSession::authenticationRejected() const
{
    return d->authenticationRejected;
}

void SshSession::setCancelFlag(const std::atomic_bool *cancel)
{
    d->cancel = cancel;
}

QString SshSession::cancelledMessage()
{
    return tr("cancelled by the user.");
}

Status SshSession::connect(const SshTarget &target, const HostKeyPrompt &prompt)
{
    d->stream.reset();
    d->shell.reset();
    d->session.reset();
    d->failure = SshFailure::Other;
    d->target = target;
    d->authenticationRejected = false;
    if (kLibsshInit < 0)
        return d->fail(tr("the SSH library could not be initialised."));
    const int logLevel = routeLibsshLog();
    SessionPtr session(ssh_new());
    if (!session)
        return d->fail(tr("cannot create an SSH session (out of memory?)."));
    ssh_session s = session.get();
    const QByteArray address = target.address.toUtf8();
    const QByteArray user = target.user.toUtf8();
    const QByteArray knownHosts = target.knownHostsFile.toUtf8();
    const unsigned int port = unsigned(target.port);
    const long timeoutSeconds = std::max(1, target.connectTimeoutMs / 1000);
    const int no = 0;
    QFileInfo(target.knownHostsFile).dir().mkpath(QStringLiteral("."));
    // Our settings only: no ~/.ssh/config, no global known_hosts, our own known_hosts file.
    if (ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no) < 0
        || ssh_options_set(s, SSH_OPTIONS_HOST, address.constData()) < 0
        || ssh_options_set(s, SSH_OPTIONS_PORT, &port) < 0
        || ssh_options_set(s, SSH_OPTIONS_USER, user.constData()) < 0
        || ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSeconds) < 0
        || ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData()) < 0
        || ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null") < 0
        || ssh_options_set(s, SSH_OPTIONS_LOG_VERBOSITY, &logLevel) < 0)
        return d->fail(tr("invalid SSH settings: %1").arg(QString::fromUtf8(ssh_get_error(s))));

    // The handshake and authentication run nonblocking, so a cancel or the connect timeout ends
    // them at once instead of when libssh gives up; commands run on a blocking session again.
    const QString where = QStringLiteral("%1:%2").arg(target.address).arg(target.port);
    QElapsedTimer clock;
    clock.start();
    bool timedOut = false;
    const auto untilDone = [&](int again, const std::function<int()> &call) {
        for (;;) {
            const int rc = call();
            if (rc != again || d->cancelled())
                return rc;
            if (clock.elapsed() > target.connectTimeoutMs) {
                timedOut = true;
                return rc;
            }
            waitForSocket(s, 10);
        }
    };
    ssh_set_blocking(s, 0);
    const int connected = untilDone(SSH_AGAIN, [s] { return ssh_connect(s); });
    if (d->cancelled())
        return d->cancelledError();
    if (connected != SSH_OK)
        return d->failConnect(
            SshFailure::Network,
            tr("cannot connect to %1: %2")
                .arg(where, timedOut ? tr("no SSH answer within %1 s").arg(timeoutSeconds)
                                     : QString::fromUtf8(ssh_get_error(s))),
            tr("Check that the host is up, the address and port are right, and sshd runs."));

    // Host key: known and unchanged, or new and confirmed by the user; a changed key never.
    ssh_key rawKey = nullptr;
    if (ssh_get_server_publickey(s, &rawKey) != SSH_OK)
        return d->fail(tr("%1 sent no host key.").arg(where));
    const KeyPtr serverKey(rawKey);
    unsigned char *rawHash = nullptr;
    size_t hashLength = 0;
    if (ssh_get_publickey_hash(serverKey.get(), SSH_PUBLICKEY_HASH_SHA256, &rawHash, &hashLength)
        < 0)
        return d->fail(tr("cannot compute the host key fingerprint of %1.").arg(where));
    const std::unique_ptr<unsigned char, HashFree> hash(rawHash);
    const std::unique_ptr<char, StringFree> fingerprint(
        ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash.get(), hashLength));
    if (!fingerprint)
        return d->fail(tr("cannot compute the host key fingerprint of %1.").arg(where));
    const QString fp = QString::fromUtf8(fingerprint.get());
    const QString keyType = QString::fromUtf8(ssh_key_type_to_char(ssh_key_type(serverKey.get())));

    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
        return d->failConnect(
            SshFailure::HostKey,
            tr("the host key of %1 has CHANGED (now %2 %3). Someone may be intercepting "
               "the connection, or the host was reinstalled. Refusing to connect.")
                .arg(where, keyType, fp),
            tr("If the change is expected, remove the old entry for %1 from %2 and "
               "connect again.")
                .arg(target.address, target.knownHostsFile));
    case SSH_KNOWN_HOSTS_OTHER:
        return d->failConnect(
            SshFailure::HostKey,
            tr("%1 presents a %2 host key, but a key of another type is recorded for it. "
               "Refusing to connect.")
                .arg(where, keyType),
            tr("If the change is expected, remove the old entry for %1 from %2.")
                .arg(target.address, target.knownHostsFile));
    case SSH_KNOWN_HOSTS_NOT_FOUND:
    case SSH_KNOWN_HOSTS_UNKNOWN: {
        const UnknownHostKey unknown{target.label, where, keyType, fp};
        if (!prompt || !prompt(unknown))
            return d->failConnect(
                SshFailure::HostKey,
                tr("the host key of %1 is not known (%2 %3) and was not accepted.")
                    .arg(where, keyType, fp),
                tr("Compare the fingerprint with the host's own (ssh-keygen -lf "
                   "/etc/ssh/ssh_host_%1_key.pub) and accept it.")
                    .arg(keyType.mid(keyType.indexOf(QLatin1Char('-')) + 1)));
        if (ssh_session_update_known_hosts(s) != SSH_OK)
            return d->fail(tr("cannot record the host key in %1: %2")
                               .arg(target.knownHostsFile, QString::fromUtf8(ssh_get_error(s))));
        break;
    }
    case SSH_KNOWN_HOSTS_ERROR:
        return d->fail(tr("cannot check the host key of %1: %2")
                           .arg(where, QString::fromUtf8(ssh_get_error(s))));
    }

    // Authentication: ask the server what it accepts ("none" also fills libssh's list), then use
    // the configured method if it is among them.
    const auto authenticate = [&](const std::function<int()> &call) {
        const int rc = untilDone(SSH_AUTH_AGAIN, call);
        return timedOut ? SSH_AUTH_ERROR : rc;
    };
    const int none = authenticate([s] { return ssh_userauth_none(s, nullptr); });
    if (d->cancelled())
        return d->cancelledError();
    if (none == SSH_AUTH_ERROR)
        return d->failConnect(SshFailure::Auth,
                              tr("authentication with %1 failed: %2")
                                  .arg(where, QString::fromUtf8(ssh_get_error(s))));
    if (none != SSH_AUTH_SUCCESS) {
        const int methods = ssh_userauth_list(s, nullptr);
        QStringList accepted;
        if (methods & SSH_AUTH_METHOD_PUBLICKEY)
            accepted << tr("public key");
        if (methods & SSH_AUTH_METHOD_PASSWORD)
            accepted << tr("password");
        if (methods & SSH_AUTH_METHOD_INTERACTIVE)
            accepted << tr("keyboard-interactive");
        const QString acceptedText
            = accepted.isEmpty() ? tr("no method we know") : accepted.join(QStringLiteral(", "));
        const int wanted = target.auth == AuthMethod::Password ? SSH_AUTH_METHOD_PASSWORD
                                                               : SSH_AUTH_METHOD_PUBLICKEY;
        if (!(methods & wanted))
            return d->failConnect(
                SshFailure::Auth,
                tr("%1@%2 does not accept %3 authentication.")
                    .arg(target.user, where,
                         target.auth == AuthMethod::Password ? tr("password") : tr("public key")),
                tr("The server accepts: %1. Choose another authentication method for this host.")
                    .arg(acceptedText));

        int rc = SSH_AUTH_ERROR;
        switch (target.auth) {
        case AuthMethod::KeyFile: {
            ssh_key rawPrivate = nullptr;
            if (ssh_pki_import_privkey_file(target.keyFile.toUtf8().constData(), nullptr, nullptr,
                                            nullptr, &rawPrivate)
                != SSH_OK)
                return d->failConnect(
                    SshFailure::Auth, tr("cannot read the private key %1.").arg(target.keyFile),
                    tr("Check the path and that the key has no passphrase (or use the SSH "
                       "agent)."));
            const KeyPtr privateKey(rawPrivate);
            rc = authenticate([&] { return ssh_userauth_publickey(s, nullptr, privateKey.get()); });
            break;
        }
        case AuthMethod::Agent:
            rc = authenticate([s] { return ssh_userauth_agent(s, nullptr); });
            break;
        case AuthMethod::Password: {
            const QByteArray password = target.password.toUtf8();
            rc = authenticate(
                [&] { return ssh_userauth_password(s, nullptr, password.constData()); });
            break;
        }
        }
        if (d->cancelled())
            return d->cancelledError();
        if (rc != SSH_AUTH_SUCCESS) {
            d->authenticationRejected = rc == SSH_AUTH_DENIED || rc == SSH_AUTH_PARTIAL;
            const QString detail = QString::fromUtf8(ssh_get_error(s));
            const QString how = target.auth == AuthMethod::Agent
                                    ? tr("none of the SSH agent's keys was accepted")
                                : target.auth == AuthMethod::KeyFile
                                    ? tr("the key %1 was not accepted").arg(target.keyFile)
                                    : tr("the password was not accepted");
            return d->failConnect(
                SshFailure::Auth,
                tr("%1@%2: %3%4.")
                    .arg(target.user, where, how,
                         detail.isEmpty() ? QString()
                                          : QStringLiteral(" (") + detail + QLatin1Char(')')),
                tr("The server accepts: %1. Check the user, key or password.").arg(acceptedText));
        }
    }
    ssh_set_blocking(s, 1);
    qCDebug(lcSsh) << "connected" << target.label << where;
    d->session = std::move(session);
    d->failure = SshFailure::None;
    return success();
}

Result<ExecResult> SshSession::exec(const QString &command, int timeoutMs, const QByteArray &input)
{
    if (!isConnected())
        return d->fail(tr("not connected."));
    ssh_session s = d->session.get();
    QElapsedTimer timer;
    timer.start();

    ChannelPtr channel(ssh_channel_new(s));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return d->fail(tr("cannot open a channel: %1").arg(d->lastError()));
    ExitSignal exitSignal;
    ssh_channel_callbacks_struct callbacks;
    std::memset(&callbacks, 0, sizeof callbacks);
    callbacks.userdata = &exitSignal;
    callbacks.channel_exit_signal_function = onExitSignal;
    ssh_callbacks_init(&callbacks);
    if (ssh_set_channel_callbacks(channel.get(), &callbacks) != SSH_OK)
        return d->fail(tr("cannot watch the channel for an exit signal: %1").arg(d->lastError()));
    // libssh keeps a freed channel until the server confirms the close, and may still call its
    // callbacks for data in flight (a command abandoned at its timeout keeps printing): they
    // must not point into this stack frame after it returns.
    const auto unwatch = qScopeGuard([this, &channel, &callbacks] {
        if (ssh_remove_channel_callbacks(channel.get(), &callbacks) != SSH_OK)
            qCWarning(lcSsh) << "cannot remove a channel's callbacks:" << d->lastError();
    });

    if (ssh_channel_request_exec(channel.get(), command.toUtf8().constData()) != SSH_OK)
        return d->fail(tr("cannot start the command: %1").arg(d->lastError()));
    if (!input.isEmpty()
        && ssh_channel_write(channel.get(), input.constData(), uint32_t(input.size())) < 0)
        return d->fail(tr("cannot send input: %1").arg(d->lastError()));
    if (ssh_channel_send_eof(channel.get()) != SSH_OK)
        return d->fail(tr("cannot end the command's input: %1").arg(d->lastError()));

    ExecResult result;
    qint64 lastKeepalive = 0;
    for (;;) {
        const int read = readAvailable(channel.get(), result);
        if (read == SSH_ERROR)
            return d->fail(
                tr("the connection failed while running a command: %1").arg(d->lastError()));
        bool progressed = read > 0;
        // The timeout counts from the start: a command that keeps printing does not extend it.
        if (d->cancelled())
            return d->cancelledError(); // the channel closes with its handle
        if (timer.elapsed() > timeoutMs)
            return d->fail(tr("the command did not finish within %1 s and was abandoned.")
                               .arg(timeoutMs / 1000.0),
                           tr("Check the host's load; the command may still be running there."));
        if (progressed)
            continue;
        if (ssh_channel_is_eof(channel.get()) || ssh_channel_is_closed(channel.get()))
            break;
        // Long commands: keep the connection (and NAT/firewall state on the way) alive.
        if (timer.elapsed() - lastKeepalive > 15000) {
            lastKeepalive = timer.elapsed();
            if (ssh_send_keepalive(s) != SSH_OK)
                return d->fail(
                    tr("the connection was lost while running a command: %1").arg(d->lastError()));
        }
        // Wait for data on either stream.
        const int ready = ssh_channel_poll_timeout(channel.get(), 20, 0);
        if (ready == SSH_ERROR)
            return d->fail(
                tr("the connection failed while running a command: %1").arg(d->lastError()));
    }
    // An exit-status may follow EOF; libssh waits for it or for the channel to close.
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    result.signal = exitSignal.name;
    if (!ssh_channel_is_closed(channel.get()) && ssh_channel_close(channel.get()) != SSH_OK)
        qCDebug(lcSsh) << "closing a finished command's channel failed:" << d->lastError();
    result.elapsedMs = timer.elapsed();
    if (result.exitStatus < 0 && result.signal.isEmpty())
        result.signal = tr("no exit status");
    return result;
}

Result<ExecResult> SshSession::execStreaming(const QString &command, const InputChunk &next,
                                             int idleTimeoutMs)
{
    if (!isConnected())
        return d->fail(tr("not connected."));
    ssh_session s = d->session.get();
    QElapsedTimer timer, idle;
    timer.start();
    idle.start();
    ChannelPtr channel(ssh_channel_new(s));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return d->fail(tr("cannot open a channel: %1").arg(d->lastError()));
    if (ssh_channel_request_exec(channel.get(), command.toUtf8().constData()) != SSH_OK)
        return d->fail(tr("cannot start the command: %1").arg(d->lastError()));

    ExecResult result;
    QByteArray pending; // taken from next() but not yet accepted by the channel's window
    qsizetype sent = 0;
    bool inputEnded = false;
    for (;;) {
        const int read = readAvailable(channel.get(), result);
        if (read == SSH_ERROR)
            return d->fail(tr("the connection failed while sending data: %1").arg(d->lastError()));
        bool progressed = read > 0;
        if (!inputEnded && sent == pending.size()) {
            auto chunk = next();
            if (!chunk)
                return chunk.error(); // the channel closes with its handle
            pending = std::move(chunk).value();
            sent = 0;
            if (pending.isEmpty()) {
                inputEnded = true;
                if (ssh_channel_send_eof(channel.get()) != SSH_OK)
                    return d->fail(tr("cannot end the command's input: %1").arg(d->lastError()));
            }
            progressed = true;
        }
        // Never more than the window: a blocking write would stop reading (and cancelling)
        // while the far side is slow.
        if (!inputEnded && sent < pending.size()) {
            if (ssh_channel_is_closed(channel.get()) || ssh_channel_is_eof(channel.get()))
                break; // the command ended before reading all its input: its status says why
            const uint32_t window = ssh_channel_window_size(channel.get());
            const uint32_t n = std::min<uint32_t>(window, uint32_t(pending.size() - sent));
            if (n > 0) {
                const int written = ssh_channel_write(channel.get(), pending.constData() + sent, n);
                if (written < 0)
                    return d->fail(
                        tr("the connection failed while sending data: %1").arg(d->lastError()));
                sent += written;
                progressed = progressed || written > 0;
            }
        }
        if (d->cancelled())
            return d->cancelledError();
        if (progressed) {
            idle.restart();
            continue;
        }
        if (idle.elapsed() > idleTimeoutMs)
            return d->fail(tr("nothing moved for %1 s; the command was abandoned.")
                               .arg(idleTimeoutMs / 1000.0),
                           tr("Check the host's load and its free disk space."));
        if (inputEnded
            && (ssh_channel_is_eof(channel.get()) || ssh_channel_is_closed(channel.get())))
            break;
        if (ssh_channel_poll_timeout(channel.get(), 20, 0) == SSH_ERROR)
            return d->fail(tr("the connection failed while sending data: %1").arg(d->lastError()));
    }
    // Drain what the command still prints (its error message) and its exit status.
    while (!ssh_channel_is_eof(channel.get()) && !ssh_channel_is_closed(channel.get())
           && timer.elapsed() < std::max<qint64>(idleTimeoutMs, 1000)) {
        const int read = readAvailable(channel.get(), result);
        if (read == SSH_ERROR
            || (read == 0 && ssh_channel_poll_timeout(channel.get(), 20, 0) == SSH_ERROR))
            break;
    }
    while (readAvailable(channel.get(), result) > 0) {
    }
    result.exitStatus = ssh_channel_get_exit_status(channel.get());
    if (!ssh_channel_is_closed(channel.get()) && ssh_channel_close(channel.get()) != SSH_OK)
        qCDebug(lcSsh) << "closing a finished command's channel failed:" << d->lastError();
    result.elapsedMs = timer.elapsed();
    if (result.exitStatus < 0)
        result.signal = tr("no exit status");
    return result;
}

Status SshSession::openShell(int timeoutMs, bool sudo)
{
    if (!isConnected())
        return d->fail(tr("not connected."));
    d->shell.reset();
    ChannelPtr channel(ssh_channel_new(d->session.get()));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK
        || ssh_channel_request_exec(channel.get(), sudo ? "exec sudo -n sh -s" : "exec sh -s")
               != SSH_OK)
        return d->fail(tr("cannot start a shell: %1").arg(d->lastError()));
    d->shell = std::move(channel);
    d->marker
        = "@@overlaystudio-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    d->shellOut.clear();
    d->shellErr.clear();
    // The first command also proves the shell is there.
    auto ready = runInShell(QStringLiteral("true"), timeoutMs);
    if (!ready)
        return ready.error();
    return success();
}

Result<ExecResult> SshSession::runInShell(const QString &command, int timeoutMs)
{
    if (!d->shell || ssh_channel_is_closed(d->shell.get()) || ssh_channel_is_eof(d->shell.get()))
        return d->fail(
            tr("the remote shell is gone (the connection was lost or the host rebooted)."),
            tr("Run again once the host is reachable."));
    ssh_channel channel = d->shell.get();
    QElapsedTimer timer;
    timer.start();
    // "{ ...; }" keeps the command one unit; the marker line carries its exit status. A newline
    // before each marker guarantees it starts a line; it is stripped again below.
    const QByteArray script = "{ " + command.toUtf8()
                              + "\n} </dev/null\n__rc=$?\nprintf '\\n%s %d\\n' '" + d->marker
                              + "' \"$__rc\"\nprintf '\\n%s\\n' '" + d->marker + "' >&2\n";
    if (ssh_channel_write(channel, script.constData(), uint32_t(script.size())) < 0)
        return d->fail(tr("cannot send the command: %1").arg(d->lastError()));

    const QByteArray outEnd = "\n" + d->marker + " ";
    const QByteArray errEnd = "\n" + d->marker + "\n";
    char buffer[16384];
    qint64 lastKeepalive = 0;
    for (;;) {
        const qsizetype outAt = d->shellOut.indexOf(outEnd);
        const qsizetype statusEnd
            = outAt >= 0 ? d->shellOut.indexOf('\n', outAt + outEnd.size()) : -1;
        const qsizetype errAt = d->shellErr.indexOf(errEnd);
        if (statusEnd >= 0 && errAt >= 0) {
            ExecResult result;
            result.out = d->shellOut.left(outAt);
            result.err = d->shellErr.left(errAt);
            result.exitStatus
                = d->shellOut.mid(outAt + outEnd.size(), statusEnd - outAt - outEnd.size()).toInt();
            d->shellOut.remove(0, statusEnd + 1);
            d->shellErr.remove(0, errAt + errEnd.size());
            result.elapsedMs = timer.elapsed();
            return result;
        }
        // Not finished. The timeout counts from the start: a command that keeps printing does
        // not extend it. After a timeout or a cancel the shell's state is unknown: it is closed.
        if (d->cancelled()) {
            d->shell.reset();
            return d->cancelledError();
        }
        if (timer.elapsed() > timeoutMs) {
            d->shell.reset();
            return d->fail(tr("the command did not finish within %1 s and was abandoned.")
                               .arg(timeoutMs / 1000.0),
                           tr("Check the host's load; the command may still be running there."));
        }
        bool progressed = false;
        for (int isStderr : {0, 1}) {
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR)
                return d->fail(
                    tr("the connection failed while running a command: %1").arg(d->lastError()));
            if (n > 0) {
                (isStderr ? d->shellErr : d->shellOut).append(buffer, n);
                progressed = true;
            }
        }
        if (progressed)
            continue;
        if (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel)) {
            // The shell ended in the middle of a command: killed, or the command exited it.
            const int status = ssh_channel_get_exit_status(channel);
            d->shell.reset();
            return d->fail(
                tr("the remote shell ended while running the command (exit status %1).")
                    .arg(status),
                tr("A command that ends the shell (exit, exec) cannot be run this way."));
        }
        if (timer.elapsed() - lastKeepalive > 15000) {
            lastKeepalive = timer.elapsed();
            if (ssh_send_keepalive(d->session.get()) != SSH_OK) {
                d->shell.reset();
                return d->fail(
                    tr("the connection was lost while running a command: %1").arg(d->lastError()));
            }
        }
        if (ssh_channel_poll_timeout(channel, 20, 0) == SSH_ERROR)
            return d->fail(
                tr("the connection failed while running a command: %1").arg(d->lastError()));
    }
}

Status SshSession::openStream(const QString &command, bool sudo)
{
    if (!isConnected())
        return d->fail(tr("not connected."));
    d->stream.reset();
    ChannelPtr channel(ssh_channel_new(d->session.get()));
    if (!channel || ssh_channel_open_session(channel.get()) != SSH_OK)
        return d->fail(tr("cannot open a channel: %1").arg(d->lastError()));
    const QByteArray line
        = sudo ? "exec sudo -n sh -c " + shellQuote(command).toUtf8() : command.toUtf8();
    if (ssh_channel_request_exec(channel.get(), line.constData()) != SSH_OK)
        return d->fail(tr("cannot start the command: %1").arg(d->lastError()));
    d->stream = std::move(channel);
    return success();
}

bool SshSession::isStreamOpen() const
{
    return d->stream && !ssh_channel_is_closed(d->stream.get());
}

Status SshSession::writeStream(const QByteArray &data)
{
    if (!isStreamOpen())
        return d->fail(tr("the remote command has ended."));
    if (ssh_channel_write(d->stream.get(), data.constData(), uint32_t(data.size()))
        != int(data.size()))
        return d->fail(tr("cannot send to the remote command: %1").arg(d->lastError()));
    return success();
}

Result<bool> SshSession::readStream(QByteArray *out, QByteArray *err, int timeoutMs)
{
    if (!d->stream)
        return false;
    ssh_channel channel = d->stream.get();
    char buffer[16384];
    bool waited = false;
    for (;;) {
        bool progressed = false;
        for (int isStderr : {0, 1}) {
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR)
                return d->fail(tr("the connection failed: %1").arg(d->lastError()));
            if (n > 0) {
                (isStderr ? err : out)->append(buffer, n);
                progressed = true;
            }
        }
        if (progressed)
            return true;
        if (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel))
            return false;
        if (waited)
            return true;
        // Also reads (and buffers) what arrives for the session's other channels.
        if (ssh_channel_poll_timeout(channel, std::max(0, timeoutMs), 0) == SSH_ERROR)
            return d->fail(tr("the connection failed: %1").arg(d->lastError()));
        waited = true;
    }
}

void SshSession::closeStream(int graceMs, QByteArray *out)
{
    if (!d->stream)
        return;
    ssh_channel channel = d->stream.get();
    if (isConnected() && !ssh_channel_is_closed(channel)) {
        ssh_channel_send_eof(channel);
        QElapsedTimer timer;
        timer.start();
        QByteArray ignored;
        while (timer.elapsed() < graceMs) {
            auto more = readStream(out ? out : &ignored, &ignored, 50);
            if (!more || !more.value())
                break;
            ignored.clear();
        }
        if (!ssh_channel_is_closed(channel))
            ssh_channel_close(channel);
    }
    d->stream.reset();
}

Status SshSession::keepalive()
{
    if (!isConnected())
        return d->fail(tr("not connected."));
    if (ssh_send_keepalive(d->session.get()) != SSH_OK)
        return d->fail(tr("the connection was lost: %1").arg(d->lastError()));
    return success();
}

} // namespace studio
