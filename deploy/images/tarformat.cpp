#include "tarformat.h"

#include <cstring>

namespace studio::tarformat {

namespace {

// An octal number in a field of `width` bytes: digits padded with zeros, then a NUL.
void octal(char *field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), std::size_t(width - 1));
    field[width - 1] = '\0';
}

QByteArray block(const QByteArray &name, char type, qint64 size, int mode, qint64 mtime)
{
    QByteArray header(kBlock, '\0');
    char *h = header.data();
    std::memcpy(h, name.constData(), std::size_t(std::min<qsizetype>(name.size(), 100)));
    octal(h + 100, 8, mode);
    octal(h + 108, 8, 0); // uid
    octal(h + 116, 8, 0); // gid
    octal(h + 124, 12, size);
    octal(h + 136, 12, std::max<qint64>(mtime, 0));
    h[156] = type;
    std::memcpy(h + 257, "ustar", 6); // with its NUL
    std::memcpy(h + 263, "00", 2);
    std::memcpy(h + 265, "root", 4);
    std::memcpy(h + 297, "root", 4);
    // The checksum counts its own field as eight spaces.
    std::memset(h + 148, ' ', 8);
    unsigned sum = 0;
    for (char c : header)
        sum += static_cast<unsigned char>(c);
    octal(h + 148, 7, sum);
    h[155] = ' ';
    return header;
}

bool fitsUstar(const QByteArray &name)
{
    if (name.size() > 100)
        return false;
    for (char c : name) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false; // PAX says how to read it (UTF-8)
    }
    return true;
}

// A PAX extended header carrying the full name, when ustar's 100 bytes do not hold it.
QByteArray paxPath(const QByteArray &name, qint64 mtime)
{
    const QByteArray rest = " path=" + name + "\n";
    // The record starts with its own length in decimal, which counts its own digits.
    qint64 length = rest.size() + 1;
    while (QByteArray::number(length).size() + rest.size() != length)
        length = QByteArray::number(length).size() + rest.size();
    const QByteArray record = QByteArray::number(length) + rest;
    return block("PaxHeaders/" + name.right(80), 'x', record.size(), 0644, mtime) + record
           + padding(record.size());
}

QByteArray headers(const QString &name, char type, qint64 size, int mode, qint64 mtime)
{
    const QByteArray utf8 = name.toUtf8();
    if (fitsUstar(utf8))
        return block(utf8, type, size, mode, mtime);
    QByteArray shortName;
    for (char c : utf8.right(100)) // a readable stand-in for readers without PAX
        shortName += static_cast<unsigned char>(c) < 0x80 ? c : '_';
    return paxPath(utf8, mtime) + block(shortName, type, size, mode, mtime);
}

} // namespace

QByteArray fileHeader(const QString &name, qint64 size, bool executable, qint64 mtime)
{
    return headers(name, '0', size, executable ? 0755 : 0644, mtime);
}

QByteArray directoryHeader(const QString &name, qint64 mtime)
{
    return headers(name.endsWith(QLatin1Char('/')) ? name : name + QLatin1Char('/'), '5', 0, 0755,
                   mtime);
}

QByteArray padding(qint64 size)
{
    const qint64 rest = size % kBlock;
    return rest == 0 ? QByteArray() : QByteArray(kBlock - rest, '\0');
}

QByteArray end()
{
    return QByteArray(2 * kBlock, '\0');
}

} // namespace studio::tarformat
