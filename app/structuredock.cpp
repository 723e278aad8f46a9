#include "structuredock.h"

#include "structuremodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace studio {

StructureDock::StructureDock(TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new StructureModel(document, this))
    , m_view(new QTreeView(this))
{
    m_view->setAccessibleName(tr("Structure"));
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_model, &StructureModel::rowsShown, m_view, [this](const QModelIndex &parent) {
        if (!m_view->model())
            return;
        if (parent.isValid())
            m_view->expand(parent); // a new host expands when its first bridge arrives
        else if (m_model->rowCount() > 0 && !m_view->isExpanded(m_model->index(0, 0)))
            m_view->expandAll(); // a new document
    });
}

// A hidden tree shows nothing: the view lets go of the model, so a large edit (an undo of a big
// paste) does not update a view nobody sees. The model itself follows the document throughout.
void StructureDock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_view->model())
        return;
    m_view->setModel(m_model);
    // Measuring every row's text at every change costs more than the change on a large tree.
    m_view->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_view->header()->resizeSection(0, std::max(140, m_view->width() / 2));
    m_view->expandAll();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_following && current.isValid())
                    emit objectActivated(m_model->objectAt(current));
            });
    showSelection(m_selection);
}

void StructureDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        m_view->setAccessibleName(tr("Structure"));
    }
    QWidget::changeEvent(event);
}

void StructureDock::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_view->setModel(nullptr);
}

void StructureDock::showSelection(const QList<ObjectId> &ids)
{
    m_selection = ids;
    if (!m_view->model())
        return;
    m_following = true;
    const QModelIndex index = ids.size() == 1 ? m_model->indexOf(ids.first()) : QModelIndex();
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
    m_following = false;
}

} // namespace studio
