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

// Rejects the first character the rules do not allow, naming it so the message points at it.
Status allowedCharacters(const QString &text, const QRegularExpression &allowedChar)
{
    for (const QChar c : text) {
        if (!allowedChar.match(QString(c)).hasMatch()) {
            if (c == QLatin1Char(' '))
                return Error{text, NameRules::tr("contains a space"), {}};
            if (c.isPrint() && !c.isSpace())
                return Error{text, NameRules::tr("contains '%1'").arg(c), {}};
            return Error{text,
                         NameRules::tr("contains the character U+%1")
                             .arg(c.unicode(), 4, 16, QLatin1Char('0')),
                         {}};
        }
    }
    return success();
}

Status simpleName(const QString &name, int minLength, int maxLength, const char *limitOwner)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.-]$"));
    const auto rejected = [&name](const QString &why) -> Status {
        return Error{name, why, {}};
    };
    if (name.isEmpty())
        return rejected(NameRules::tr("is empty"));
    if (const Status chars = allowedCharacters(name, allowed); !chars)
        return rejected(chars.error().message
                        + NameRules::tr("; use only letters, digits, '_', '.' and '-'"));
    if (name.size() > maxLength)
        return rejected(NameRules::tr("is %1 characters long; %2 allows at most %3")
                            .arg(name.size())
                            .arg(NameRules::tr(limitOwner))
                            .arg(maxLength));
    if (name.size() < minLength)
        return rejected(NameRules::tr("is too short; %1 needs at least %2 characters")
                            .arg(NameRules::tr(limitOwner))
                            .arg(minLength));
    if (!name.front().isLetterOrNumber())
        return rejected(
            NameRules::tr("starts with '%1'; start with a letter or digit").arg(name.front()));
    return success();
}

} // namespace

Status checkInterface(const QString &name)
{
    return simpleName(name, 1, 15, QT_TRANSLATE_NOOP("studio::NameRules", "Linux"));
}

Status checkLabel(const QString &name)
{
    return simpleName(name, 1, 63, QT_TRANSLATE_NOOP("studio::NameRules", "OverlayStudio"));
}

Status checkContainer(const QString &name)
{
    return simpleName(name, 2, 63, QT_TRANSLATE_NOOP("studio::NameRules", "Docker"));
}

Status checkImage(const QString &reference)
{
    // registry[:port]/path/name[:tag][@sha256:digest], lower-case path components as Docker
    // demands.
    static const QRegularExpression image(QStringLiteral(
        "^(?:[a-zA-Z0-9][a-zA-Z0-9.-]*(?::[0-9]{1,5})?/)?"
        "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
        "(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$"));
    const auto rejected = [&reference](const QString &why) -> Status {
        return Error{reference, why, {}};
    };
    if (reference.isEmpty())
        return rejected(NameRules::tr("is empty"));
    if (reference.size() > 255)
        return rejected(NameRules::tr("is %1 characters long; Docker allows at most 255")
                            .arg(reference.size()));
    if (!image.match(reference).hasMatch()) {
        static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_.:/@-]$"));
        if (const Status chars = allowedCharacters(reference, allowed); !chars)
            return rejected(
                chars.error().message
                + NameRules::tr(
                    "; an image is written like ubuntu:v1 or registry:5000/team/app:1.2"));
        return rejected(NameRules::tr(
            "is not a Docker image reference; write it like ubuntu:v1 (lower-case name, "
            "optional :tag)"));
    }
    return success();
}

Status checkUser(const QString &user)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_-]{0,31}$"));
    if (user.isEmpty())
        return Error{user, NameRules::tr("is empty"), {}};
    if (!valid.match(user).hasMatch())
        return Error{user,
                     NameRules::tr("is not a valid user name; use up to 32 lower-case letters, "
                                   "digits, '_' or '-', starting with a letter"),
                     {}};
    return success();
}

Status checkHostAddress(const QString &text)
{
    const auto rejected = [&text](const QString &why) -> Status {
        return Error{text, why, {}};
    };
    if (text.isEmpty())
        return rejected(NameRules::tr("is empty"));
    static const QRegularExpression dottedQuad(QStringLiteral("^[0-9]+(\\.[0-9]+){0,3}$"));
    if (dottedQuad.match(text).hasMatch()) {
        // Only whether it parses matters here: this message is worded for a host address.
        if (!parseIpv4(text))
            return rejected(NameRules::tr(
                "is not a valid IPv4 address (four numbers 0-255, e.g. 192.168.0.8)"));
        return success();
    }
    if (text.contains(QLatin1Char(':'))) {
        QHostAddress address;
        if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return rejected(NameRules::tr("is not a valid IPv6 address"));
        return success();
    }
    static const QRegularExpression dnsName(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    if (!dnsName.match(text).hasMatch())
        return rejected(NameRules::tr("is neither an IP address nor a host name"));
    return success();
}

} // namespace studio::names
