#pragma once

#include "ssh/sshsession.h"

#include "model/result.h"

#include <QString>

#include <atomic>

namespace studio {

// A connection to one host that runs commands: SSH in the product, a recording fake in the
// engine's unit tests.
class RemoteShell
{
public:
    virtual ~RemoteShell() = default;

    virtual Status open() = 0;
    // One command; a timeout (counted from the start) or a cancel is an error.
    virtual Result<ExecResult> exec(const QString &command, int timeoutMs) = 0;
    // One command fed with data from this machine (an image into "docker load"), on its own
    // channel beside the shell; see SshSession::execStreaming.
    virtual Result<ExecResult> execStreaming(const QString &command,
                                             const SshSession::InputChunk &next, int idleTimeoutMs)
    {
        Q_UNUSED(command);
        Q_UNUSED(next);
        Q_UNUSED(idleTimeoutMs);
        return Error{QString(), QStringLiteral("this connection cannot stream data."), {}};
    }
    // Whether open() failed because the host refused the password or key (so a remembered
    // password is wrong), rather than for any other reason.
    virtual bool authenticationRejected() const { return false; }

    // The engine's cancel flag: while it is set, whatever the shell waits for ends promptly
    // with an error. Set once, before open(); the flag outlives the shell.
    void setCancelFlag(const std::atomic_bool *cancel)
    {
        m_cancel = cancel;
        cancelFlagChanged();
    }

protected:
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    const std::atomic_bool *cancelFlag() const { return m_cancel; }
    virtual void cancelFlagChanged() {}

private:
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace studio
