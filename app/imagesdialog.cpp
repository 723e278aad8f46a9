#include "imagesdialog.h"

#include "commands/setimagescommand.h"
#include "model/names.h"
#include "model/topologydocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
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
    m_contextList = new QListWidget;
    m_contextList->setObjectName(QStringLiteral("contextFiles"));
    m_contextList->setAccessibleName(tr("Context files"));
    m_contextList->setAccessibleDescription(
        tr("Files beside the project file sent with the Dockerfile, so COPY can use them"));
    m_contextList->setMaximumHeight(m_contextList->fontMetrics().height() * 5);
    m_contextPath = new QLineEdit;
    m_contextPath->setObjectName(QStringLiteral("contextFilePath"));
    m_contextPath->setAccessibleName(tr("Context file path"));
    m_contextPath->setPlaceholderText(tr("relative to the project file, e.g. files/motd"));
    m_contextAdd = new QPushButton(tr("Add Fi&le"));
    m_contextAdd->setObjectName(QStringLiteral("addContextFile"));
    m_contextAdd->setAccessibleName(tr("Add context file"));
    m_contextBrowse = new QPushButton(tr("&Browse…"));
    m_contextBrowse->setObjectName(QStringLiteral("browseContextFiles"));
    m_contextBrowse->setAccessibleName(tr("Choose context files"));
    m_contextRemove = new QPushButton(tr("Remove File"));
    m_contextRemove->setObjectName(QStringLiteral("removeContextFile"));
    m_contextRemove->setAccessibleName(tr("Remove context file"));
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
                                    "(docker build). The context files go with it, so COPY and "
                                    "ADD can use them."));
    buildHint->setWordWrap(true);
    buildLayout->addWidget(buildHint);
    buildLayout->addWidget(m_dockerfile, 1);
    buildLayout->addWidget(m_guide, 0, Qt::AlignLeft);
    auto *contextLabel = new QLabel(tr("&Context files (beside the project file):"));
    contextLabel->setBuddy(m_contextList);
    buildLayout->addWidget(contextLabel);
    auto *contextRow = new QHBoxLayout;
    contextRow->addWidget(m_contextList, 1);
    auto *contextButtons = new QVBoxLayout;
    contextButtons->addWidget(m_contextBrowse);
    contextButtons->addWidget(m_contextRemove);
    contextButtons->addStretch(1);
    contextRow->addLayout(contextButtons);
    buildLayout->addLayout(contextRow);
    auto *contextAddRow = new QHBoxLayout;
    contextAddRow->addWidget(m_contextPath, 1);
    contextAddRow->addWidget(m_contextAdd);
    buildLayout->addLayout(contextAddRow);
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
    resize(820, 600);

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
    connect(m_contextAdd, &QPushButton::clicked, this, &ImagesDialog::addTypedContextFile);
    m_contextPath->installEventFilter(this); // Return there adds the file (empty: OK)
    m_contextList->installEventFilter(this); // Delete there removes the file
    connect(m_contextBrowse, &QPushButton::clicked, this, &ImagesDialog::browseContextFiles);
    connect(m_contextRemove, &QPushButton::clicked, this, &ImagesDialog::removeContextFile);
    connect(m_contextList, &QListWidget::currentRowChanged, this,
            [this](int row) { m_contextRemove->setEnabled(row >= 0); });
    connect(m_remove, &QPushButton::clicked, this, &ImagesDialog::removeImage);
    for (QPushButton *b :
         {m_add, m_remove, m_guide, m_contextAdd, m_contextBrowse, m_contextRemove}) {
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
                        m_contextList,
                        m_contextBrowse,
                        m_contextRemove,
                        m_contextPath,
                        m_contextAdd,
                        m_localImage,
                        buttons->button(QDialogButtonBox::Ok),
                        buttons->button(QDialogButtonBox::Cancel)};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    setProjectDir(QString());
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
        fillContextList(e->definition.contextFiles);
        m_localImage->setText(e->definition.localImage);
        m_usage->setText(
            e->users == 0
                ? tr("%1 is not used by any container.").arg(e->definition.name)
                : tr("%1 is used by %n container(s).", nullptr, e->users).arg(e->definition.name));
        m_remove->setEnabled(e->defined);
    } else {
        m_dockerfile->clear();
        fillContextList({});
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
    d.contextFiles.clear();
    for (int i = 0; i < m_contextList->count(); ++i)
        d.contextFiles << m_contextList->item(i)->data(Qt::UserRole).toString();
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
        e->definition = ImageDefinition{e->definition.name, ImageSource::Pull, {}, {}, {}};
        m_list->item(row)->setText(itemText(*e));
        showCurrent();
        return;
    }
    m_entries.erase(m_entries.begin() + row);
    delete m_list->takeItem(row);
    showCurrent();
}

void ImagesDialog::setProjectDir(const QString &dir)
{
    m_projectDir = dir;
    m_contextBrowse->setToolTip(dir.isEmpty()
                                    ? tr("Save the project first: context files are "
                                         "picked from the project file's folder.")
                                    : tr("Pick files in %1").arg(QDir::toNativeSeparators(dir)));
    m_contextBrowse->setEnabled(!dir.isEmpty());
    const Entry *e = current();
    fillContextList(e ? e->definition.contextFiles : QStringList());
}

QString ImagesDialog::contextItemText(const QString &path) const
{
    if (m_projectDir.isEmpty() || QFileInfo(QDir(m_projectDir).filePath(path)).isFile())
        return path;
    return tr("%1 (not found beside the project file)").arg(path);
}

void ImagesDialog::fillContextList(const QStringList &files)
{
    const bool loading = m_loading;
    m_loading = true; // filling is not an edit
    m_contextList->clear();
    for (const QString &file : files) {
        auto *item = new QListWidgetItem(contextItemText(file));
        item->setData(Qt::UserRole, file);
        m_contextList->addItem(item);
    }
    m_contextRemove->setEnabled(false);
    m_loading = loading;
}

void ImagesDialog::addContextFile(const QString &typed)
{
    Entry *e = current();
    if (!e)
        return;
    QString path = QDir::fromNativeSeparators(typed.trimmed());
    if (!m_projectDir.isEmpty() && QDir::isAbsolutePath(path)) {
        // A picked file: relative to the project's folder, if it is inside it.
        const QString relative = QDir(m_projectDir).relativeFilePath(path);
        if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative)) {
            m_problem->setText(
                tr("%1 is outside the project file's folder (%2): copy it there "
                   "first, so the project and its files travel together.")
                    .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_projectDir)));
            m_problem->setVisible(true);
            return;
        }
        path = relative;
    }
    if (const QString why = ImageDefinition::contextPathProblem(path); !why.isEmpty()) {
        m_problem->setText(
            tr("Context file '%1' of image %2 %3.").arg(path, e->definition.name, why));
        m_problem->setVisible(true);
        return;
    }
    for (int i = 0; i < m_contextList->count(); ++i) {
        if (m_contextList->item(i)->data(Qt::UserRole).toString() == path) {
            m_contextList->setCurrentRow(i);
            return;
        }
    }
    auto *item = new QListWidgetItem(contextItemText(path));
    item->setData(Qt::UserRole, path);
    m_contextList->addItem(item);
    m_contextList->setCurrentItem(item);
    storeCurrent();
}

void ImagesDialog::addTypedContextFile()
{
    if (m_contextPath->text().trimmed().isEmpty())
        return;
    const int before = m_contextList->count();
    addContextFile(m_contextPath->text());
    if (m_contextList->count() > before)
        m_contextPath->clear(); // kept when refused, so it can be corrected
}

void ImagesDialog::browseContextFiles()
{
    if (m_projectDir.isEmpty())
        return;
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Context Files"), m_projectDir);
    for (const QString &file : files)
        addContextFile(file);
    activateWindow(); // back from the picker: the keys are this dialog's again
    m_contextList->setFocus();
}

void ImagesDialog::removeContextFile()
{
    const int row = m_contextList->currentRow();
    if (row < 0)
        return;
    delete m_contextList->takeItem(row);
    storeCurrent();
    if (m_contextList->count() > 0)
        m_contextList->setCurrentRow(std::min(row, m_contextList->count() - 1));
    m_contextList->setFocus();
}

bool ImagesDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter;
        if (watched == m_newName && enter) {
            addImage();
            return true;
        }
        if (watched == m_contextPath && enter && !m_contextPath->text().trimmed().isEmpty()) {
            addTypedContextFile();
            return true;
        }
        if (watched == m_contextList && key == Qt::Key_Delete) {
            removeContextFile();
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
