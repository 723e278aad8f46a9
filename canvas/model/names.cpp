#include "names.h"

#include "addresses.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace studio {
class NameRules
{
    Q_DECLARE_TR_FUNCTIONS(studio::NameRules)
};
} // namespace studio

namespace studio::names {

namespace {

// Names the first character the rules reject, so the message points at it.
QString badCharacter(const QString &text, const QRegularExpression &allowedChar)
{
    for (const QChar c : text) {
        if (!allowedChar.match(QString(c)).hasMatch()) {
            if (c == QLatin1Char(' '))
                return NameRules::tr("contains a space");
            if (c.isPrint() && !c.isSpace())
                return NameRules::tr("contains '%1'").arg(c);
            return NameRules::tr("contains the character U+%1")
                .arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return {};
}

QString simpleNameProblem(const QString &name, int minLength, int maxLength, const char *limitOwner)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.-]$"));
    if (name.isEmpty())
        return NameRules::tr("is empty");
    if (const QString bad = badCharacter(name, allowed); !bad.isEmpty())
        return bad + NameRules::tr("; use only letters, digits, '_', '.' and '-'");
    if (name.size() > maxLength)
        return NameRules::tr("is %1 characters long; %2 allows at most %3")
            .arg(name.size())
            .arg(NameRules::tr(limitOwner))
            .arg(maxLength);
    if (name.size() < minLength)
        return NameRules::tr("is too short; %1 needs at least %2 characters")
            .arg(NameRules::tr(limitOwner))
            .arg(minLength);
    if (!name.front().isLetterOrNumber())
        return NameRules::tr("starts with '%1'; start with a letter or digit").arg(name.front());
    return {};
}

} // namespace

QString interfaceProblem(const QString &name)
{
    return simpleNameProblem(name, 1, 15, QT_TRANSLATE_NOOP("studio::NameRules", "Linux"));
}

QString labelProblem(const QString &name)
{
    return simpleNameProblem(name, 1, 63, QT_TRANSLATE_NOOP("studio::NameRules", "OverlayStudio"));
}

QString containerProblem(const QString &name)
{
    return simpleNameProblem(name, 2, 63, QT_TRANSLATE_NOOP("studio::NameRules", "Docker"));
}

QString imageProblem(const QString &reference)
{
    // registry[:port]/path/name[:tag][@sha256:digest], lower-case path components as Docker
    // demands.
    static const QRegularExpression image(QStringLiteral(
        "^(?:[a-zA-Z0-9][a-zA-Z0-9.-]*(?::[0-9]{1,5})?/)?"
        "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
        "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$"));
    if (reference.isEmpty())
        return NameRules::tr("is empty");
    if (reference.size() > 255)
        return NameRules::tr("is %1 characters long; Docker allows at most 255")
            .arg(reference.size());
    if (!image.match(reference).hasMatch()) {
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.:/@-]$"));
        if (const QString bad = badCharacter(reference, allowed); !bad.isEmpty())
            return bad
                   + NameRules::tr(
                       "; an image is written like ubuntu:v1 or registry:5000/team/app:1.2");
        return NameRules::tr(
            "is not a Docker image reference; write it like ubuntu:v1 (lower-case name, "
            "optional :tag)");
    }
    return {};
}

QString userProblem(const QString &user)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    if (user.isEmpty())
        return NameRules::tr("is empty");
    if (!valid.match(user).hasMatch())
        return NameRules::tr(
            "is not a valid user name; use up to 32 lower-case letters, digits, '_' or '-', "
            "starting with a letter");
    return {};
}

QString hostAddressProblem(const QString &text)
{
    if (text.isEmpty())
        return NameRules::tr("is empty");
    static const QRegularExpression dottedQuad(QStringLiteral("^[0-9]+(\\.[0-9]+){0,3}$"));
    if (dottedQuad.match(text).hasMatch()) {
        QString ignored;
        if (!parseIpv4(text, &ignored))
            return NameRules::tr(
                "is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)");
        return {};
    }
    if (text.contains(QLatin1Char(':'))) {
        QHostAddress address;
        if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return NameRules::tr("is not a valid IPv6 address");
        return {};
    }
    static const QRegularExpression dnsName(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    if (!dnsName.match(text).hasMatch())
        return NameRules::tr("is neither an IP address nor a host name");
    return {};
}

} // namespace studio::names
