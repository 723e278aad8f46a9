#include "imagesdialog.h"

#include "commands/setimagescommand.h"
#include "model/names.h"
#include "model/topologydocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace studio {

ImagesDialog::ImagesDialog(TopologyDocument *document, QUndoStack *undoStack, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    setWindowTitle(tr("Images"));
    setObjectName(QStringLiteral("imagesDialog"));

    m_list = new QListWidget;
    m_list->setAccessibleName(tr("Images"));
    m_list->setObjectName(QStringLiteral("imageList"));
    m_newName = new QLineEdit;
    m_newName->setPlaceholderText(tr("e.g. ubuntu:v1"));
    m_newName->setAccessibleName(tr("New image name"));
    m_newName->setObjectName(QStringLiteral("newImageName"));
    m_add = new QPushButton(tr("&Add"));
    m_add->setAccessibleName(tr("Add image"));
    m_remove = new QPushButton(tr("&Remove"));
    m_remove->setAccessibleName(tr("Remove image definition"));
    m_remove->setObjectName(QStringLiteral("removeImage"));

    m_usage = new QLabel;
    m_usage->setWordWrap(true);
    m_usage->setObjectName(QStringLiteral("imageUsage"));
    m_source = new QComboBox;
    m_source->setAccessibleName(tr("How hosts get the image"));
    m_source->setObjectName(QStringLiteral("imageSource"));
    for (ImageSource s : {ImageSource::Pull, ImageSource::Build, ImageSource::Copy})
        m_source->addItem(ImageDefinition::sourceTitle(s), int(s));

    m_dockerfile = new QPlainTextEdit;
    m_dockerfile->setAccessibleName(tr("Dockerfile"));
    m_dockerfile->setObjectName(QStringLiteral("dockerfile"));
    m_dockerfile->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_dockerfile->setTabChangesFocus(true);
    m_dockerfile->setPlaceholderText(tr("FROM ubuntu\nRUN apt update && apt install -y iproute2"));
    m_guide = new QPushButton(tr("Use the &Guide's Dockerfile"));
    m_guide->setAccessibleName(tr("Use the guide's Dockerfile"));
    m_localImage = new QLineEdit;
    m_localImage->setAccessibleName(tr("Image on this machine"));
    m_localImage->setObjectName(QStringLiteral("localImage"));

    auto *pullPage = new QLabel(
        tr("Hosts that lack the image run docker pull: they need access to its registry."));
    pullPage->setWordWrap(true);
    auto *buildPage = new QWidget;
    auto *buildLayout = new QVBoxLayout(buildPage);
    buildLayout->setContentsMargins(0, 0, 0, 0);
    auto *buildHint = new QLabel(tr("Hosts that lack the image build it from this Dockerfile "
                                    "(docker build, without a build context)."));
    buildHint->setWordWrap(true);
    buildLayout->addWidget(buildHint);
    buildLayout->addWidget(m_dockerfile, 1);
    buildLayout->addWidget(m_guide, 0, Qt::AlignLeft);
    auto *copyPage = new QWidget;
    auto *copyLayout = new QFormLayout(copyPage);
    copyLayout->setContentsMargins(0, 0, 0, 0);
    auto *copyHint = new QLabel(tr("docker save runs here; the image goes compressed over each "
                                   "host's SSH connection into docker load. For hosts without "
                                   "internet."));
    copyHint->setWordWrap(true);
    copyLayout->addRow(copyHint);
    copyLayout->addRow(tr("Image on this &machine:"), m_localImage);
    m_localImage->setPlaceholderText(tr("the same name"));
    m_pages = new QStackedWidget;
    m_pages->addWidget(pullPage);
    m_pages->addWidget(buildPage);
    m_pages->addWidget(copyPage);

    m_problem = new QLabel;
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("imageProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImagesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_add);
    left->addLayout(addRow);
    left->addWidget(m_remove, 0, Qt::AlignLeft);
    auto *right = new QVBoxLayout;
    right->addWidget(m_usage);
    auto *sourceRow = new QFormLayout;
    auto *sourceLabel = new QLabel(tr("&Source:"));
    sourceLabel->setBuddy(m_source);
    sourceRow->addRow(sourceLabel, m_source);
    right->addLayout(sourceRow);
    right->addWidget(m_pages, 1);
    right->addWidget(m_problem);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    resize(820, 460);

    connect(m_list, &QListWidget::currentRowChanged, this, &ImagesDialog::showCurrent);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        m_pages->setCurrentIndex(m_source->currentIndex());
        storeCurrent();
    });
    connect(m_dockerfile, &QPlainTextEdit::textChanged, this, &ImagesDialog::storeCurrent);
    connect(m_localImage, &QLineEdit::textChanged, this, &ImagesDialog::storeCurrent);
    connect(m_guide, &QPushButton::clicked, this,
            [this] { m_dockerfile->setPlainText(ImageDefinition::guideDockerfile()); });
    connect(m_add, &QPushButton::clicked, this, &ImagesDialog::addImage);
    m_newName->installEventFilter(this); // Return there adds the image, and never presses OK
    connect(m_remove, &QPushButton::clicked, this, &ImagesDialog::removeImage);
    for (QPushButton *b : {m_add, m_remove, m_guide}) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }

    const Topology &t = document->topology();
    for (const ImageDefinition &d : t.images)
        m_entries.push_back({d, true, 0});
    for (const Container &c : t.containers()) {
        auto it = std::find_if(m_entries.begin(), m_entries.end(),
                               [&](const Entry &e) { return e.definition.name == c.image; });
        if (it == m_entries.end()) {
            Entry e;
            e.definition.name = c.image;
            m_entries.push_back(e);
            it = m_entries.end() - 1;
        }
        ++it->users;
    }
    // Down the left column, then the definition, then OK and Cancel.
    QWidget *order[] = {m_list,
                        m_newName,
                        m_add,
                        m_remove,
                        m_source,
                        m_dockerfile,
                        m_guide,
                        m_localImage,
                        buttons->button(QDialogButtonBox::Ok),
                        buttons->button(QDialogButtonBox::Cancel)};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    fillList();
    m_list->setCurrentRow(m_entries.empty() ? -1 : 0);
    showCurrent();
    m_list->setFocus();
}

QString ImagesDialog::itemText(const Entry &e) const
{
    const QString how
        = e.defined ? ImageDefinition::sourceText(e.definition.source) : tr("pull, not defined");
    return tr("%1 (%2)").arg(e.definition.name, how);
}

void ImagesDialog::fillList()
{
    m_list->clear();
    for (const Entry &e : m_entries)
        m_list->addItem(itemText(e));
}

ImagesDialog::Entry *ImagesDialog::current()
{
    const int row = m_list->currentRow();
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[std::size_t(row)] : nullptr;
}

void ImagesDialog::showCurrent()
{
    const Entry *e = current();
    m_loading = true;
    for (QWidget *w : std::initializer_list<QWidget *>{m_source, m_pages, m_remove})
        w->setEnabled(e != nullptr);
    if (e) {
        m_source->setCurrentIndex(m_source->findData(int(e->definition.source)));
        m_pages->setCurrentIndex(m_source->currentIndex());
        m_dockerfile->setPlainText(e->definition.dockerfile);
        m_localImage->setText(e->definition.localImage);
        m_usage->setText(
            e->users == 0
                ? tr("%1 is not used by any container.").arg(e->definition.name)
                : tr("%1 is used by %n container(s).", nullptr, e->users).arg(e->definition.name));
        m_remove->setEnabled(e->defined);
    } else {
        m_dockerfile->clear();
        m_localImage->clear();
        m_usage->setText(tr("No container uses an image yet. Add one to define it."));
    }
    m_loading = false;
    refreshProblem();
}

void ImagesDialog::storeCurrent()
{
    Entry *e = current();
    if (m_loading || !e)
        return;
    ImageDefinition &d = e->definition;
    d.source = ImageSource(m_source->currentData().toInt());
    d.dockerfile = m_dockerfile->toPlainText();
    d.localImage = m_localImage->text().trimmed();
    e->defined = true; // touched: from now on the design says how hosts get it
    m_remove->setEnabled(true);
    m_list->currentItem()->setText(itemText(*e));
    refreshProblem();
}

void ImagesDialog::refreshProblem()
{
    const Entry *e = current();
    const QString problem = e && e->defined ? e->definition.problem() : QString();
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void ImagesDialog::addImage()
{
    const QString name = m_newName->text().trimmed();
    if (const Status named = names::checkImage(name); !named) {
        m_problem->setText(tr("Image '%1' %2.").arg(name, named.error().message));
        m_problem->setVisible(true);
        return;
    }
    const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                 [&](const Entry &e) { return e.definition.name == name; });
    if (it != m_entries.end()) {
        m_list->setCurrentRow(int(it - m_entries.begin()));
    } else {
        Entry e;
        e.definition.name = name;
        e.definition.source = ImageSource::Build;
        e.defined = true;
        m_entries.push_back(e);
        m_list->addItem(itemText(e));
        m_list->setCurrentRow(int(m_entries.size()) - 1);
    }
    m_newName->clear();
    m_source->setFocus();
}

void ImagesDialog::removeImage()
{
    Entry *e = current();
    if (!e || !e->defined)
        return;
    const int row = m_list->currentRow();
    if (e->users > 0) { // still used: back to the default (pulled)
        e->defined = false;
        e->definition = ImageDefinition{e->definition.name, ImageSource::Pull, {}, {}};
        m_list->item(row)->setText(itemText(*e));
        showCurrent();
        return;
    }
    m_entries.erase(m_entries.begin() + row);
    delete m_list->takeItem(row);
    showCurrent();
}

bool ImagesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newName && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addImage();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImagesDialog::selectImage(const QString &name)
{
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].definition.name == name)
            m_list->setCurrentRow(int(i));
    }
}

ImageDefinitions ImagesDialog::definitions() const
{
    ImageDefinitions result;
    for (const Entry &e : m_entries) {
        if (e.defined)
            result.push_back(e.definition);
    }
    return result;
}

void ImagesDialog::accept()
{
    const ImageDefinitions images = definitions();
    if (images != m_document->topology().images)
        m_undoStack->push(new SetImagesCommand(m_document, images));
    QDialog::accept();
}

} // namespace studio
