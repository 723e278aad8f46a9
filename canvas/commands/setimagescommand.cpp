#include "setimagescommand.h"

#include "commandtext.h"

namespace studio {

SetImagesCommand::SetImagesCommand(TopologyDocument *document, const ImageDefinitions &images,
                                   QUndoCommand *parent)
    : QUndoCommand(Commands::tr("Change image definitions"), parent)
    , m_document(document)
    , m_old(document->topology().images)
    , m_new(images)
{
    setObsolete(m_old == m_new);
}

void SetImagesCommand::redo()
{
    m_document->setImages(m_new);
}

void SetImagesCommand::undo()
{
    m_document->setImages(m_old);
}

} // namespace studio
