#pragma once

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

class QProcess;

namespace studio {

// "docker save IMAGE | gzip -c" on this machine, read a chunk at a time by the thread that
// streams it to a host. Blocking, for a worker thread (it needs no event loop). The processes
// are killed if the stream is abandoned.
class LocalImageStream
{
    Q_DECLARE_TR_FUNCTIONS(studio::LocalImageStream)

public:
    explicit LocalImageStream(const std::atomic_bool *cancel = nullptr);
    ~LocalImageStream();
    LocalImageStream(const LocalImageStream &) = delete;
    LocalImageStream &operator=(const LocalImageStream &) = delete;

    // Checks that this machine has the image, then starts the pipeline. The image is saved by
    // its ID, so it loads without a name: none of this machine's names lands on the host.
    Status start(const QString &image);
    // The ID of the image being sent ("sha256:…"), once started: what docker load gives it.
    QString imageId() const { return m_id; }
    // The next compressed chunk; empty once everything was read and both programs succeeded.
    Result<QByteArray> next();
    qint64 bytesRead() const { return m_bytes; }

private:
    Error failure(const QString &message) const;

    QString m_image;
    QString m_id;
    std::unique_ptr<QProcess> m_save;
    std::unique_ptr<QProcess> m_gzip;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_bytes = 0;
    bool m_done = false;
};

} // namespace studio
