#pragma once

#include "model/imagedefinition.h"
#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace studio {

// The build context of an image built from a Dockerfile with context files: a tar of the
// Dockerfile and the listed files beside the project file, for "docker build -" (which reads a
// tar on its stdin as the context, so COPY and ADD find the files). Read a chunk at a time; the
// files are read as the stream goes, never all at once.
class BuildContext
{
    Q_DECLARE_TR_FUNCTIONS(studio::BuildContext)

public:
    BuildContext(BuildContext &&) noexcept;
    BuildContext &operator=(BuildContext &&) noexcept;
    ~BuildContext();

    // Checks every context file: it exists in projectDir, is a regular file, stays inside the
    // folder (links too) and can be read. The error names the image, the file and the fix.
    static Result<BuildContext> open(const ImageDefinition &image, const QString &projectDir);

    // The next chunk of the tar; empty once all of it was read. A file that changed size since
    // open() is an error.
    Result<QByteArray> next();
    qint64 bytesRead() const { return m_bytes; }
    // The size of the whole tar.
    qint64 size() const;

    // The whole tar into a file (for scripts that build on the host from a file).
    Status writeTo(const QString &path);

private:
    struct Entry
    {
        QString name;    // in the archive
        QString path;    // on this machine; empty: the data below, or a folder
        QByteArray data; // the Dockerfile
        qint64 size = 0;
        bool directory = false;
        bool executable = false;
        qint64 mtime = 0;
    };
    BuildContext() = default;
    Error failure(const QString &message, const QString &fix = {}) const;

    QString m_image;
    std::vector<Entry> m_entries;
    std::size_t m_next = 0;        // the entry whose header comes next
    std::unique_ptr<QFile> m_file; // the file being read, after its header
    qint64 m_fileLeft = 0;
    qint64 m_fileSize = 0;
    bool m_ended = false;
    qint64 m_bytes = 0;
};

} // namespace studio
