#pragma once

#include "model/result.h"
#include "model/topology.h"

#include <QByteArray>
#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcSsh)
// libssh's own log, off by default: QT_LOGGING_RULES="overlaystudio.ssh.libssh.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcLibssh)

namespace studio {

struct SshTarget
{
    QString label; // host name for messages
    QString address;
    int port = 22;
    QString user = QStringLiteral("root");
    AuthMethod auth = AuthMethod::Agent;
    QString keyFile;
    QString password;       // asked for at run time, kept in memory only
    QString knownHostsFile; // where trusted host keys are checked and recorded
    int connectTimeoutMs = 10000;

    static SshTarget forHost(const Host &host, const QString &knownHostsFile);
};

// What a host key check found, for the user to decide on.
struct UnknownHostKey
{
    QString host;        // label
    QString address;     // address:port
    QString keyType;     // ssh-ed25519...
    QString fingerprint; // SHA256:...
};
// Asked when a host presents a key we have never seen: true trusts it and records it in the
// known_hosts file. A changed key is never asked about: it is refused.
using HostKeyPrompt = std::function<bool(const UnknownHostKey &)>;

// Why connect() failed: a network failure is worth retrying, a refused host key or a rejected
// login needs the user first.
enum class SshFailure { None, Network, HostKey, Auth, Other };

struct ExecResult
{
    int exitStatus = -1;
    QString signal; // set when the command was killed by a signal
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    bool succeeded() const { return signal.isEmpty() && exitStatus == 0; }
};

// One SSH connection (libssh), reused for every command; one command per channel. Not thread-safe:
// each host's worker owns its session.
class SshSession
{
    Q_DECLARE_TR_FUNCTIONS(studio::SshSession)

public:
    SshSession();
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, checks the host key against target.knownHostsFile, and authenticates.
    Status connect(const SshTarget &target, const HostKeyPrompt &prompt);
    SshFailure lastFailure() const;
    bool isConnected() const;
    void disconnect();
    // Whether the last connect failed because the server refused the key or password (not
    // because it could not be reached): a remembered password is then wrong.
    bool authenticationRejected() const;

    // Set from another thread, the flag ends whatever the session waits for (connecting,
    // authenticating, a running command) within a few tens of milliseconds, with an error. The
    // flag must outlive the session.
    void setCancelFlag(const std::atomic_bool *cancel);
    static QString cancelledMessage();

    // Runs one command (sh -c on the far side). A channel that closes without an exit status, or
    // a command killed by a signal, is a result that did not succeed; a transport failure, a
    // timeout (counted from the start, however much the command prints) or a cancel is an error.
    Result<ExecResult> exec(const QString &command, int timeoutMs, const QByteArray &input = {});

    // Runs one command on its own channel and feeds its stdin from next() (a chunk at a time; an
    // empty chunk ends the input), while reading what it prints: an image streamed into
    // "docker load". next() may fail, which abandons the command. The timeout counts from the
    // last byte sent or received, so a long transfer that keeps moving never times out.
    using InputChunk = std::function<Result<QByteArray>()>;
    Result<ExecResult> execStreaming(const QString &command, const InputChunk &next,
                                     int idleTimeoutMs);

    // A shell that stays open for many commands: login shells that read slow rc files (bash
    // sources ~/.bashrc for every SSH command) cost that once, not once per step. Each command
    // gets /dev/null as stdin and its own exit status; stdout and stderr stay apart.
    // With sudo, the shell itself runs through "sudo -n" (which must not ask for a password).
    Status openShell(int timeoutMs, bool sudo = false);
    Result<ExecResult> runInShell(const QString &command, int timeoutMs);

    // A long-running command whose output is read while it runs (the monitor's pings), on its
    // own channel beside the shell. Its stdin stays open: writeStream() sends it lines, and the
    // end of stdin (closeStream(), disconnect(), or the connection dropping, when sshd closes
    // the pipe) is how the command knows to stop. One stream per session.
    Status openStream(const QString &command, bool sudo = false);
    bool isStreamOpen() const;
    Status writeStream(const QByteArray &data);
    // Waits up to timeoutMs for output and appends what came. The value is false once the
    // command has ended and everything it printed was read; a failed connection is an error.
    Result<bool> readStream(QByteArray *out, QByteArray *err, int timeoutMs);
    // Closes the command's stdin and waits up to graceMs for it to end, reading what it still
    // prints into out (if given); then closes the channel.
    void closeStream(int graceMs, QByteArray *out = nullptr);

    // libssh reads ServerAliveInterval but never sends keepalives: callers send them while idle.
    Status keepalive();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace studio
