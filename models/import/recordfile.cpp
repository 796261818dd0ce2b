#include "import/recordfile.h"

#include "core/issuelog.h"
#include "import/formatregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace evimap {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordFile)
};
} // namespace

Result<RecordFile> RecordFile::read(QIODevice &device, const QString &fileName,
                                    const QString &format, const QHash<QString, QString> &options)
{
    RecordFile file;
    file.format =
        format.isEmpty() ? FormatRegistry::detect(device.peek(64 * 1024), fileName) : format;
    const FormatRegistry::Format *known = FormatRegistry::find(file.format);
    if (!known)
        return Error{Error::Kind::InputRefused,
                     Tr::tr("%1: the format was not recognised").arg(fileName)};
    std::unique_ptr<RecordReader> reader = known->create();
    ReadContext context;
    context.fileName = QFileInfo(fileName).fileName();
    if (const auto *source = qobject_cast<const QFile *>(&device))
        context.filePath = source->fileName();
    context.options = options;
    context.emitRecord = [&](Record &&record) {
        file.records.append(std::move(record));
        return true;
    };
    IssueLog issues;
    context.reportIssue = [&](Issue &&issue) { issues.add(std::move(issue)); };
    if (Status s = reader->read(device, context); !s)
        return s.error();
    file.skipped = issues.skipped();
    file.issues = issues.take();
    return file;
}

Result<RecordFile> RecordFile::read(const QString &path, const QString &format,
                                    const QHash<QString, QString> &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::InputRefused,
                     Tr::tr("%1 cannot be read: %2").arg(path, file.errorString())};
    return read(file, path, format, options);
}

} // namespace evimap
