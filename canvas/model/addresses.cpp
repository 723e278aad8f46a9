#include "addresses.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace studio {

class AddressRules
{
    Q_DECLARE_TR_FUNCTIONS(studio::AddressRules)
};

Result<QHostAddress> parseIpv4(const QString &text)
{
    // QHostAddress also accepts "10.1" and "0x0a.1.1.1"; users mean dotted quads.
    static const QRegularExpression dottedQuad(
        QStringLiteral("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-"
                       "9][0-9]|[1-9]?[0-9])){3}$"));
    if (text.isEmpty())
        return Error{{}, AddressRules::tr("is empty"), {}};
    QHostAddress address;
    if (!dottedQuad.match(text).hasMatch() || !address.setAddress(text))
        return Error{
            {},
            AddressRules::tr("'%1' is not an IPv4 address (four numbers 0-255, e.g. 10.2.2.1)")
                .arg(text),
            {}};
    return address;
}

Result<Ipv4Cidr> parseIpv4Cidr(const QString &text)
{
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return Error{
            {},
            AddressRules::tr("'%1' has no prefix length; write it like 10.2.2.1/24").arg(text),
            {}};
    const auto address = parseIpv4(text.left(slash));
    if (!address)
        return address.error();
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,2}$"));
    const QString prefixText = text.mid(slash + 1);
    const int prefix = prefixText.toInt();
    if (!digits.match(prefixText).hasMatch() || prefix < 1 || prefix > 30)
        return Error{{},
                     AddressRules::tr("'%1' has prefix length '%2'; use 1 to 30 (24 is usual)")
                         .arg(text, prefixText),
                     {}};
    return Ipv4Cidr{address.value(), prefix};
}

Result<QHostAddress> parseIpAddress(const QString &text)
{
    if (!text.contains(QLatin1Char(':')))
        return parseIpv4(text);
    QHostAddress address;
    if (!address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return Error{{}, AddressRules::tr("'%1' is not an IPv6 address").arg(text), {}};
    return address;
}

} // namespace studio
