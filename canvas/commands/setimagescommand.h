#pragma once

#include "model/topologydocument.h"

#include <QUndoCommand>

namespace studio {

// Replaces the design's image definitions: one undo step per edit in the Images dialog.
class SetImagesCommand : public QUndoCommand
{
public:
    SetImagesCommand(TopologyDocument *document, const ImageDefinitions &images,
                     QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TopologyDocument *m_document;
    ImageDefinitions m_old;
    ImageDefinitions m_new;
};

} // namespace studio
