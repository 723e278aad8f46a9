#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace studio {

struct ParallelJob;

// A command line to run on a remote host's POSIX shell. Every program name and argument is quoted
// by one function (shellQuote); shell operators (&&, ||, |, if, redirections) exist only as the
// explicit combinators below, so no text from a topology can ever become shell syntax.
class RemoteCommand
{
public:
    RemoteCommand() = default;

    // One program with its arguments.
    static RemoteCommand run(const QStringList &argv);
    // "if CONDITION; then ACTION; fi": succeeds when the condition fails.
    static RemoteCommand ifThen(const RemoteCommand &condition, const RemoteCommand &action);
    // "if CONDITION; then ACTION; else OTHERWISE; fi".
    static RemoteCommand ifThenElse(const RemoteCommand &condition, const RemoteCommand &action,
                                    const RemoteCommand &otherwise);
    // "{ A; B; }": runs both; the status is the last one's.
    static RemoteCommand sequence(const RemoteCommand &first, const RemoteCommand &second);
    // Runs the jobs side by side, at most `atOnce` at a time (in batches), each job's output kept
    // apart; fails when any job fails, printing each failed job's label and output on stderr.
    // Labels are words (container names); they are quoted like any argument.
    static RemoteCommand parallel(const QList<ParallelJob> &jobs, int atOnce);

    RemoteCommand andThen(const RemoteCommand &next) const; // this && next
    RemoteCommand orElse(const RemoteCommand &next) const;  // this || next
    RemoteCommand pipeTo(const RemoteCommand &next) const;  // this | next
    RemoteCommand negated() const;                          // ! this
    RemoteCommand quiet() const;         // >/dev/null 2>&1 (a check whose output is noise)
    RemoteCommand withoutStderr() const; // 2>/dev/null
    RemoteCommand withoutStdout() const; // >/dev/null (keep errors visible)

    bool isEmpty() const { return !m_node; }
    // Renders the command for sh. With wrap, an ovs-vsctl transaction breaks its line before each
    // "--" separator so a plan stays readable.
    QString toShell(bool wrap = false) const;
    // The same for reports: a script of ours (sh -c with a script of several lines) is shown as
    // '…' with its arguments; the plan shows it whole. With wrap, broken as toShell breaks it.
    QString toShellBrief(bool wrap = false) const;
    // Every program this command may run, in order, without duplicates (for prerequisite checks).
    QStringList programs() const;

    friend bool operator==(const RemoteCommand &a, const RemoteCommand &b)
    {
        return a.toShell() == b.toShell();
    }

    struct Node; // the command tree; defined and rendered in remotecommand.cpp

private:
    explicit RemoteCommand(std::shared_ptr<const Node> node)
        : m_node(std::move(node))
    {}
    std::shared_ptr<const Node> m_node;
};

// One job of RemoteCommand::parallel: a label for reports (a word, e.g. a container's name).
struct ParallelJob
{
    QString label;
    RemoteCommand command;
};

// Quotes one word for a POSIX shell: safe words stay as they are (so plans read like the guide),
// anything else is single-quoted with embedded quotes escaped.
QString shellQuote(const QString &word);

} // namespace studio
