#pragma once

#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace studio::cli {

// Exit codes of overlaystudio-cli.
enum ExitCode { Ok = 0, Problems = 1, Usage = 2 };

struct Streams
{
    QTextStream &out;
    QTextStream &err;
};

// Every command explains its options: true when the arguments after its verb hold --help or -h.
bool helpAsked(const QStringList &args);
// Prints the usage line, then the options and arguments as the parser knows them; returns Ok.
int printHelp(const QCommandLineParser &parser, const QString &usage, Streams io);

// Each takes the arguments after its verb.
int validateCommand(const QStringList &args, Streams io);
int planCommand(const QStringList &args, Streams io);
int labCommand(const QStringList &args, Streams io);
// apply, destroy or status
int deployCommand(const QString &verb, const QStringList &args, Streams io);
// Live samples (RTT, loss, traffic, states) until --count intervals or Ctrl+C.
int monitorCommand(const QStringList &args, Streams io);
// A lab guide (Markdown with its images, or HTML) for a topology.
int guideCommand(const QStringList &args, Streams io);

} // namespace studio::cli
