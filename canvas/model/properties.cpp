#include "properties.h"

#include <QCoreApplication>

namespace studio {
class Properties
{
    Q_DECLARE_TR_FUNCTIONS(studio::Properties)
};
} // namespace studio

namespace studio::properties {

namespace {

Error unknown(const Topology &t, ObjectId id, const QString &key)
{
    return Error{t.displayName(id), Properties::tr("has no property '%1'.").arg(key), {}};
}

Result<qint64> toInteger(const Topology &t, ObjectId id, const QString &key, const QVariant &v,
                         qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 n = v.toLongLong(&ok);
    if (!ok || n < min || n > max)
        return Error{
            t.displayName(id),
            Properties::tr("%1 must be a whole number from %2 to %3.").arg(key).arg(min).arg(max),
            {}};
    return n;
}

} // namespace

QStringList keys(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Host:
        return {QStringLiteral("name"),        QStringLiteral("managementAddress"),
                QStringLiteral("sshPort"),     QStringLiteral("user"),
                QStringLiteral("auth"),        QStringLiteral("keyFile"),
                QStringLiteral("sudo"),        QStringLiteral("underlayAddress"),
                QStringLiteral("underlayMtu"), QStringLiteral("datapath")};
    case ObjectKind::Bridge:
        return {QStringLiteral("name"), QStringLiteral("gatewayPort"),
                QStringLiteral("gatewayAddress"), QStringLiteral("mtu"), QStringLiteral("nat")};
    case ObjectKind::Container:
        return {QStringLiteral("name"), QStringLiteral("image"), QStringLiteral("interface"),
                QStringLiteral("address"), QStringLiteral("gateway"), QStringLiteral("bridge")};
    case ObjectKind::Link:
        return {QStringLiteral("vni"), QStringLiteral("udpPort"), QStringLiteral("portA"),
                QStringLiteral("portB")};
    case ObjectKind::None:
        break;
    }
    return {};
}

QVariant get(const Topology &t, ObjectId id, const QString &key)
{
    if (const Host *h = t.host(id)) {
        if (key == QLatin1String("name"))
            return h->name;
        if (key == QLatin1String("managementAddress"))
            return h->managementAddress;
        if (key == QLatin1String("sshPort"))
            return h->sshPort;
        if (key == QLatin1String("user"))
            return h->user;
        if (key == QLatin1String("auth"))
            return h->auth == AuthMethod::KeyFile    ? QStringLiteral("keyFile")
                   : h->auth == AuthMethod::Password ? QStringLiteral("password")
                                                     : QStringLiteral("agent");
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
    const QString text = value.toString();
    if (Host *h = t.host(id)) {
        if (key == QLatin1String("name"))
            h->name = text;
        else if (key == QLatin1String("managementAddress"))
            h->managementAddress = text;
        else if (key == QLatin1String("user"))
            h->user = text;
        else if (key == QLatin1String("keyFile"))
            h->keyFile = text;
        else if (key == QLatin1String("underlayAddress"))
            h->underlayAddress = text;
        else if (key == QLatin1String("sudo"))
            h->sudo = value.toBool();
        else if (key == QLatin1String("position"))
            h->position = value.toPointF();
        else if (key == QLatin1String("size")) {
            const QSizeF size = value.toSizeF();
            if (size.width() < 200 || size.height() < 120 || size.width() > 100000
                || size.height() > 100000)
                return Error{
                    t.displayName(id), Properties::tr("a host frame is at least 200 x 120."), {}};
            h->size = size;
        } else if (key == QLatin1String("sshPort") || key == QLatin1String("underlayMtu")) {
            auto n = toInteger(t, id, key, value, 1, 65535);
            if (!n)
                return n.error();
            (key == QLatin1String("sshPort") ? h->sshPort : h->underlayMtu) = int(n.value());
        } else if (key == QLatin1String("auth")) {
            if (text == QLatin1String("agent"))
                h->auth = AuthMethod::Agent;
            else if (text == QLatin1String("keyFile"))
                h->auth = AuthMethod::KeyFile;
            else if (text == QLatin1String("password"))
                h->auth = AuthMethod::Password;
            else
                return Error{t.displayName(id),
                             Properties::tr("auth must be agent, keyFile or password."),
                             {}};
        } else if (key == QLatin1String("datapath")) {
            if (text == QLatin1String("system"))
                h->datapath = Datapath::System;
            else if (text == QLatin1String("netdev"))
                h->datapath = Datapath::Netdev;
            else
                return Error{
                    t.displayName(id), Properties::tr("datapath must be system or netdev."), {}};
        } else
            return unknown(t, id, key);
        return success();
    }
    if (Bridge *b = t.bridge(id)) {
        if (key == QLatin1String("name"))
            b->name = text;
        else if (key == QLatin1String("gatewayPort"))
            b->gatewayPort = text;
        else if (key == QLatin1String("gatewayAddress"))
            b->gatewayAddress = text;
        else if (key == QLatin1String("nat"))
            b->nat = value.toBool();
        else if (key == QLatin1String("position"))
            b->position = value.toPointF();
        else if (key == QLatin1String("mtu")) {
            auto n = toInteger(t, id, key, value, 1, 65535);
            if (!n)
                return n.error();
            b->mtu = int(n.value());
        } else
            return unknown(t, id, key);
        return success();
    }
    if (Container *c = t.container(id)) {
        if (key == QLatin1String("name"))
            c->name = text;
        else if (key == QLatin1String("image"))
            c->image = text;
        else if (key == QLatin1String("interface"))
            c->interfaceName = text;
        else if (key == QLatin1String("address"))
            c->address = text;
        else if (key == QLatin1String("gateway"))
            c->gateway = text;
        else if (key == QLatin1String("position"))
            c->position = value.toPointF();
        else if (key == QLatin1String("bridge")) {
            const ObjectId bridge = ObjectId(value.toUInt());
            if (bridge != kNoObject && (!t.bridge(bridge) || t.bridge(bridge)->host != c->host))
                return Error{t.displayName(id),
                             Properties::tr("can only attach to a bridge on its own host."),
                             {}};
            c->bridge = bridge;
        } else
            return unknown(t, id, key);
        return success();
    }
    if (VxlanLink *l = t.link(id)) {
        if (key == QLatin1String("portA"))
            l->portA = text;
        else if (key == QLatin1String("portB"))
            l->portB = text;
        else if (key == QLatin1String("vni") || key == QLatin1String("udpPort")) {
            auto n = toInteger(t, id, key, value, 0, 0xffffffffLL);
            if (!n)
                return n.error();
            if (key == QLatin1String("vni"))
                l->vni = quint32(n.value());
            else
                l->udpPort = int(std::min<qint64>(n.value(), 65536));
        } else
            return unknown(t, id, key);
        return success();
    }
    return Error{QString(), Properties::tr("object %1 does not exist.").arg(id), {}};
}

} // namespace studio::properties
