#include "projectfile.h"

#include "propertyspec.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>
#include <optional>

namespace studio {
class ProjectFile
{
    Q_DECLARE_TR_FUNCTIONS(studio::ProjectFile)
};
} // namespace studio

namespace studio::projectfile {

namespace {

QString authText(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::Agent:
        return QStringLiteral("agent");
    case AuthMethod::KeyFile:
        return QStringLiteral("keyFile");
    case AuthMethod::Password:
        return QStringLiteral("password");
    }
    return QStringLiteral("agent");
}

QString datapathText(Datapath datapath)
{
    return datapath == Datapath::Netdev ? QStringLiteral("netdev") : QStringLiteral("system");
}

QJsonObject point(const QPointF &p)
{
    return QJsonObject{{QStringLiteral("x"), p.x()}, {QStringLiteral("y"), p.y()}};
}

QJsonValue idValue(ObjectId id)
{
    return QJsonValue(qint64(id));
}

// Reads values at JSON paths; the first problem is kept and later reads become no-ops, so the
// loader reads straight through and checks once at the end.
class Reader
{
public:
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    void fail(const QString &path, const QString &message, const QString &fix = {})
    {
        if (!m_error)
            m_error = Error{path, message, fix};
    }

    const QJsonValue field(const QJsonObject &object, const QString &path, const char *key,
                           bool required)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() && required)
            fail(join(path, key), ProjectFile::tr("is missing."),
                 ProjectFile::tr("Add the field or re-save the file."));
        return value;
    }

    QString string(const QJsonObject &object, const QString &path, const char *key,
                   bool required = true, const QString &fallback = {})
    {
        const QJsonValue value = field(object, path, key, required);
        if (failed() || value.isUndefined())
            return fallback;
        if (!value.isString()) {
            fail(join(path, key),
                 ProjectFile::tr("should be a string, not %1.").arg(typeName(value)));
            return fallback;
        }
        return value.toString();
    }

    qint64 integer(const QJsonObject &object, const QString &path, const char *key, qint64 min,
                   qint64 max, bool required = true, qint64 fallback = 0)
    {
        const QJsonValue value = field(object, path, key, required);
        if (failed() || value.isUndefined())
            return fallback;
        if (!value.isDouble()) {
            fail(join(path, key),
                 ProjectFile::tr("should be a number, not %1.").arg(typeName(value)));
            return fallback;
        }
        const double d = value.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(join(path, key), ProjectFile::tr("%1 is not a whole number from %2 to %3.")
                                      .arg(QString::number(d, 'g', 17))
                                      .arg(min)
                                      .arg(max));
            return fallback;
        }
        return qint64(d);
    }

    // A whole number in the range the property table gives the field.
    qint64 integer(const QJsonObject &object, const QString &path, ObjectKind kind, const char *key,
                   bool required, qint64 fallback)
    {
        const PropertySpec *spec = propertyspecs::find(kind, QLatin1String(key));
        Q_ASSERT(spec);
        return integer(object, path, key, spec->minimum, spec->maximum, required, fallback);
    }

    // One of the choices the property table gives the field, as its stored text.
    QString choice(const QJsonObject &object, const QString &path, ObjectKind kind, const char *key,
                   const QString &fallback)
    {
        const PropertySpec *spec = propertyspecs::find(kind, QLatin1String(key));
        Q_ASSERT(spec);
        const QString text = string(object, path, key, false);
        if (failed() || text.isEmpty())
            return fallback;
        if (!spec->isChoice(text)) {
            fail(join(path, key), ProjectFile::tr("'%1' is not one of: %2.")
                                      .arg(text, spec->choiceValues().join(QStringLiteral(", "))));
            return fallback;
        }
        return text;
    }

    bool boolean(const QJsonObject &object, const QString &path, const char *key, bool fallback)
    {
        const QJsonValue value = field(object, path, key, false);
        if (failed() || value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            fail(join(path, key),
                 ProjectFile::tr("should be true or false, not %1.").arg(typeName(value)));
            return fallback;
        }
        return value.toBool();
    }

    double real(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue value = field(object, path, key, true);
        if (failed())
            return 0;
        const double d = value.toDouble();
        if (!value.isDouble() || !std::isfinite(d) || std::abs(d) > 1e7) {
            fail(join(path, key),
                 ProjectFile::tr("should be a coordinate (a number within ±10,000,000)."));
            return 0;
        }
        return d;
    }

    QPointF position(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonObject p = childObject(object, path, key, false);
        if (failed() || p.isEmpty())
            return {};
        const QString at = join(path, key);
        return QPointF(real(p, at, "x"), real(p, at, "y"));
    }

    QJsonObject childObject(const QJsonObject &object, const QString &path, const char *key,
                            bool required = true)
    {
        const QJsonValue value = field(object, path, key, required);
        if (failed() || value.isUndefined())
            return {};
        if (!value.isObject()) {
            fail(join(path, key),
                 ProjectFile::tr("should be an object, not %1.").arg(typeName(value)));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &object, const QString &path, const char *key)
    {
        const QJsonValue value = field(object, path, key, false);
        if (failed() || value.isUndefined())
            return {};
        if (!value.isArray()) {
            fail(join(path, key),
                 ProjectFile::tr("should be a list, not %1.").arg(typeName(value)));
            return {};
        }
        return value.toArray();
    }

    QJsonObject element(const QJsonArray &array, qsizetype index, const QString &path)
    {
        const QJsonValue value = array.at(index);
        if (!value.isObject()) {
            fail(path, ProjectFile::tr("should be an object, not %1.").arg(typeName(value)));
            return {};
        }
        return value.toObject();
    }

    static QString join(const QString &path, const char *key)
    {
        return path.isEmpty() ? QLatin1String(key) : path + QLatin1Char('.') + QLatin1String(key);
    }
    static QString indexed(const QString &path, const char *key, qsizetype index)
    {
        return join(path, key) + QStringLiteral("[%1]").arg(index);
    }

private:
    static QString typeName(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return ProjectFile::tr("null");
        case QJsonValue::Bool:
            return ProjectFile::tr("true/false");
        case QJsonValue::Double:
            return ProjectFile::tr("a number");
        case QJsonValue::String:
            return ProjectFile::tr("a string");
        case QJsonValue::Array:
            return ProjectFile::tr("a list");
        case QJsonValue::Object:
            return ProjectFile::tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return ProjectFile::tr("nothing");
    }

    std::optional<Error> m_error;
};

constexpr qint64 kMaxId = 0xffffffffLL;

// Brings an older document up to kFormat, one version at a time, so the reader below knows only
// the newest format.
QJsonObject migrated(QJsonObject document, qint64 format)
{
    if (format < 2) { // format 1 had no image definitions: every image was pulled or preloaded
        QJsonObject topology = document.value(QLatin1String("topology")).toObject();
        if (document.value(QLatin1String("topology")).isObject()) {
            topology.insert(QStringLiteral("images"), QJsonArray());
            document.insert(QStringLiteral("topology"), topology);
        }
    }
    document.insert(QStringLiteral("format"), kFormat);
    return document;
}

QJsonArray imagesJson(const ImageDefinitions &images)
{
    QJsonArray array;
    for (const ImageDefinition &d : images) {
        QJsonObject o{{QStringLiteral("name"), d.name},
                      {QStringLiteral("source"), ImageDefinition::sourceText(d.source)}};
        if (d.source == ImageSource::Build || !d.dockerfile.isEmpty())
            o.insert(QStringLiteral("dockerfile"), d.dockerfile);
        if (!d.contextFiles.isEmpty())
            o.insert(QStringLiteral("contextFiles"), QJsonArray::fromStringList(d.contextFiles));
        if (!d.localImage.isEmpty())
            o.insert(QStringLiteral("localImage"), d.localImage);
        array.append(o);
    }
    return array;
}

} // namespace

QJsonObject toJsonObject(const Topology &topology)
{
    QJsonArray hosts;
    for (const Host &h : topology.hosts()) {
        QJsonArray bridges;
        for (const Bridge *b : topology.bridgesOf(h.id)) {
            bridges.append(QJsonObject{
                {QStringLiteral("id"), idValue(b->id)},
                {QStringLiteral("name"), b->name},
                {QStringLiteral("gatewayPort"), b->gatewayPort},
                {QStringLiteral("gatewayAddress"), b->gatewayAddress},
                {QStringLiteral("mtu"), b->mtu},
                {QStringLiteral("nat"), b->nat},
                {QStringLiteral("routed"), b->routed},
                {QStringLiteral("position"), point(b->position)},
            });
        }
        QJsonArray containers;
        for (const Container *c : topology.containersOf(h.id)) {
            containers.append(QJsonObject{
                {QStringLiteral("id"), idValue(c->id)},
                {QStringLiteral("name"), c->name},
                {QStringLiteral("image"), c->image},
                {QStringLiteral("bridge"), idValue(c->bridge)},
                {QStringLiteral("interface"), c->interfaceName},
                {QStringLiteral("address"), c->address},
                {QStringLiteral("gateway"), c->gateway},
                {QStringLiteral("position"), point(c->position)},
            });
        }
        QJsonObject host{
            {QStringLiteral("id"), idValue(h.id)},
            {QStringLiteral("name"), h.name},
            {QStringLiteral("managementAddress"), h.managementAddress},
            {QStringLiteral("sshPort"), h.sshPort},
            {QStringLiteral("user"), h.user},
            {QStringLiteral("auth"), authText(h.auth)},
            {QStringLiteral("sudo"), h.sudo},
            {QStringLiteral("underlayAddress"), h.underlayAddress},
            {QStringLiteral("underlayMtu"), h.underlayMtu},
            {QStringLiteral("datapath"), datapathText(h.datapath)},
            {QStringLiteral("position"), point(h.position)},
            {QStringLiteral("size"), QJsonObject{{QStringLiteral("width"), h.size.width()},
                                                 {QStringLiteral("height"), h.size.height()}}},
            {QStringLiteral("bridges"), bridges},
            {QStringLiteral("containers"), containers},
        };
        if (!h.keyFile.isEmpty())
            host.insert(QStringLiteral("keyFile"), h.keyFile);
        hosts.append(host);
    }
    QJsonArray links;
    for (const VxlanLink &l : topology.links()) {
        links.append(QJsonObject{
            {QStringLiteral("id"), idValue(l.id)},
            {QStringLiteral("bridgeA"), idValue(l.bridgeA)},
            {QStringLiteral("bridgeB"), idValue(l.bridgeB)},
            {QStringLiteral("portA"), l.portA},
            {QStringLiteral("portB"), l.portB},
            {QStringLiteral("vni"), qint64(l.vni)},
            {QStringLiteral("udpPort"), l.udpPort},
        });
    }
    return QJsonObject{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("topology"),
         QJsonObject{
             {QStringLiteral("name"), topology.name},
             {QStringLiteral("description"), topology.description},
             {QStringLiteral("hosts"), hosts},
             {QStringLiteral("links"), links},
             {QStringLiteral("images"), imagesJson(topology.images)},
         }},
    };
}

QByteArray toJson(const Topology &topology)
{
    return QJsonDocument(toJsonObject(topology)).toJson(QJsonDocument::Indented);
}

Result<Topology> fromJsonObject(const QJsonObject &original)
{
    Reader r;
    const qint64 format = r.integer(original, QString(), "format", 0, 1000000);
    if (r.failed())
        return r.error();
    if (format > kFormat)
        return Error{QStringLiteral("format"),
                     ProjectFile::tr(
                         "this file has format %1, written by a newer OverlayStudio; this version "
                         "reads format %2 and older.")
                         .arg(format)
                         .arg(kFormat),
                     ProjectFile::tr("Update OverlayStudio to open it.")};
    if (format < 1)
        return Error{QStringLiteral("format"),
                     ProjectFile::tr("format %1 does not exist.").arg(format),
                     ProjectFile::tr("The file is damaged; restore it from a backup.")};
    const QJsonObject document = migrated(original, format);

    Topology t;
    const QString top = QStringLiteral("topology");
    const QJsonObject root = r.childObject(document, QString(), "topology");
    t.name = r.string(root, top, "name");
    t.description = r.string(root, top, "description", false);

    // Adds through the model, which rejects duplicate ids and dangling references.
    const auto add = [&r](auto result, const QString &path) {
        if (!result && !r.failed())
            r.fail(path, result.error().message, result.error().fix);
    };

    const QJsonArray hosts = r.array(root, top, "hosts");
    for (qsizetype i = 0; i < hosts.size() && !r.failed(); ++i) {
        const QString at = Reader::indexed(top, "hosts", i);
        const QJsonObject o = r.element(hosts, i, at);
        Host h;
        h.id = ObjectId(r.integer(o, at, "id", 1, kMaxId));
        h.name = r.string(o, at, "name");
        h.managementAddress = r.string(o, at, "managementAddress", false);
        h.sshPort = int(r.integer(o, at, ObjectKind::Host, "sshPort", false, 22));
        h.user = r.string(o, at, "user", false, QStringLiteral("root"));
        const QString auth = r.choice(o, at, ObjectKind::Host, "auth", authText(h.auth));
        h.auth = auth == QLatin1String("keyFile")    ? AuthMethod::KeyFile
                 : auth == QLatin1String("password") ? AuthMethod::Password
                                                     : AuthMethod::Agent;
        h.keyFile = r.string(o, at, "keyFile", false);
        h.sudo = r.boolean(o, at, "sudo", false);
        h.underlayAddress = r.string(o, at, "underlayAddress", false);
        h.underlayMtu = int(r.integer(o, at, ObjectKind::Host, "underlayMtu", false, 1500));
        h.datapath = r.choice(o, at, ObjectKind::Host, "datapath", datapathText(h.datapath))
                             == QLatin1String("netdev")
                         ? Datapath::Netdev
                         : Datapath::System;
        h.position = r.position(o, at, "position");
        const QJsonObject size = r.childObject(o, at, "size", false);
        if (!size.isEmpty()) {
            const QString sizeAt = Reader::join(at, "size");
            const PropertySpec *frame
                = propertyspecs::find(ObjectKind::Host, QStringLiteral("size"));
            h.size
                = QSizeF(r.integer(size, sizeAt, "width", frame->minimum, frame->maximum),
                         r.integer(size, sizeAt, "height", frame->minimumHeight, frame->maximum));
        }
        if (r.failed())
            break;
        add(t.addHost(h), at);

        const QJsonArray bridges = r.array(o, at, "bridges");
        for (qsizetype j = 0; j < bridges.size() && !r.failed(); ++j) {
            const QString bat = Reader::indexed(at, "bridges", j);
            const QJsonObject bo = r.element(bridges, j, bat);
            Bridge b;
            b.host = h.id;
            b.id = ObjectId(r.integer(bo, bat, "id", 1, kMaxId));
            b.name = r.string(bo, bat, "name");
            b.gatewayPort = r.string(bo, bat, "gatewayPort");
            b.gatewayAddress = r.string(bo, bat, "gatewayAddress");
            b.mtu = int(r.integer(bo, bat, ObjectKind::Bridge, "mtu", false, 1450));
            b.nat = r.boolean(bo, bat, "nat", false);
            b.routed = r.boolean(bo, bat, "routed", false); // optional: files before it lack it
            b.position = r.position(bo, bat, "position");
            if (!r.failed())
                add(t.addBridge(b), bat);
        }
    }

    // Containers after every host's bridges, so a reference to another host's bridge is reported
    // as such rather than as missing.
    for (qsizetype i = 0; i < hosts.size() && !r.failed(); ++i) {
        const QString at = Reader::indexed(top, "hosts", i);
        const QJsonObject o = hosts.at(i).toObject();
        const ObjectId hostId = ObjectId(o.value(QLatin1String("id")).toDouble());
        const QJsonArray containers = r.array(o, at, "containers");
        for (qsizetype j = 0; j < containers.size() && !r.failed(); ++j) {
            const QString cat = Reader::indexed(at, "containers", j);
            const QJsonObject co = r.element(containers, j, cat);
            Container c;
            c.host = hostId;
            c.id = ObjectId(r.integer(co, cat, "id", 1, kMaxId));
            c.name = r.string(co, cat, "name");
            c.image = r.string(co, cat, "image");
            c.bridge = ObjectId(r.integer(co, cat, "bridge", 0, kMaxId, false, 0));
            c.interfaceName = r.string(co, cat, "interface", false, QStringLiteral("eth0"));
            c.address = r.string(co, cat, "address", false);
            c.gateway = r.string(co, cat, "gateway", false);
            c.position = r.position(co, cat, "position");
            if (!r.failed())
                add(t.addContainer(c), cat);
        }
    }

    const QJsonArray links = r.array(root, top, "links");
    for (qsizetype i = 0; i < links.size() && !r.failed(); ++i) {
        const QString at = Reader::indexed(top, "links", i);
        const QJsonObject o = r.element(links, i, at);
        VxlanLink l;
        l.id = ObjectId(r.integer(o, at, "id", 1, kMaxId));
        l.bridgeA = ObjectId(r.integer(o, at, "bridgeA", 1, kMaxId));
        l.bridgeB = ObjectId(r.integer(o, at, "bridgeB", 1, kMaxId));
        l.portA = r.string(o, at, "portA");
        l.portB = r.string(o, at, "portB");
        l.vni = quint32(r.integer(o, at, ObjectKind::Link, "vni", true, 0));
        l.udpPort = int(
            r.integer(o, at, ObjectKind::Link, "udpPort", false, Topology::kDefaultVxlanPort));
        if (!r.failed())
            add(t.addLink(l), at);
    }

    const QJsonArray images = r.array(root, top, "images");
    for (qsizetype i = 0; i < images.size() && !r.failed(); ++i) {
        const QString at = Reader::indexed(top, "images", i);
        const QJsonObject o = r.element(images, i, at);
        ImageDefinition d;
        d.name = r.string(o, at, "name");
        const QString source = r.string(o, at, "source");
        if (!r.failed() && !ImageDefinition::sourceFromText(source, &d.source))
            r.fail(Reader::join(at, "source"),
                   ProjectFile::tr("'%1' is not one of: %2.")
                       .arg(source, ImageDefinition::sourceTexts().join(QStringLiteral(", "))));
        d.dockerfile = r.string(o, at, "dockerfile", d.source == ImageSource::Build);
        d.localImage = r.string(o, at, "localImage", false);
        const QJsonArray files = r.array(o, at, "contextFiles");
        for (qsizetype f = 0; f < files.size() && !r.failed(); ++f) {
            if (!files.at(f).isString())
                r.fail(Reader::indexed(at, "contextFiles", f),
                       ProjectFile::tr("should be a path relative to the project file, e.g. "
                                       "files/motd."));
            else
                d.contextFiles << files.at(f).toString();
        }
        t.images.push_back(d);
    }

    if (r.failed())
        return r.error();
    return t;
}

Result<Topology> fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(parseError.offset - (before.lastIndexOf('\n') + 1)) + 1;
        return Error{
            ProjectFile::tr("line %1, column %2").arg(line).arg(column),
            ProjectFile::tr("the file is not valid JSON (%1).").arg(parseError.errorString()),
            ProjectFile::tr("Fix the file in a text editor or restore it from a backup.")};
    }
    if (!document.isObject())
        return Error{QString(),
                     ProjectFile::tr("the file does not contain an OverlayStudio project."),
                     ProjectFile::tr("Open a .ovstudio.json file saved by OverlayStudio.")};
    return fromJsonObject(document.object());
}

Result<Topology> load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, ProjectFile::tr("cannot be opened: %1.").arg(file.errorString()),
                     ProjectFile::tr("Check that the file exists and that you may read it.")};
    if (file.size() > kMaxFileSize)
        return Error{path,
                     ProjectFile::tr("is %1 MB; project files are at most %2 MB.")
                         .arg(file.size() / (1024 * 1024))
                         .arg(kMaxFileSize / (1024 * 1024)),
                     ProjectFile::tr("Open an OverlayStudio project file.")};
    auto result = fromJson(file.readAll());
    if (!result) {
        Error e = result.error();
        e.where = e.where.isEmpty() ? path : path + QStringLiteral(": ") + e.where;
        return e;
    }
    return result;
}

Status save(const Topology &topology, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{path, ProjectFile::tr("cannot be written: %1.").arg(file.errorString()),
                     ProjectFile::tr("Choose a folder you may write to.")};
    const QByteArray json = toJson(topology);
    // flush() before commit(): QSaveFile's close ignores a failed final write and would put a
    // truncated file in place of the old one (a full disk, a file size limit).
    if (file.write(json) != json.size() || !file.flush() || !file.commit())
        return Error{
            path, ProjectFile::tr("could not be saved: %1.").arg(file.errorString()),
            ProjectFile::tr(
                "Check the free disk space and try again; the previous file is unchanged.")};
    return success();
}

} // namespace studio::projectfile
