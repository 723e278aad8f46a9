#include "teachcontroller.h"

#include "labguideexport.h"
#include "packetpathcontroller.h"
#include "stepthroughcontroller.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QMainWindow>
#include <QMessageBox>

namespace studio {

TeachController::TeachController(QMainWindow *window, TopologyDocument *document,
                                 TopologyScene *scene, DeployController *deploy)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_scene(scene)
    , m_stepThrough(new StepThroughController(window, document, scene, deploy))
    , m_packetPath(new PacketPathController(window, document, scene, deploy))
{
    connect(m_packetPath, &PacketPathController::message, this, &TeachController::message);
    m_exportGuide = new QAction(this);
    retranslate();
    connect(m_exportGuide, &QAction::triggered, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export Lab Guide"), m_document->topology().name + QStringLiteral(".md"),
            tr("Markdown with images beside it (*.md);;HTML, images embedded (*.html)"), &filter);
        if (!path.isEmpty())
            exportGuide(path);
    });
}

void TeachController::retranslate()
{
    m_exportGuide->setText(tr("Export Lab &Guide..."));
    m_exportGuide->setToolTip(tr("Write a step-by-step guide that builds this topology by hand: "
                                 "Markdown with its diagram, or HTML"));
    m_stepThrough->retranslate();
    m_packetPath->retranslate();
}

bool TeachController::exportGuide(const QString &path)
{
    const GuideFormat format = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive)
                                       || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive)
                                   ? GuideFormat::Html
                                   : GuideFormat::Markdown;
    auto written = exportLabGuide(m_document->topology(), m_scene, path, format);
    if (!written) {
        QMessageBox::warning(m_window, tr("Cannot export the lab guide"),
                             written.error().toString());
        return false;
    }
    emit message(written.value().images.isEmpty()
                     ? tr("Wrote the lab guide %1").arg(QDir::toNativeSeparators(path))
                     : tr("Wrote the lab guide %1 and its %n image(s)", nullptr,
                          int(written.value().images.size()))
                           .arg(QDir::toNativeSeparators(path)));
    return true;
}

} // namespace studio
