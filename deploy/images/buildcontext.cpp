#include "buildcontext.h"

#include "tarformat.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace studio {

namespace {
constexpr qint64 kChunk = 256 * 1024;
} // namespace

BuildContext::BuildContext(BuildContext &&) noexcept = default;
BuildContext &BuildContext::operator=(BuildContext &&) noexcept = default;
BuildContext::~BuildContext() = default;

Error BuildContext::failure(const QString &message, const QString &fix) const
{
    return Error{tr("image %1").arg(m_image), message, fix};
}

Result<BuildContext> BuildContext::open(const ImageDefinition &image, const QString &projectDir)
{
    BuildContext context;
    context.m_image = image.name;
    const QString where = tr("Put the file beside the project file, or remove it from the "
                             "context files of %1 in Images (Deploy menu).")
                              .arg(image.name);
    if (!image.contextFiles.isEmpty() && projectDir.isEmpty())
        return context.failure(tr("its context files (%1) are read beside the project file, but "
                                  "the project has not been saved yet.")
                                   .arg(image.contextFiles.join(QStringLiteral(", "))),
                               tr("Save the project next to those files, then apply again."));
    const QDir dir(projectDir);
    const QString root = QFileInfo(dir.absolutePath()).canonicalFilePath();

    Entry dockerfile;
    dockerfile.name = QStringLiteral("Dockerfile");
    dockerfile.data = image.dockerfile.toUtf8();
    dockerfile.size = dockerfile.data.size();
    context.m_entries.push_back(dockerfile);

    QStringList folders;
    for (const QString &name : image.contextFiles) {
        if (const QString why = ImageDefinition::contextPathProblem(name); !why.isEmpty())
            return context.failure(tr("its context file '%1' %2.").arg(name, why), where);
        const QFileInfo info(dir.filePath(name));
        if (!info.exists())
            return context.failure(tr("its context file %1 does not exist in %2.")
                                       .arg(name, QDir::toNativeSeparators(dir.absolutePath())),
                                   where);
        if (!info.isFile())
            return context.failure(tr("its context file %1 is not a file (a folder?).").arg(name),
                                   tr("List the files inside it one by one in Images (Deploy "
                                      "menu)."));
        const QString real = info.canonicalFilePath();
        if (root.isEmpty() || !real.startsWith(root + QLatin1Char('/')))
            return context.failure(
                tr("its context file %1 is a link to %2, outside the project file's folder.")
                    .arg(name, QDir::toNativeSeparators(real)),
                tr("Copy the file into the project file's folder instead of linking to it."));
        QFile probe(info.filePath());
        if (!probe.open(QIODevice::ReadOnly))
            return context.failure(
                tr("its context file %1 cannot be read: %2.").arg(name, probe.errorString()),
                tr("Make the file readable, then apply again."));
        if (info.size() > tarformat::kMaxFileSize)
            return context.failure(tr("its context file %1 is larger than 8 GiB.").arg(name));

        // The folders above the file first, each once.
        const QStringList parts = name.split(QLatin1Char('/'));
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString folder = parts.mid(0, i).join(QLatin1Char('/'));
            if (folders.contains(folder))
                continue;
            folders << folder;
            Entry e;
            e.name = folder;
            e.directory = true;
            e.mtime = QFileInfo(dir.filePath(folder)).lastModified().toSecsSinceEpoch();
            context.m_entries.push_back(e);
        }
        Entry e;
        e.name = name;
        e.path = info.filePath();
        e.size = info.size();
        e.executable = info.permissions() & QFileDevice::ExeOwner;
        e.mtime = info.lastModified().toSecsSinceEpoch();
        context.m_entries.push_back(e);
    }
    return context;
}

qint64 BuildContext::size() const
{
    qint64 total = tarformat::end().size();
    for (const Entry &e : m_entries) {
        total += (e.directory ? tarformat::directoryHeader(e.name, e.mtime)
                              : tarformat::fileHeader(e.name, e.size, e.executable, e.mtime))
                     .size();
        total += e.size + tarformat::padding(e.size).size();
    }
    return total;
}

Result<QByteArray> BuildContext::next()
{
    QByteArray chunk;
    if (m_file) {
        chunk = m_file->read(std::min(m_fileLeft, kChunk));
        if (chunk.isEmpty() && m_fileLeft > 0) {
            const QString name = m_entries[m_next - 1].name;
            m_file.reset();
            return failure(tr("its context file %1 became shorter while it was sent.").arg(name),
                           tr("Apply again once nothing writes to the file."));
        }
        m_fileLeft -= chunk.size();
        if (m_fileLeft == 0) {
            const bool longer = !m_file->atEnd();
            m_file.reset();
            if (longer)
                return failure(tr("its context file %1 grew while it was sent.")
                                   .arg(m_entries[m_next - 1].name),
                               tr("Apply again once nothing writes to the file."));
            chunk += tarformat::padding(m_fileSize);
        }
    } else if (m_next < m_entries.size()) {
        const Entry &e = m_entries[m_next++];
        if (e.directory) {
            chunk = tarformat::directoryHeader(e.name, e.mtime);
        } else {
            chunk = tarformat::fileHeader(e.name, e.size, e.executable, e.mtime);
            if (e.path.isEmpty()) {
                chunk += e.data + tarformat::padding(e.size);
            } else if (e.size > 0) {
                auto file = std::make_unique<QFile>(e.path);
                if (!file->open(QIODevice::ReadOnly))
                    return failure(tr("its context file %1 cannot be read: %2.")
                                       .arg(e.name, file->errorString()));
                m_file = std::move(file);
                m_fileLeft = e.size;
                m_fileSize = e.size;
            }
        }
    } else if (!m_ended) {
        m_ended = true;
        chunk = tarformat::end();
    }
    m_bytes += chunk.size();
    return chunk;
}

Status BuildContext::writeTo(const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{path, tr("cannot be written: %1").arg(out.errorString()), {}};
    for (;;) {
        auto chunk = next();
        if (!chunk)
            return chunk.error();
        if (chunk.value().isEmpty())
            break;
        if (out.write(chunk.value()) != chunk.value().size())
            return Error{path, tr("cannot be written: %1").arg(out.errorString()), {}};
    }
    if (!out.flush())
        return Error{path, tr("cannot be written: %1").arg(out.errorString()), {}};
    return success();
}

} // namespace studio
