#include "clicommands.h"

#include "images/imagescripts.h"
#include "images/imagesteps.h"
#include "model/projectfile.h"
#include "model/validation.h"
#include "plan/planner.h"
#include "plan/planscripts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace studio {
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(studio::Cli)
};
} // namespace studio

namespace studio::cli {

namespace {

QString severityText(Severity s)
{
    return s == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

void printJson(QTextStream &out, const QJsonObject &object)
{
    out << QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject errorJson(const Error &e)
{
    return QJsonObject{{QStringLiteral("where"), e.where},
                       {QStringLiteral("message"), e.message},
                       {QStringLiteral("fix"), e.fix}};
}

// Parses "VERB FILE [options]": -1 to go on, else the exit code (help printed, or a usage error).
int parse(QCommandLineParser &parser, const QStringList &args, const QString &verb,
          const QString &usage, Streams io)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The topology file (.json)."));
    if (helpAsked(args))
        return printHelp(parser, usage, io);
    if (!parser.parse(QStringList{verb} + args)) {
        io.err << Cli::tr("overlaystudio-cli %1: %2").arg(verb, parser.errorText()) << '\n'
               << usage << '\n';
        return Usage;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << Cli::tr("overlaystudio-cli %1: expected exactly one topology file.").arg(verb)
               << '\n'
               << usage << '\n';
        return Usage;
    }
    return -1;
}

} // namespace

bool helpAsked(const QStringList &args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))
           || args.contains(QLatin1String("-help"));
}

int printHelp(const QCommandLineParser &parser, const QString &usage, Streams io)
{
    // Qt's own first line names neither the command nor its file: ours replaces it.
    QString text = parser.helpText();
    const qsizetype firstBreak = text.indexOf(QLatin1Char('\n'));
    text = firstBreak >= 0 ? text.mid(firstBreak + 1) : QString();
    io.out << usage << '\n' << text;
    return Ok;
}

int validateCommand(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the result as JSON."));
    parser.addOption(json);
    if (const int code = parse(parser, args, QStringLiteral("validate"),
                               Cli::tr("usage: overlaystudio-cli validate FILE [--json]"), io);
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();

    const auto loaded = projectfile::load(file);
    if (!loaded) {
        if (parser.isSet(json))
            printJson(io.out, {{QStringLiteral("file"), file},
                               {QStringLiteral("valid"), false},
                               {QStringLiteral("loadError"), errorJson(loaded.error())}});
        io.err << Cli::tr("error: %1").arg(loaded.error().toString()) << '\n';
        return Problems;
    }
    const Topology &t = loaded.value();
    const QList<Problem> problems = validate(t);
    const bool valid = !hasErrors(problems);

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Problem &p : problems) {
            list.append(QJsonObject{
                {QStringLiteral("severity"), severityText(p.severity)},
                {QStringLiteral("code"), p.code},
                {QStringLiteral("objectId"), qint64(p.object)},
                {QStringLiteral("object"),
                 p.object == kNoObject ? QStringLiteral("topology") : t.displayName(p.object)},
                {QStringLiteral("field"), p.field},
                {QStringLiteral("message"), p.message},
                {QStringLiteral("fix"), p.fix},
            });
        }
        printJson(io.out, {{QStringLiteral("file"), file},
                           {QStringLiteral("valid"), valid},
                           {QStringLiteral("problems"), list}});
    } else {
        int errors = 0;
        for (const Problem &p : problems) {
            errors += p.severity == Severity::Error;
            io.out << file << ": " << severityText(p.severity) << ": " << p.text() << " [" << p.code
                   << "]\n";
        }
        io.out << Cli::tr(
                      "%1: %2 error(s), %3 warning(s) in %4 hosts, %5 bridges, %6 containers, %7 "
                      "links.")
                      .arg(file)
                      .arg(errors)
                      .arg(problems.size() - errors)
                      .arg(t.hosts().size())
                      .arg(t.bridges().size())
                      .arg(t.containers().size())
                      .arg(t.links().size())
               << '\n';
    }
    return valid ? Ok : Problems;
}

int planCommand(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), Cli::tr("Print the plan as JSON."));
    const QCommandLineOption host(QStringLiteral("host"), Cli::tr("Only the plan of this host."),
                                  Cli::tr("name"));
    const QCommandLineOption teardown(QStringLiteral("teardown"),
                                      Cli::tr("Plan the removal of the topology instead."));
    const QCommandLineOption outputDir(
        QStringLiteral("output-dir"),
        Cli::tr("Write one script per host, HOST.sh, into this folder."), Cli::tr("dir"));
    const QCommandLineOption style(
        QStringLiteral("style"),
        Cli::tr("fast (default: containers side by side, plugged at once) or guide (ovs-docker, "
                "one container after another, as the tutorial does)."),
        Cli::tr("style"), QStringLiteral("fast"));
    parser.addOptions({json, host, teardown, outputDir, style});
    if (const int code = parse(parser, args, QStringLiteral("plan"),
                               Cli::tr("usage: overlaystudio-cli plan FILE [--host NAME] "
                                       "[--teardown] [--json] [--output-dir DIR] "
                                       "[--style fast|guide]"),
                               io);
        code >= 0)
        return code;
    const QString file = parser.positionalArguments().first();
    const auto planStyle = parsePlanStyle(parser.value(style));
    if (!planStyle) {
        io.err << Cli::tr("overlaystudio-cli plan: unknown style '%1'; use fast or guide.")
                      .arg(parser.value(style))
               << '\n';
        return Usage;
    }

    const auto loaded = projectfile::load(file);
    if (!loaded) {
        io.err << Cli::tr("error: %1").arg(loaded.error().toString()) << '\n';
        return Problems;
    }
    const auto planned = parser.isSet(teardown) ? planTeardown(loaded.value(), *planStyle)
                                                : planApply(loaded.value(), *planStyle);
    if (!planned) {
        io.err << Cli::tr("error: %1").arg(planned.error().toString()) << '\n';
        return Problems;
    }
    Plan plan = planned.value();
    // Scripts get the image phase in a form they can run (see ImageScripts); the preview shows
    // what apply does.
    if (parser.isSet(outputDir))
        ImageScripts::addToPlan(loaded.value(), &plan);
    else
        ImageSteps::addToPlan(loaded.value(), &plan);

    std::vector<const HostPlan *> selected;
    for (const HostPlan &h : plan.hosts) {
        if (!parser.isSet(host) || h.hostName == parser.value(host))
            selected.push_back(&h);
    }
    if (parser.isSet(host) && selected.empty()) {
        QStringList names;
        for (const HostPlan &h : plan.hosts)
            names << h.hostName;
        io.err << Cli::tr("error: %1 has no host named '%2'; its hosts are: %3.")
                      .arg(file, parser.value(host), names.join(QStringLiteral(", ")))
               << '\n';
        return Usage;
    }

    if (parser.isSet(outputDir)) {
        Plan selectedPlan = plan;
        selectedPlan.hosts.clear();
        for (const HostPlan *h : selected)
            selectedPlan.hosts.push_back(*h);
        QStringList written;
        if (auto st = writePlanScripts(selectedPlan, parser.value(outputDir), &written); !st) {
            io.err << Cli::tr("error: %1").arg(st.error().toString()) << '\n';
            return Problems;
        }
        if (auto st
            = ImageScripts::writeFiles(loaded.value(), selectedPlan, QFileInfo(file).absolutePath(),
                                       parser.value(outputDir), &written);
            !st) {
            io.err << Cli::tr("error: %1").arg(st.error().toString()) << '\n';
            return Problems;
        }
        for (const QString &file : written)
            io.err << Cli::tr("wrote %1").arg(file) << '\n';
        return Ok;
    }

    if (parser.isSet(json)) {
        QJsonArray hosts;
        for (const HostPlan *h : selected) {
            QJsonArray steps;
            for (const PlanStep &s : h->steps) {
                steps.append(QJsonObject{
                    {QStringLiteral("explanation"), s.explanation},
                    {QStringLiteral("details"), QJsonArray::fromStringList(s.details)},
                    {QStringLiteral("command"), s.command.toShell()},
                    {QStringLiteral("goesOnWhenFailing"), s.continueOnFailure},
                });
            }
            hosts.append(QJsonObject{{QStringLiteral("host"), h->hostName},
                                     {QStringLiteral("address"), h->address},
                                     {QStringLiteral("steps"), steps}});
        }
        printJson(io.out, {{QStringLiteral("topology"), plan.topologyName},
                           {QStringLiteral("style"), planStyleName(*planStyle)},
                           {QStringLiteral("action"), plan.kind == PlanKind::Apply
                                                          ? QStringLiteral("apply")
                                                          : QStringLiteral("teardown")},
                           {QStringLiteral("hosts"), hosts}});
        return Ok;
    }

    bool first = true;
    for (const HostPlan *h : selected) {
        if (!first)
            io.out << "\n";
        first = false;
        io.out << renderScript(plan, *h);
    }
    return Ok;
}

} // namespace studio::cli
