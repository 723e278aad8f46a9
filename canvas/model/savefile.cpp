#include "savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace studio {

namespace {
class SaveFileText
{
    Q_DECLARE_TR_FUNCTIONS(studio::SaveFile)
};
} // namespace

Status saveFile(const QString &path, const QByteArray &bytes, bool executable)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.flush()
        || !file.commit())
        return Error{path, SaveFileText::tr("cannot be written: %1").arg(file.errorString()),
                     SaveFileText::tr("Choose a folder you may write to.")};
    if (executable)
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup);
    return success();
}

} // namespace studio
