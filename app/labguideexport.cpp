#include "labguideexport.h"

#include "teach/labguide.h"

#include "model/savefile.h"
#include "model/topologydocument.h"
#include "scene/diagramexport.h"
#include "scene/topologyscene.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

namespace studio {

class LabGuideExport
{
    Q_DECLARE_TR_FUNCTIONS(studio::LabGuideExport)
};

Result<GuideFiles> exportLabGuide(const Topology &topology, TopologyScene *scene,
                                  const QString &path, GuideFormat format)
{
    // Without a window, a scene of our own draws the diagram.
    std::unique_ptr<TopologyDocument> document;
    std::unique_ptr<QUndoStack> undo;
    std::unique_ptr<TopologyScene> own;
    if (!scene) {
        document = std::make_unique<TopologyDocument>();
        document->reset(topology);
        undo = std::make_unique<QUndoStack>();
        own = std::make_unique<TopologyScene>(document.get(), undo.get());
        scene = own.get();
    }
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{info.absolutePath(), LabGuideExport::tr("cannot be created."),
                     LabGuideExport::tr("Choose a folder you may write to.")};
    GuideFiles files;
    files.document = info.absoluteFilePath();

    if (format == GuideFormat::Html) {
        auto guide = makeLabGuide(topology, {QStringLiteral("diagram.png"), QString()});
        if (!guide)
            return guide.error();
        QTemporaryDir temp;
        const QString png = temp.filePath(QStringLiteral("diagram.png"));
        if (auto drawn = exportDiagram(scene, png); !drawn)
            return drawn.error();
        const QString html = guide.value().html([&temp](const QString &name) {
            QFile f(temp.filePath(name));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        });
        if (auto written = saveFile(files.document, html.toUtf8()); !written)
            return written.error();
        return files;
    }

    // guide.md -> guide-images/diagram.png, so two guides in one folder keep their own images.
    const QString folder = info.completeBaseName() + QStringLiteral("-images");
    auto guide = makeLabGuide(topology, {folder + QStringLiteral("/diagram.png"),
                                         folder + QStringLiteral("/diagram.svg")});
    if (!guide)
        return guide.error();
    const QDir images(info.absoluteDir().filePath(folder));
    if (!QDir().mkpath(images.path()))
        return Error{images.path(), LabGuideExport::tr("cannot be created."),
                     LabGuideExport::tr("Choose a folder you may write to.")};
    for (const char *name : {"diagram.png", "diagram.svg"}) {
        const QString image = images.filePath(QLatin1String(name));
        if (auto drawn = exportDiagram(scene, image); !drawn)
            return drawn.error();
        files.images << image;
    }
    if (auto written = saveFile(files.document, guide.value().markdown().toUtf8()); !written)
        return written.error();
    return files;
}

} // namespace studio
