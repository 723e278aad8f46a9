#include "properties.h"

#include "propertyspec.h"

#include <QCoreApplication>

#include <cmath>

namespace studio {
class Properties
{
    Q_DECLARE_TR_FUNCTIONS(studio::Properties)
};
} // namespace studio

namespace studio::properties {

namespace {

QString ownerName(const Topology &t, ObjectId id)
{
    return id == kNoObject ? Properties::tr("the topology") : t.displayName(id);
}

// The value converted to what the field holds, or why it cannot be: the type and the range are
// checked here, once, from the spec table.
Result<QVariant> checked(const Topology &t, ObjectId id, const PropertySpec &spec,
                         const QVariant &value)
{
    const QString owner = ownerName(t, id);
    switch (spec.type) {
    case PropertySpec::Type::Text:
        return QVariant(value.toString());
    case PropertySpec::Type::Flag:
        return QVariant(value.toBool());
    case PropertySpec::Type::Integer: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n < spec.minimum || n > spec.maximum)
            return Error{owner,
                         Properties::tr("%1 must be a whole number from %2.")
                             .arg(spec.displayLabel(), spec.rangeText()),
                         {}};
        return QVariant(n);
    }
    case PropertySpec::Type::Choice: {
        const QString text = value.toString();
        if (!spec.isChoice(text))
            return Error{
                owner,
                Properties::tr("%1 must be one of: %2.")
                    .arg(spec.displayLabel(), spec.choiceValues().join(QStringLiteral(", "))),
                {}};
        return QVariant(text);
    }
    case PropertySpec::Type::Reference:
        return QVariant(ObjectId(value.toUInt()));
    case PropertySpec::Type::Point: {
        const QPointF p = value.toPointF();
        if (!std::isfinite(p.x()) || !std::isfinite(p.y())
            || std::abs(p.x()) > PropertySpec::kMaxCoordinate
            || std::abs(p.y()) > PropertySpec::kMaxCoordinate)
            return Error{owner, Properties::tr("a position lies within ±10,000,000."), {}};
        return QVariant(p);
    }
    case PropertySpec::Type::Size: {
        const QSizeF size = value.toSizeF();
        if (size.width() < spec.minimum || size.height() < spec.minimumHeight
            || size.width() > spec.maximum || size.height() > spec.maximum)
            return Error{owner,
                         Properties::tr("a host frame is at least %1 x %2.")
                             .arg(spec.minimum)
                             .arg(spec.minimumHeight),
                         {}};
        return QVariant(size);
    }
    }
    return Error{owner, Properties::tr("has no property '%1'.").arg(QLatin1String(spec.key)), {}};
}

QString authText(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::KeyFile:
        return QStringLiteral("keyFile");
    case AuthMethod::Password:
        return QStringLiteral("password");
    case AuthMethod::Agent:
        break;
    }
    return QStringLiteral("agent");
}

AuthMethod authFrom(const QString &text)
{
    return text == QLatin1String("keyFile")    ? AuthMethod::KeyFile
           : text == QLatin1String("password") ? AuthMethod::Password
                                               : AuthMethod::Agent;
}

} // namespace

QStringList keys(ObjectKind kind)
{
    QStringList keys;
    for (const PropertySpec *spec : propertyspecs::of(kind)) {
        if (spec->editable)
            keys << QLatin1String(spec->key);
    }
    return keys;
}

QVariant get(const Topology &t, ObjectId id, const QString &key)
{
    if (id == kNoObject) {
        if (key == QLatin1String("name"))
            return t.name;
        if (key == QLatin1String("description"))
            return t.description;
    } else if (const Host *h = t.host(id)) {
        if (key == QLatin1String("name"))
            return h->name;
        if (key == QLatin1String("managementAddress"))
            return h->managementAddress;
        if (key == QLatin1String("sshPort"))
            return h->sshPort;
        if (key == QLatin1String("user"))
            return h->user;
        if (key == QLatin1String("auth"))
            return authText(h->auth);
        if (key == QLatin1String("keyFile"))
            return h->keyFile;
        if (key == QLatin1String("sudo"))
            return h->sudo;
        if (key == QLatin1String("underlayAddress"))
            return h->underlayAddress;
        if (key == QLatin1String("underlayMtu"))
            return h->underlayMtu;
        if (key == QLatin1String("datapath"))
            return h->datapath == Datapath::Netdev ? QStringLiteral("netdev")
                                                   : QStringLiteral("system");
        if (key == QLatin1String("position"))
            return h->position;
        if (key == QLatin1String("size"))
            return h->size;
    } else if (const Bridge *b = t.bridge(id)) {
        if (key == QLatin1String("name"))
            return b->name;
        if (key == QLatin1String("gatewayPort"))
            return b->gatewayPort;
        if (key == QLatin1String("gatewayAddress"))
            return b->gatewayAddress;
        if (key == QLatin1String("mtu"))
            return b->mtu;
        if (key == QLatin1String("nat"))
            return b->nat;
        if (key == QLatin1String("position"))
            return b->position;
    } else if (const Container *c = t.container(id)) {
        if (key == QLatin1String("name"))
            return c->name;
        if (key == QLatin1String("image"))
            return c->image;
        if (key == QLatin1String("interface"))
            return c->interfaceName;
        if (key == QLatin1String("address"))
            return c->address;
        if (key == QLatin1String("gateway"))
            return c->gateway;
        if (key == QLatin1String("bridge"))
            return c->bridge;
        if (key == QLatin1String("position"))
            return c->position;
    } else if (const VxlanLink *l = t.link(id)) {
        if (key == QLatin1String("vni"))
            return l->vni;
        if (key == QLatin1String("udpPort"))
            return l->udpPort;
        if (key == QLatin1String("portA"))
            return l->portA;
        if (key == QLatin1String("portB"))
            return l->portB;
    }
    return {};
}

Status set(Topology &t, ObjectId id, const QString &key, const QVariant &value)
{
    const ObjectKind kind = t.kindOf(id);
    if (id != kNoObject && kind == ObjectKind::None)
        return Error{QString(), Properties::tr("object %1 does not exist.").arg(id), {}};
    const PropertySpec *spec = propertyspecs::find(kind, key);
    if (!spec)
        return Error{ownerName(t, id), Properties::tr("has no property '%1'.").arg(key), {}};
    const Result<QVariant> converted = checked(t, id, *spec, value);
    if (!converted)
        return converted.error();
    const QVariant &v = converted.value();
    const QString text = v.toString();

    switch (kind) {
    case ObjectKind::None:
        (key == QLatin1String("name") ? t.name : t.description) = text;
        return success();
    case ObjectKind::Host: {
        Host &h = *t.host(id);
        if (key == QLatin1String("name"))
            h.name = text;
        else if (key == QLatin1String("managementAddress"))
            h.managementAddress = text;
        else if (key == QLatin1String("sshPort"))
            h.sshPort = v.toInt();
        else if (key == QLatin1String("user"))
            h.user = text;
        else if (key == QLatin1String("auth"))
            h.auth = authFrom(text);
        else if (key == QLatin1String("keyFile"))
            h.keyFile = text;
        else if (key == QLatin1String("sudo"))
            h.sudo = v.toBool();
        else if (key == QLatin1String("underlayAddress"))
            h.underlayAddress = text;
        else if (key == QLatin1String("underlayMtu"))
            h.underlayMtu = v.toInt();
        else if (key == QLatin1String("datapath"))
            h.datapath = text == QLatin1String("netdev") ? Datapath::Netdev : Datapath::System;
        else if (key == QLatin1String("position"))
            h.position = v.toPointF();
        else if (key == QLatin1String("size"))
            h.size = v.toSizeF();
        return success();
    }
    case ObjectKind::Bridge: {
        Bridge &b = *t.bridge(id);
        if (key == QLatin1String("name"))
            b.name = text;
        else if (key == QLatin1String("gatewayPort"))
            b.gatewayPort = text;
        else if (key == QLatin1String("gatewayAddress"))
            b.gatewayAddress = text;
        else if (key == QLatin1String("mtu"))
            b.mtu = v.toInt();
        else if (key == QLatin1String("nat"))
            b.nat = v.toBool();
        else if (key == QLatin1String("position"))
            b.position = v.toPointF();
        return success();
    }
    case ObjectKind::Container: {
        Container &c = *t.container(id);
        if (key == QLatin1String("bridge")) {
            const ObjectId bridge = ObjectId(v.toUInt());
            if (bridge != kNoObject && (!t.bridge(bridge) || t.bridge(bridge)->host != c.host))
                return Error{
                    t.displayName(id),
                    Properties::tr("can only attach to a bridge on its own host."),
                    Properties::tr("Choose one of %1's bridges.").arg(t.displayName(c.host))};
            c.bridge = bridge;
        } else if (key == QLatin1String("name"))
            c.name = text;
        else if (key == QLatin1String("image"))
            c.image = text;
        else if (key == QLatin1String("interface"))
            c.interfaceName = text;
        else if (key == QLatin1String("address"))
            c.address = text;
        else if (key == QLatin1String("gateway"))
            c.gateway = text;
        else if (key == QLatin1String("position"))
            c.position = v.toPointF();
        return success();
    }
    case ObjectKind::Link: {
        VxlanLink &l = *t.link(id);
        if (key == QLatin1String("vni"))
            l.vni = quint32(v.toLongLong());
        else if (key == QLatin1String("udpPort"))
            l.udpPort = v.toInt();
        else if (key == QLatin1String("portA"))
            l.portA = text;
        else if (key == QLatin1String("portB"))
            l.portB = text;
        return success();
    }
    }
    return success();
}

} // namespace studio::properties
