#pragma once

#include <QString>

namespace studio::names {

// Each function returns an empty string when the text is acceptable, otherwise the reason in words
// a user can act on ("is 16 characters long; Linux allows at most 15"). The rules are stricter than
// Linux, OVS and Docker need, so that every accepted name is also safe in a shell.

QString
interfaceProblem(const QString &name);     // Linux/OVS interface or bridge: 1-15 of [A-Za-z0-9_.-]
QString labelProblem(const QString &name); // host or topology name: 1-63 of [A-Za-z0-9_.-]
QString containerProblem(const QString &name);   // Docker container name: 2-63 of [A-Za-z0-9_.-]
QString imageProblem(const QString &reference);  // Docker image reference: repo[:tag][@sha256:...]
QString userProblem(const QString &user);        // POSIX user name
QString hostAddressProblem(const QString &text); // IP literal or DNS name

} // namespace studio::names
