#pragma once

#include <QByteArray>
#include <QString>

namespace studio::tarformat {

// The pieces of a POSIX tar archive (ustar, with a PAX "path" record for names that do not fit),
// enough for a Docker build context. Owner root, numeric ids 0.

constexpr qint64 kBlock = 512;
// The largest file a plain ustar size field holds (8 GiB - 1).
constexpr qint64 kMaxFileSize = 077777777777LL;

// The header block(s) of a regular file (mode 0644 or 0755) of `size` bytes.
QByteArray fileHeader(const QString &name, qint64 size, bool executable, qint64 mtime);
// The header block(s) of a directory; the name ends with '/'.
QByteArray directoryHeader(const QString &name, qint64 mtime);
// Zero bytes that fill a file's data up to the next block.
QByteArray padding(qint64 size);
// The two zero blocks that end an archive.
QByteArray end();

} // namespace studio::tarformat
