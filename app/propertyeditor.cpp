#include "propertyeditor.h"

#include "elidedlabel.h"

#include "commands/editingpolicy.h"
#include "commands/setpropertycommand.h"
#include "model/properties.h"
#include "model/propertyspec.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace studio {

namespace {

QString kindName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Host:
        return PropertyEditor::tr("Host");
    case ObjectKind::Bridge:
        return PropertyEditor::tr("Bridge");
    case ObjectKind::Container:
        return PropertyEditor::tr("Container");
    case ObjectKind::Link:
        return PropertyEditor::tr("VXLAN link");
    case ObjectKind::None:
        break;
    }
    return PropertyEditor::tr("Topology");
}

} // namespace

PropertyEditor::PropertyEditor(TopologyDocument *document, QUndoStack *undoStack,
                               ProblemTracker *problems, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_undoStack(undoStack)
    , m_problems(problems)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    m_subtitle = new ElidedLabel(this);
    layout->addWidget(m_subtitle);
    auto *formHost = new QWidget(this);
    m_form = new QFormLayout(formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addWidget(formHost);
    m_problemText = new QLabel(this);
    m_problemText->setWordWrap(true);
    m_problemText->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_problemText->setStyleSheet(QStringLiteral("color: #dc322f"));
    m_problemText->setAccessibleName(tr("Problems of this object"));
    layout->addWidget(m_problemText);
    layout->addStretch();
    setAccessibleName(tr("Properties"));

    connect(document, &TopologyDocument::objectChanged, this,
            [this](ObjectId id, const QString &key) {
                if (id == m_object && m_fields.contains(key))
                    refreshField(key);
                if (key == QLatin1String("name")) {
                    refreshTitle(); // the object's, or its host's name in its display name
                    refreshBridgeChoices();
                }
            });
    connect(document, &TopologyDocument::objectAdded, this, [this] { refreshBridgeChoices(); });
    connect(document, &TopologyDocument::objectRemoved, this, [this](ObjectId id) {
        if (id == m_object && id != kNoObject)
            showObject(kNoObject);
        else
            refreshBridgeChoices();
    });
    connect(document, &TopologyDocument::modelReset, this, [this] {
        m_built = false;
        showObject(kNoObject);
    });
    connect(problems, &ProblemTracker::problemsChanged, this, &PropertyEditor::markProblems);
    showObject(kNoObject);
}

void PropertyEditor::showObject(ObjectId id)
{
    if (id != kNoObject && !m_document->topology().contains(id))
        id = kNoObject;
    if (id == m_object && m_built)
        return; // the fields already follow every change of this object
    const ObjectKind kind = m_document->topology().kindOf(id);
    m_object = id;
    if (m_built && kind == m_kind) {
        // Another object of the same kind: the same fields, other values (no widget churn).
        m_runs.clear();
        for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
            refreshField(it.key());
        refreshBridgeChoices();
        refreshTitle();
        markProblems();
        return;
    }
    m_kind = kind;
    rebuild();
}

void PropertyEditor::rebuild()
{
    m_updating = true;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    m_runs.clear();
    for (const PropertySpec *spec : propertyspecs::of(m_kind)) {
        if (!spec->editable)
            continue;
        QWidget *w = createField(*spec);
        const QString key = QLatin1String(spec->key);
        w->setObjectName(key);
        w->setAccessibleName(spec->displayLabel());
        w->setAccessibleDescription(spec->displayHelp());
        m_fields.insert(key, w);
        m_form->addRow(spec->displayLabel(), w);
    }
    m_updating = false;
    m_built = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        refreshField(it.key());
    refreshBridgeChoices();
    refreshTitle();
    markProblems();
}

QWidget *PropertyEditor::createField(const PropertySpec &spec)
{
    const QString key = QLatin1String(spec.key);
    switch (spec.type) {
    case PropertySpec::Type::Integer: {
        auto *spin = new QSpinBox(this);
        spin->setRange(int(spec.minimum), int(spec.maximum));
        spin->setFocusPolicy(Qt::StrongFocus);
        spin->installEventFilter(this); // no value changes from a wheel passing over it
        connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { edit(key, v); });
        connect(spin, &QSpinBox::editingFinished, this, [this, key] { endRun(key); });
        return spin;
    }
    case PropertySpec::Type::Flag: {
        auto *check = new QCheckBox(this);
        connect(check, &QCheckBox::toggled, this, [this, key](bool on) { edit(key, on); });
        return check;
    }
    case PropertySpec::Type::Choice: {
        auto *combo = new QComboBox(this);
        for (const PropertySpec::Option &o : spec.choices)
            combo->addItem(spec.choiceLabel(QLatin1String(o.value)), QLatin1String(o.value));
        connect(combo, &QComboBox::activated, this,
                [this, key, combo](int index) { edit(key, combo->itemData(index)); });
        return combo;
    }
    case PropertySpec::Type::Reference: {
        // The bridges of the container's own host, or none; attaching re-addresses it.
        auto *combo = new QComboBox(this);
        connect(combo, &QComboBox::activated, this, [this, combo](int index) {
            if (m_updating)
                return;
            Edit attach = EditingPolicy::attach(m_document, m_object,
                                                ObjectId(combo->itemData(index).toUInt()));
            emit message(attach.message);
            if (attach.command)
                m_undoStack->push(attach.command.release());
            else
                refreshField(QStringLiteral("bridge"));
        });
        return combo;
    }
    case PropertySpec::Type::Text:
    case PropertySpec::Type::Point:
    case PropertySpec::Type::Size:
        break;
    }
    auto *line = new QLineEdit(this);
    line->setClearButtonEnabled(false);
    line->installEventFilter(this); // focusing the field starts a typing run
    connect(line, &QLineEdit::textEdited, this,
            [this, key](const QString &text) { edit(key, text); });
    connect(line, &QLineEdit::editingFinished, this, [this, key] { endRun(key); });
    return line;
}

bool PropertyEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const QString key = watched->objectName();
        if (m_fields.value(key) == watched)
            endRun(key); // the next edit starts a new undo step
    } else if (event->type() == QEvent::FocusOut) {
        // Left for another field: a long text shows its start again. A menu or another window
        // taking the focus for a moment leaves the cursor where the typing goes on.
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        auto *line = qobject_cast<QLineEdit *>(watched);
        if (line && reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            line->setCursorPosition(0);
    } else if (event->type() == QEvent::Wheel) {
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(watched); spin && !spin->hasFocus())
            return true; // scrolling the dock must not change a value under the pointer
    }
    return QWidget::eventFilter(watched, event);
}

void PropertyEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_built)
        rebuild();
    QWidget::changeEvent(event);
}

void PropertyEditor::refreshField(const QString &key)
{
    QWidget *w = m_fields.value(key);
    if (!w)
        return;
    const QVariant value = m_document->property(m_object, key);
    m_updating = true;
    if (auto *line = qobject_cast<QLineEdit *>(w)) {
        if (line->text() != value.toString()) { // the field's own typing is already there
            line->setText(value.toString());
            if (!line->hasFocus())
                line->setCursorPosition(0); // a long text reads from its start, not its end
        }
    } else if (auto *spin = qobject_cast<QSpinBox *>(w)) {
        if (spin->value() != value.toInt())
            spin->setValue(value.toInt());
    } else if (auto *check = qobject_cast<QCheckBox *>(w)) {
        check->setChecked(value.toBool());
    } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
        combo->setCurrentIndex(std::max(0, combo->findData(value)));
    }
    m_updating = false;
}

void PropertyEditor::refreshBridgeChoices()
{
    auto *combo = qobject_cast<QComboBox *>(m_fields.value(QStringLiteral("bridge")));
    const Container *c = m_document->topology().container(m_object);
    if (!combo || !c)
        return;
    m_updating = true;
    combo->clear();
    combo->addItem(tr("(not attached)"), 0u);
    for (const Bridge *b : m_document->topology().bridgesOf(c->host))
        combo->addItem(b->name, b->id);
    m_updating = false;
    refreshField(QStringLiteral("bridge"));
}

void PropertyEditor::refreshTitle()
{
    const Topology &t = m_document->topology();
    m_title->setText(kindName(m_kind));
    if (m_object == kNoObject)
        m_subtitle->setFullText(t.name.isEmpty() ? tr("Select a host, bridge, container or link "
                                                      "to edit it.")
                                                 : t.name);
    else
        m_subtitle->setFullText(t.displayName(m_object));
}

void PropertyEditor::markProblems()
{
    QHash<QString, QStringList> byField;
    QStringList all;
    for (const Problem &p : m_problems->problemsOf(m_object)) {
        byField[p.field] << p.text();
        all << (p.severity == Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(p.text());
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QStringList problems = byField.value(it.key());
        const PropertySpec *spec = propertyspecs::find(m_kind, it.key());
        QStringList tip;
        if (spec && !spec->displayHelp().isEmpty())
            tip << spec->displayHelp();
        tip << problems;
        it.value()->setToolTip(tip.join(QLatin1Char('\n')));
        const bool invalid = !problems.isEmpty();
        if (it.value()->property("invalid").toBool() == invalid)
            continue; // restyling a field being typed into only when its state changes
        it.value()->setStyleSheet(
            invalid ? QStringLiteral("border: 2px solid #dc322f; border-radius: 3px;") : QString());
        it.value()->setProperty("invalid", invalid);
    }
    m_problemText->setText(all.join(QLatin1Char('\n')));
}

int PropertyEditor::runOf(const QString &key)
{
    auto it = m_runs.find(key);
    if (it == m_runs.end())
        it = m_runs.insert(key, SetPropertyCommand::newRun());
    return it.value();
}

void PropertyEditor::edit(const QString &key, const QVariant &value)
{
    if (m_updating || m_document->property(m_object, key) == value)
        return;
    const PropertySpec *spec = propertyspecs::find(m_kind, key);
    // Typed fields merge their keys into one step; a tick or a choice is a step of its own.
    const bool typed
        = spec
          && (spec->type == PropertySpec::Type::Text || spec->type == PropertySpec::Type::Integer);
    m_undoStack->push(
        new SetPropertyCommand(m_document, m_object, key, value, typed ? runOf(key) : 0));
}

void PropertyEditor::focusField(const QString &key)
{
    QWidget *w = m_fields.value(key);
    if (!w)
        return;
    w->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(w))
        line->selectAll();
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(w))
        spin->selectAll();
    endRun(key);
}

} // namespace studio
