#pragma once

#include "result.h"

#include <QString>

namespace studio::names {

// Each function accepts the text or returns an error whose `where` is the text and whose message
// says what is wrong with it in words a user can act on, written to follow the text in a sentence
// ("is 16 characters long; Linux allows at most 15"). The rules are stricter than Linux, OVS and
// Docker need, so that every accepted name is also safe in a shell.

Status checkInterface(const QString &name); // Linux/OVS interface or bridge: 1-15 of [A-Za-z0-9_.-]
Status checkLabel(const QString &name);     // host or topology name: 1-63 of [A-Za-z0-9_.-]
Status checkContainer(const QString &name); // Docker container name: 2-63 of [A-Za-z0-9_.-]
Status checkImage(const QString &reference);  // Docker image reference: repo[:tag][@sha256:...]
Status checkUser(const QString &user);        // POSIX user name
Status checkHostAddress(const QString &text); // IP literal or DNS name

} // namespace studio::names
