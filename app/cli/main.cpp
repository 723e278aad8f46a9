// overlaystudio-cli: the headless face of OverlayStudio (no widgets), for scripts, CI and servers.
#include "clicommands.h"
#include "languageswitcher.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QString usage()
{
    return QCoreApplication::translate(
        "studio::Cli",
        "Usage: overlaystudio-cli COMMAND FILE [options]\n"
        "\n"
        "Commands:\n"
        "  validate FILE [--json]        Check a topology; exit 1 if it has errors.\n"
        "  plan FILE [--host NAME] [--teardown] [--json] [--output-dir DIR]\n"
        "                                Print the commands that build (or remove) the\n"
        "                                topology, as a shell script per host.\n"
        "  apply FILE | destroy FILE | status FILE [--host NAME] [--json] [--fail-fast]\n"
        "             [--dry-run] [--known-hosts FILE] [--accept-new-host-keys]\n"
        "                                Deploy over SSH: apply changes only what differs,\n"
        "                                destroy removes what the topology made, status\n"
        "                                compares the hosts with the design.\n"
        "  monitor FILE [--interval S] [--count N] [--json|--csv] [--max-pairs N]\n"
        "               [--known-hosts FILE] [--accept-new-host-keys]\n"
        "                                Watch a deployed topology: ping RTT and loss,\n"
        "                                traffic per link and container, states; one\n"
        "                                line per sample until N intervals or Ctrl+C.\n"
        "  guide FILE [--output DIR] [--format md|html]\n"
        "                                Write a lab guide that builds the topology by\n"
        "                                hand: Markdown with its diagram, or HTML.\n"
        "  lab up [--hosts N] [--image IMAGE] [--write-topology FILE]\n"
        "  lab down | lab status [--json]\n"
        "                                Simulated hosts on this machine (as root).\n"
        "\n"
        "Exit codes: 0 ok, 1 problems found, 2 usage error.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // The guide's diagram is drawn by the canvas, which needs a GUI application; it draws
    // offscreen, so the CLI still needs no display. Every other command stays headless.
    const bool drawing = argc > 1 && std::strcmp(argv[1], "guide") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application(drawing ? new QApplication(argc, argv)
                                                                : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("overlaystudio-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("OverlayStudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    studio::LanguageSwitcher::instance()->apply(QString()); // the system's language

    QTextStream out(stdout);
    QTextStream err(stderr);
    const studio::cli::Streams io{out, err};

    QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        (args.isEmpty() ? err : out)
            << usage()
            << QCoreApplication::translate("studio::Cli",
                                           "Each command explains its options with --help, e.g. "
                                           "overlaystudio-cli apply --help.\n");
        return args.isEmpty() ? studio::cli::Usage : studio::cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "overlaystudio-cli " << PROJECT_VERSION << '\n';
        return studio::cli::Ok;
    }
    const QString verb = args.takeFirst();
    if (verb == QLatin1String("validate"))
        return studio::cli::validateCommand(args, io);
    if (verb == QLatin1String("plan"))
        return studio::cli::planCommand(args, io);
    if (verb == QLatin1String("apply") || verb == QLatin1String("destroy")
        || verb == QLatin1String("status"))
        return studio::cli::deployCommand(verb, args, io);
    if (verb == QLatin1String("monitor"))
        return studio::cli::monitorCommand(args, io);
    if (verb == QLatin1String("lab"))
        return studio::cli::labCommand(args, io);
    if (verb == QLatin1String("guide"))
        return studio::cli::guideCommand(args, io);
    err << QCoreApplication::translate("studio::Cli", "overlaystudio-cli: unknown command '%1'.")
               .arg(verb)
        << "\n\n"
        << usage();
    return studio::cli::Usage;
}
