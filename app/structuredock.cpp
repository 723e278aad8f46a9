#include "structuredock.h"

#include "structuremodel.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

namespace studio {

StructureDock::StructureDock(TopologyDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_model(new StructureModel(document, this))
    , m_view(new QTreeView(this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Structure"));
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    connect(m_model, &StructureModel::rowsShown, m_view, [this](const QModelIndex &parent) {
        if (parent.isValid())
            m_view->expand(parent);
        else
            m_view->expandAll();
    });
    m_view->expandAll();
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!m_following && current.isValid())
                    emit objectActivated(m_model->objectAt(current));
            });
}

void StructureDock::showSelection(const QList<ObjectId> &ids)
{
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
