#pragma once

#include "ids.h"

#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace studio {

// One field of one kind of object: the key the project file and the commands use, its type, its
// valid range or choices, and the words a user sees. The model's get/set, the project file, the
// property editor and validation all read this one table, so a field has one spelling and one
// range everywhere.
struct PropertySpec
{
    enum class Type {
        Text,      // QString
        Integer,   // within [minimum, maximum]
        Flag,      // bool
        Choice,    // one of choices (stored as its value text)
        Reference, // an ObjectId (a container's bridge)
        Point,     // QPointF (positions, within ±kMaxCoordinate)
        Size,      // QSizeF (host frames, at least minimum x minimumHeight)
    };
    struct Option
    {
        const char *value; // as stored in the file: "keyFile"
        const char *label; // as shown: "Key file" (QT_TRANSLATE_NOOP)
    };

    ObjectKind kind; // ObjectKind::None: the topology itself
    const char *key;
    Type type;
    const char *label; // the editor's field label (QT_TRANSLATE_NOOP("studio::PropertySpec", ...))
    const char *noun;  // in undo texts, "Change <noun> of host2/br0" (QT_TRANSLATE_NOOP too)
    qint64 minimum = 0;
    qint64 maximum = 0;
    std::vector<Option> choices = {};
    bool editable = true; // listed in the property editor (positions and sizes are dragged)
    qint64 minimumHeight = 0;
    const char *help = nullptr; // the editor's tooltip (QT_TRANSLATE_NOOP)

    static constexpr double kMaxCoordinate = 1e7;

    QString displayLabel() const;
    QString displayNoun() const;
    QString displayHelp() const;
    QStringList choiceValues() const;
    QString choiceLabel(const QString &value) const;
    bool isChoice(const QString &value) const;
    // "5 to 65535", for messages.
    QString rangeText() const;
};

namespace propertyspecs {

// Every field of every kind, in the order the editor lists them.
const std::vector<PropertySpec> &all();
const PropertySpec *find(ObjectKind kind, const QString &key);
std::vector<const PropertySpec *> of(ObjectKind kind);

} // namespace propertyspecs

} // namespace studio
