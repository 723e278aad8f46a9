#include "localimagestream.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

namespace studio {

namespace {
constexpr int kStartMs = 30000;
constexpr qint64 kChunk = 256 * 1024;
} // namespace

LocalImageStream::LocalImageStream(const std::atomic_bool *cancel)
    : m_cancel(cancel)
{}

LocalImageStream::~LocalImageStream()
{
    for (QProcess *p : {m_save.get(), m_gzip.get()}) {
        if (p && p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
    }
}

Error LocalImageStream::failure(const QString &message) const
{
    return Error{tr("image %1 on this machine").arg(m_image), message,
                 tr("Check that Docker runs here and that \"docker image ls\" lists the image.")};
}

Status LocalImageStream::start(const QString &image)
{
    m_image = image;
    QProcess inspect;
    inspect.start(QStringLiteral("docker"),
                  {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("--format"),
                   QStringLiteral("{{.Id}}"), image});
    if (!inspect.waitForStarted(kStartMs))
        return failure(tr("docker cannot be started here: %1").arg(inspect.errorString()));
    if (!inspect.waitForFinished(kStartMs) || inspect.exitStatus() != QProcess::NormalExit
        || inspect.exitCode() != 0)
        return failure(tr("this machine does not have it (%1).")
                           .arg(QString::fromUtf8(inspect.readAllStandardError().trimmed())));
    m_id = QString::fromUtf8(inspect.readAllStandardOutput().trimmed());
    static const QRegularExpression id(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    if (!id.match(m_id).hasMatch())
        return failure(tr("docker image inspect gave no image ID (%1).").arg(m_id.left(100)));

    m_save = std::make_unique<QProcess>();
    m_gzip = std::make_unique<QProcess>();
    m_save->setStandardOutputProcess(m_gzip.get());
    m_save->start(QStringLiteral("docker"), {QStringLiteral("save"), m_id});
    m_gzip->start(QStringLiteral("gzip"), {QStringLiteral("-c")});
    if (!m_save->waitForStarted(kStartMs))
        return failure(tr("docker save cannot be started: %1").arg(m_save->errorString()));
    if (!m_gzip->waitForStarted(kStartMs))
        return failure(tr("gzip cannot be started: %1").arg(m_gzip->errorString()));
    return success();
}

Result<QByteArray> LocalImageStream::next()
{
    if (m_done || !m_gzip)
        return QByteArray();
    QElapsedTimer idle;
    idle.start();
    for (;;) {
        if (m_cancel && m_cancel->load())
            return failure(tr("cancelled."));
        if (m_gzip->bytesAvailable() > 0) {
            const QByteArray chunk = m_gzip->read(kChunk);
            m_bytes += chunk.size();
            return chunk;
        }
        if (m_gzip->state() == QProcess::NotRunning)
            break;
        // Without an event loop, only the waitFor functions move data into the buffer.
        if (!m_gzip->waitForReadyRead(100) && m_gzip->state() != QProcess::NotRunning
            && idle.elapsed() > 300000)
            return failure(tr("docker save produced nothing for 5 minutes."));
    }
    if (m_gzip->bytesAvailable() > 0) {
        const QByteArray chunk = m_gzip->read(kChunk);
        m_bytes += chunk.size();
        return chunk;
    }
    m_save->waitForFinished(kStartMs);
    if (m_save->exitStatus() != QProcess::NormalExit || m_save->exitCode() != 0)
        return failure(tr("docker save failed: %1")
                           .arg(QString::fromUtf8(m_save->readAllStandardError().trimmed())));
    if (m_gzip->exitStatus() != QProcess::NormalExit || m_gzip->exitCode() != 0)
        return failure(
            tr("gzip failed: %1").arg(QString::fromUtf8(m_gzip->readAllStandardError().trimmed())));
    m_done = true;
    return QByteArray();
}

} // namespace studio
