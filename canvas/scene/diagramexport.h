#pragma once

#include "model/result.h"

#include <QString>

namespace studio {

class TopologyScene;

// The whole diagram as an image: PNG (at twice the scene's scale, for sharp text) or SVG, chosen
// by the file's extension.
Status exportDiagram(TopologyScene *scene, const QString &path);

} // namespace studio
