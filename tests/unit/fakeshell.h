#pragma once

// A recording fake of the engine's RemoteShell: each host answers the state probe with a report
// recorded from the local lab (tests/data/probe) and every other command as the test scripts it;
// every command is recorded per host, in order, so a test can assert what ran where.

#include "engine/deployengine.h"
#include "engine/hoststate.h"

#include <QHash>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>
#include <mutex>

namespace studio::test {

class FakeShells
{
public:
    // What a step does: by default it succeeds at once. `cancel` is the engine's flag.
    using Step = std::function<Result<ExecResult>(const QString &command, int index,
                                                  const std::atomic_bool *cancel)>;

    struct Script
    {
        QByteArray probe;               // what the state probe prints
        std::optional<Error> openError; // open() fails with this
        // For password hosts: the password the host accepts; open() asks for one through
        // DeployOptions::password and refuses any other.
        QString acceptedPassword;
        Step step;
        int openDelayMs = 0; // connecting takes this long
    };

    void script(const QString &host, Script s)
    {
        const std::lock_guard lock(m_mutex);
        m_scripts.insert(host, std::move(s));
    }

    // Every command the engine ran on the host, the probe included, in order.
    QStringList commands(const QString &host) const
    {
        const std::lock_guard lock(m_mutex);
        return m_commands.value(host);
    }
    // Commands other than the probe: what the engine changed.
    QStringList steps(const QString &host) const
    {
        QStringList list = commands(host);
        list.removeIf(
            [](const QString &c) { return c.contains(QLatin1String("overlaystudio-probe")); });
        return list;
    }
    int shellsMade() const
    {
        const std::lock_guard lock(m_mutex);
        return m_shellsMade;
    }
    // The most shells (connections) that existed at the same time.
    int mostAtOnce() const
    {
        const std::lock_guard lock(m_mutex);
        return m_mostAtOnce;
    }
    QStringList passwordsOffered(const QString &host) const
    {
        const std::lock_guard lock(m_mutex);
        return m_passwords.value(host);
    }

    std::function<std::unique_ptr<RemoteShell>(const Host &, const DeployOptions &)> factory()
    {
        return [this](const Host &host, const DeployOptions &options) {
            const std::lock_guard lock(m_mutex);
            ++m_shellsMade;
            m_mostAtOnce = std::max(m_mostAtOnce, ++m_alive);
            return std::unique_ptr<RemoteShell>(
                new Shell(this, host, options, m_scripts.value(host.name)));
        };
    }

    // A step that waits, like a long command, until the engine cancels, then fails as
    // SshSession does.
    static Result<ExecResult> waitForCancel(const std::atomic_bool *cancel)
    {
        while (!cancel || !cancel->load())
            QThread::msleep(5);
        return Error{QStringLiteral("fake"), SshSession::cancelledMessage(), {}};
    }

private:
    class Shell : public RemoteShell
    {
    public:
        Shell(FakeShells *owner, const Host &host, const DeployOptions &options, Script script)
            : m_owner(owner)
            , m_host(host)
            , m_options(options)
            , m_script(std::move(script))
        {}

        ~Shell() override
        {
            const std::lock_guard lock(m_owner->m_mutex);
            --m_owner->m_alive;
        }

        Status open() override
        {
            if (m_script.openDelayMs > 0)
                QThread::msleep(m_script.openDelayMs);
            if (m_script.openError)
                return *m_script.openError;
            if (m_host.auth == AuthMethod::Password) {
                const QString offered = m_options.password ? m_options.password(m_host) : QString();
                {
                    const std::lock_guard lock(m_owner->m_mutex);
                    m_owner->m_passwords[m_host.name] << offered;
                }
                if (offered != m_script.acceptedPassword) {
                    m_rejected = true;
                    return Error{m_host.name, QStringLiteral("the password was not accepted"), {}};
                }
            }
            return success();
        }

        Result<ExecResult> exec(const QString &command, int) override
        {
            int index = 0;
            {
                const std::lock_guard lock(m_owner->m_mutex);
                m_owner->m_commands[m_host.name] << command;
                index = int(m_owner->m_commands[m_host.name].size()) - 2; // 0: first step
            }
            if (command.contains(QLatin1String("overlaystudio-probe"))) {
                ExecResult probe;
                probe.exitStatus = 0;
                probe.out = m_script.probe;
                return probe;
            }
            if (m_script.step)
                return m_script.step(command, index, cancelFlag());
            ExecResult done;
            done.exitStatus = 0;
            return done;
        }

        bool authenticationRejected() const override { return m_rejected; }

    private:
        FakeShells *m_owner;
        Host m_host;
        DeployOptions m_options;
        Script m_script;
        bool m_rejected = false;
    };

    mutable std::mutex m_mutex;
    QHash<QString, Script> m_scripts;
    QHash<QString, QStringList> m_commands;
    QHash<QString, QStringList> m_passwords;
    int m_shellsMade = 0;
    int m_alive = 0;
    int m_mostAtOnce = 0;
};

} // namespace studio::test
