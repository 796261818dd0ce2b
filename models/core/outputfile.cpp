#include "core/outputfile.h"

namespace evimap {

// Collects what is written in blocks (PDF and PNG writers write a few bytes at a time, and the
// file is opened unbuffered) and writes each block out in full, or fails with the file's error.
class OutputFile::Device final : public QIODevice
{
public:
    explicit Device(QSaveFile &file)
        : m_file(file)
    {
        QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    // Writes out what is collected; false once any write failed.
    bool drain()
    {
        qsizetype done = 0;
        while (!m_failed && done < m_block.size()) {
            const qint64 n = m_file.write(m_block.constData() + done, m_block.size() - done);
            if (n <= 0) {
                m_failed = true;
                setErrorString(m_file.errorString());
            } else
                done += qsizetype(n);
        }
        m_block.clear();
        return !m_failed;
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        if (m_failed)
            return -1;
        m_block.append(data, qsizetype(length));
        if (m_block.size() >= blockBytes && !drain())
            return -1;
        return length;
    }

private:
    static constexpr qsizetype blockBytes = 256 * 1024;
    QSaveFile &m_file;
    QByteArray m_block;
    bool m_failed = false;
};

OutputFile::OutputFile(const QString &path)
    : m_path(path)
    , m_file(path)
    , m_device(std::make_unique<Device>(m_file))
{}

OutputFile::~OutputFile() = default;

QIODevice &OutputFile::device()
{
    return *m_device;
}

Status OutputFile::open()
{
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(tr("%1 could not be written: %2").arg(m_path, m_file.errorString()));
    return {};
}

Status OutputFile::commit()
{
    if (!m_device->drain() || m_file.error() != QFileDevice::NoError) {
        const QString reason = m_file.errorString();
        m_file.cancelWriting();
        m_file.commit(); // removes the temporary file
        return failure(tr("%1 could not be written: %2").arg(m_path, reason));
    }
    if (!m_file.commit())
        return failure(tr("%1 could not be written: %2").arg(m_path, m_file.errorString()));
    return {};
}

Status OutputFile::write(const QString &path, const QByteArray &bytes)
{
    OutputFile file(path);
    if (Status s = file.open(); !s)
        return s;
    file.device().write(bytes); // a failure is kept and reported by commit()
    return file.commit();
}

} // namespace evimap
