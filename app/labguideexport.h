#pragma once

#include "model/result.h"
#include "model/topology.h"

#include <QStringList>

namespace studio {

class TopologyScene;

enum class GuideFormat { Markdown, Html };

struct GuideFiles
{
    QString document;
    QStringList images; // written beside it (Markdown), none for HTML (embedded)
};

// Writes the lab guide of a topology: Markdown with its diagram (PNG and SVG, drawn by the
// canvas export) in a folder beside it named after the document ("guide.md" and
// "guide-images/"), or one self-contained HTML file with the diagram embedded. `scene` draws the
// diagram; without one, an offscreen scene of the topology does (the CLI).
Result<GuideFiles> exportLabGuide(const Topology &topology, TopologyScene *scene,
                                  const QString &path, GuideFormat format);

} // namespace studio
