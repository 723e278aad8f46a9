#include "propertyeditor.h"

#include "commands/commands.h"
#include "model/properties.h"
#include "model/validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace studio {

namespace {

struct FieldInfo
{
    const char *label;
    enum Kind { Text, Number, Flag, Choice, BridgeChoice } kind;
    int min = 0;
    int max = 0;
    QStringList choices = {};
};

FieldInfo info(const QString &key)
{
    static const QHash<QString, FieldInfo> fields{
        {QStringLiteral("name"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Name"), FieldInfo::Text}},
        {QStringLiteral("managementAddress"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Management address"), FieldInfo::Text}},
        {QStringLiteral("sshPort"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "SSH port"), FieldInfo::Number, 1, 65535}},
        {QStringLiteral("user"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "User"), FieldInfo::Text}},
        {QStringLiteral("auth"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Authentication"),
          FieldInfo::Choice,
          0,
          0,
          {QStringLiteral("agent"), QStringLiteral("keyFile"), QStringLiteral("password")}}},
        {QStringLiteral("keyFile"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Key file"), FieldInfo::Text}},
        {QStringLiteral("sudo"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Use sudo"), FieldInfo::Flag}},
        {QStringLiteral("underlayAddress"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Underlay (VTEP) address"), FieldInfo::Text}},
        {QStringLiteral("underlayMtu"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Underlay MTU"), FieldInfo::Number, 576,
          65535}},
        {QStringLiteral("datapath"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "OVS datapath"),
          FieldInfo::Choice,
          0,
          0,
          {QStringLiteral("system"), QStringLiteral("netdev")}}},
        {QStringLiteral("gatewayPort"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Gateway port"), FieldInfo::Text}},
        {QStringLiteral("gatewayAddress"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Gateway address"), FieldInfo::Text}},
        {QStringLiteral("mtu"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "MTU"), FieldInfo::Number, 68, 65535}},
        {QStringLiteral("nat"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "NAT to the outside"), FieldInfo::Flag}},
        {QStringLiteral("image"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Image"), FieldInfo::Text}},
        {QStringLiteral("interface"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Interface"), FieldInfo::Text}},
        {QStringLiteral("address"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Address"), FieldInfo::Text}},
        {QStringLiteral("bridge"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Attached to bridge"),
          FieldInfo::BridgeChoice}},
        {QStringLiteral("gateway"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Gateway (empty: the bridge's)"),
          FieldInfo::Text}},
        {QStringLiteral("vni"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "VNI"), FieldInfo::Number, 0, 16777215}},
        {QStringLiteral("udpPort"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "UDP port"), FieldInfo::Number, 1, 65535}},
        {QStringLiteral("portA"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Tunnel port, first end"), FieldInfo::Text}},
        {QStringLiteral("portB"),
         {QT_TRANSLATE_NOOP("studio::PropertyEditor", "Tunnel port, second end"), FieldInfo::Text}},
    };
    return fields.value(key, {"", FieldInfo::Text});
}

} // namespace

PropertyEditor::PropertyEditor(TopologyDocument *document, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_undoStack(undoStack)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    auto *formHost = new QWidget(this);
    m_form = new QFormLayout(formHost);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(formHost);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #dc322f"));
    layout->addWidget(m_problems);
    layout->addStretch();

    connect(document, &TopologyDocument::objectChanged, this, [this](ObjectId id) {
        if (id == m_object)
            refreshValues();
        markProblems();
    });
    connect(document, &TopologyDocument::objectRemoved, this, [this](ObjectId id) {
        if (id == m_object)
            showObject(kNoObject);
    });
    connect(document, &TopologyDocument::modelReset, this, [this] { showObject(kNoObject); });
    showObject(kNoObject);
}

void PropertyEditor::showObject(ObjectId id)
{
    m_object = m_document->topology().contains(id) ? id : kNoObject;
    rebuild();
}

void PropertyEditor::rebuild()
{
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_fields.clear();
    const Topology &t = m_document->topology();
    if (m_object == kNoObject) {
        m_title->setText(tr("Select a host, bridge, container or link to edit it."));
        m_problems->clear();
        return;
    }
    static const QHash<ObjectKind, const char *> kinds{
        {ObjectKind::Host, QT_TR_NOOP("Host")},
        {ObjectKind::Bridge, QT_TR_NOOP("Bridge")},
        {ObjectKind::Container, QT_TR_NOOP("Container")},
        {ObjectKind::Link, QT_TR_NOOP("VXLAN link")}};
    m_title->setText(
        tr("%1: %2").arg(tr(kinds.value(t.kindOf(m_object))), t.displayName(m_object)));
    for (const QString &key : properties::keys(t.kindOf(m_object))) {
        const FieldInfo f = info(key);
        QWidget *w = nullptr;
        switch (f.kind) {
        case FieldInfo::Text: {
            auto *line = new QLineEdit(this);
            connect(line, &QLineEdit::textEdited, this,
                    [this, key](const QString &text) { edit(key, text); });
            w = line;
            break;
        }
        case FieldInfo::Number: {
            auto *spin = new QSpinBox(this);
            spin->setRange(f.min, f.max);
            connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { edit(key, v); });
            w = spin;
            break;
        }
        case FieldInfo::Flag: {
            auto *check = new QCheckBox(this);
            connect(check, &QCheckBox::toggled, this, [this, key](bool on) { edit(key, on); });
            w = check;
            break;
        }
        case FieldInfo::BridgeChoice: {
            // The bridges of the container's own host, or none.
            auto *combo = new QComboBox(this);
            combo->addItem(tr("(not attached)"), 0u);
            for (const Bridge *b : t.bridgesOf(t.container(m_object)->host))
                combo->addItem(b->name, b->id);
            connect(combo, &QComboBox::activated, this,
                    [this, key, combo](int index) { edit(key, combo->itemData(index)); });
            w = combo;
            break;
        }
        case FieldInfo::Choice: {
            auto *combo = new QComboBox(this);
            combo->addItems(f.choices);
            connect(combo, &QComboBox::currentTextChanged, this,
                    [this, key](const QString &v) { edit(key, v); });
            w = combo;
            break;
        }
        }
        w->setObjectName(key);
        m_fields.insert(key, w);
        m_form->addRow(tr(f.label), w);
    }
    refreshValues();
    markProblems();
}

void PropertyEditor::refreshValues()
{
    m_updating = true;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QVariant value = m_document->property(m_object, it.key());
        if (auto *line = qobject_cast<QLineEdit *>(it.value())) {
            if (line->text() != value.toString()) // leave the cursor alone while typing
                line->setText(value.toString());
        } else if (auto *spin = qobject_cast<QSpinBox *>(it.value())) {
            spin->setValue(value.toInt());
        } else if (auto *check = qobject_cast<QCheckBox *>(it.value())) {
            check->setChecked(value.toBool());
        } else if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            if (it.key() == QLatin1String("bridge"))
                combo->setCurrentIndex(std::max(0, combo->findData(value.toUInt())));
            else
                combo->setCurrentText(value.toString());
        }
    }
    m_updating = false;
}

void PropertyEditor::markProblems()
{
    if (m_object == kNoObject)
        return;
    QHash<QString, QStringList> byField;
    QStringList all;
    for (const Problem &p : validate(m_document->topology())) {
        if (p.object != m_object)
            continue;
        byField[p.field] << p.text();
        all << (p.severity == Severity::Error ? tr("Error: %1") : tr("Warning: %1")).arg(p.text());
    }
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const QStringList problems = byField.value(it.key());
        it.value()->setToolTip(problems.join(QLatin1Char('\n')));
        it.value()->setStyleSheet(
            problems.isEmpty() ? QString()
                               : QStringLiteral("border: 2px solid #dc322f; border-radius: 3px;"));
        it.value()->setProperty("invalid", !problems.isEmpty());
    }
    m_problems->setText(all.join(QLatin1Char('\n')));
}

void PropertyEditor::edit(const QString &key, const QVariant &value)
{
    if (m_updating || m_object == kNoObject || m_document->property(m_object, key) == value)
        return;
    m_undoStack->push(new SetPropertyCommand(m_document, m_object, key, value));
}

} // namespace studio
