#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace studio::local {

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a program on this machine with an argument list (never through a shell) and waits for it.
// A program that cannot start, times out or exits non-zero is an error naming the command and
// its stderr.
Result<Output> run(const QStringList &argv, int timeoutMs = 30000, const QByteArray &input = {});
// The same, but a non-zero exit is a result, not an error (for checks such as "docker info").
Result<Output> probe(const QStringList &argv, int timeoutMs = 30000);

// Marks every descriptor of this process above stderr close-on-exec, so that the programs we start
// (and the daemons they leave behind) inherit only stdin, stdout and stderr: a lab daemon that kept
// a descriptor we inherited (a flock(1) lock, a test runner's pipe) would hold it as long as the
// lab runs. Qt opens its own descriptors close-on-exec; this catches inherited ones and libraries'.
void keepDescriptorsFromChildren();

// argv of `ip netns exec NETNS ARGV...`.
QStringList inNetns(const QString &netns, const QStringList &argv);

} // namespace studio::local
