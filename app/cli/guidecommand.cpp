#include "clicommands.h"

#include "labguideexport.h"

#include "model/projectfile.h"
#include "model/validation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace studio {
class GuideCli
{
    Q_DECLARE_TR_FUNCTIONS(studio::GuideCli)
};
} // namespace studio

namespace studio::cli {

int guideCommand(const QStringList &args, Streams io)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption output(QStringLiteral("output"),
                                    GuideCli::tr("Folder to write the guide to (default: here)."),
                                    GuideCli::tr("dir"), QStringLiteral("."));
    const QCommandLineOption format(QStringLiteral("format"),
                                    GuideCli::tr("md (Markdown and its images) or html."),
                                    GuideCli::tr("format"), QStringLiteral("md"));
    parser.addOptions({output, format});
    parser.addPositionalArgument(QStringLiteral("file"), GuideCli::tr("The topology file."));
    const QString usage
        = GuideCli::tr("usage: overlaystudio-cli guide FILE [--output DIR] [--format md|html]");
    if (helpAsked(args))
        return printHelp(parser, usage, io);
    const QString kind = parser.parse(QStringList{QStringLiteral("guide")} + args)
                             ? parser.value(format)
                             : QString();
    if (parser.positionalArguments().size() != 1
        || (kind != QLatin1String("md") && kind != QLatin1String("html"))) {
        io.err << usage << '\n';
        if (!parser.errorText().isEmpty())
            io.err << parser.errorText() << '\n';
        else if (!kind.isEmpty() && kind != QLatin1String("md") && kind != QLatin1String("html"))
            io.err << GuideCli::tr("error: unknown format '%1'; use md or html.").arg(kind) << '\n';
        return Usage;
    }
    const QString file = parser.positionalArguments().first();
    auto loaded = projectfile::load(file);
    if (!loaded) {
        io.err << GuideCli::tr("error: %1").arg(loaded.error().toString()) << '\n';
        return Problems;
    }
    const Topology &topology = loaded.value();
    const QList<Problem> problems = validate(topology);
    if (hasErrors(problems)) {
        for (const Problem &p : problems) {
            if (p.severity == Severity::Error)
                io.err << GuideCli::tr("error: %1").arg(p.text()) << '\n';
        }
        io.err << GuideCli::tr("%1 has errors; no guide was written.").arg(file) << '\n';
        return Problems;
    }
    // The guide is named after the topology file: lab.json -> lab.md and lab-images/.
    const QString base = QFileInfo(file).completeBaseName().section(QLatin1Char('.'), 0, 0);
    const QString path = QDir(parser.value(output))
                             .filePath(base
                                       + (kind == QLatin1String("html") ? QStringLiteral(".html")
                                                                        : QStringLiteral(".md")));
    auto written
        = exportLabGuide(topology, nullptr, path,
                         kind == QLatin1String("html") ? GuideFormat::Html : GuideFormat::Markdown);
    if (!written) {
        io.err << GuideCli::tr("error: %1").arg(written.error().toString()) << '\n';
        return Problems;
    }
    io.out << written.value().document << '\n';
    for (const QString &image : written.value().images)
        io.out << image << '\n';
    return Ok;
}

} // namespace studio::cli
