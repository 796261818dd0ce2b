#include "import/pdftext.h"

#include "core/logging.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QRectF>
#include <QtEndian>

#include <poppler-qt6.h>

#include <new>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace evimap {

namespace {

// The child process reports in frames: 4 bytes little-endian payload size, 1 byte type, payload
// (QDataStream). Pages are sent as they are read, so a child that dies still leaves its pages.
enum FrameType : quint8
{
    MetaFrame = 1,
    LinesFrame,
    PageFrame,
    StopFrame,
    FailFrame,
    DoneFrame,
    ProblemsFrame
};
enum FailCode : qint32
{
    CannotOpen = 1,
    NeedsPassword,
    WrongPassword,
    NoPages,
    OutOfMemory
};
enum StopCode : qint32
{
    StopPages = 1,
    StopText,
    StopTime,
    StopMemory
};

constexpr qsizetype maxXmpChars = 256 * 1024;
constexpr int maxFirstPageLines = 300;
constexpr qsizetype maxLineChars = 1000;

class FrameWriter
{
public:
    explicit FrameWriter(int fd)
        : m_fd(fd)
    {}
    explicit FrameWriter(QByteArray *buffer)
        : m_buffer(buffer)
    {}

    template<typename... Values>
    bool send(FrameType type, const Values &...values)
    {
        QByteArray payload;
        {
            QDataStream stream(&payload, QIODevice::WriteOnly);
            stream.setVersion(QDataStream::Qt_6_4);
            ((stream << values), ...);
        }
        char header[5];
        qToLittleEndian<quint32>(quint32(payload.size()), header);
        header[4] = char(type);
        return writeAll(header, 5) && writeAll(payload.constData(), payload.size());
    }

private:
    bool writeAll(const char *data, qsizetype size)
    {
        if (m_buffer) {
            m_buffer->append(data, size);
            return true;
        }
#ifdef Q_OS_UNIX
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size_t(size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            data += n;
            size -= n;
        }
        return true;
#else
        return false;
#endif
    }

    int m_fd = -1;
    QByteArray *m_buffer = nullptr;
};

// What Poppler complained about while reading (in the child process, which has one thread).
struct ReaderProblems
{
    qint32 count = 0;
    QString first;
};
ReaderProblems readerProblems;

void notePopplerMessage(const QString &message, const QVariant &)
{
    if (readerProblems.count++ == 0)
        readerProblems.first = message.simplified().left(200);
}

bool pastDeadline(const QVariant &closure)
{
    return QDeadlineTimer::current().deadline() >= closure.toLongLong();
}

// Lines of a page from its words: Poppler links the words of one line through nextWord().
QList<PdfText::Line> pageLines(const Poppler::Page &page, qint64 deadline)
{
    QList<PdfText::Line> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes =
        page.textList(Poppler::Page::Rotate0, pastDeadline, QVariant(deadline));
    PdfText::Line current;
    for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
        if (current.text.size() < maxLineChars) {
            current.text += box->text();
            if (box->hasSpaceAfter())
                current.text += QLatin1Char(' ');
        }
        current.height = qMax(current.height, box->boundingBox().height());
        if (!box->nextWord()) {
            current.text = current.text.simplified();
            if (!current.text.isEmpty())
                lines.append(current);
            current = PdfText::Line();
            if (lines.size() >= maxFirstPageLines)
                break;
        }
    }
    current.text = current.text.simplified();
    if (!current.text.isEmpty() && lines.size() < maxFirstPageLines)
        lines.append(current);
    return lines;
}

// What the child process does: open, unlock, send the document information, then the text of
// one page after the other until the pages, the text budget or the time run out.
void extractDocument(FrameWriter &out, const QString &path, const QByteArray &bytes,
                     const QString &password, const PdfText::Limits &limits)
{
    const qint64 softDeadline = QDeadlineTimer(qint64(limits.softSeconds) * 1000).deadline();
    auto load = [&](const QByteArray &pw) {
        return bytes.isNull() ? Poppler::Document::load(path, pw, pw)
                              : Poppler::Document::loadFromData(bytes, pw, pw);
    };
    int pagesSent = 0;
    try {
        std::unique_ptr<Poppler::Document> doc = load(QByteArray());
        if (!doc) {
            out.send(FailFrame, qint32(CannotOpen));
            return;
        }
        if (doc->isLocked()) {
            if (password.isEmpty()) {
                out.send(FailFrame, qint32(NeedsPassword));
                return;
            }
            // AES-256 (revision 6) passwords are UTF-8; older ones PDFDocEncoding, near Latin-1.
            doc = load(password.toUtf8());
            if (doc && doc->isLocked())
                doc = load(password.toLatin1());
            if (!doc || doc->isLocked()) {
                out.send(FailFrame, qint32(WrongPassword));
                return;
            }
        }
        const int count = doc->numPages();
        if (count <= 0) {
            out.send(FailFrame, qint32(NoPages));
            return;
        }
        out.send(MetaFrame, qint32(count), doc->info(QStringLiteral("Title")),
                 doc->info(QStringLiteral("Author")), doc->info(QStringLiteral("Subject")),
                 doc->info(QStringLiteral("Keywords")), doc->info(QStringLiteral("Creator")),
                 doc->info(QStringLiteral("Producer")), doc->date(QStringLiteral("CreationDate")),
                 doc->metadata().left(maxXmpChars));
        qsizetype budget = limits.maxTextChars;
        const int last = qMin(count, limits.maxPages);
        for (int i = 0; i < last; ++i) {
            if (QDeadlineTimer::current().deadline() >= softDeadline) {
                out.send(StopFrame, qint32(StopTime), qint32(i));
                return;
            }
            std::unique_ptr<Poppler::Page> page = doc->page(i);
            if (i == 0 && page) {
                QList<QString> texts;
                QList<double> heights;
                for (const PdfText::Line &line : pageLines(*page, softDeadline)) {
                    texts.append(line.text);
                    heights.append(line.height);
                }
                out.send(LinesFrame, texts, heights);
            }
            QString text = page ? page->text(QRectF()) : QString();
            if (text.size() > budget)
                text.truncate(budget);
            budget -= text.size();
            if (!out.send(PageFrame, qint32(i), text))
                return;
            ++pagesSent;
            if (budget <= 0 && i + 1 < count) {
                out.send(StopFrame, qint32(StopText), qint32(i + 1));
                return;
            }
        }
        if (count > last)
            out.send(StopFrame, qint32(StopPages), qint32(last));
        out.send(DoneFrame);
    } catch (const std::bad_alloc &) {
        if (pagesSent == 0)
            out.send(FailFrame, qint32(OutOfMemory));
        else
            out.send(StopFrame, qint32(StopMemory), qint32(pagesSent));
    }
}

void extract(FrameWriter &out, const QString &path, const QByteArray &bytes,
             const QString &password, const PdfText::Limits &limits)
{
    readerProblems = ReaderProblems();
    Poppler::setDebugErrorFunction(notePopplerMessage, QVariant());
    extractDocument(out, path, bytes, password, limits);
    out.send(ProblemsFrame, readerProblems.count, readerProblems.first);
}

#ifdef Q_OS_UNIX
qint64 addressSpaceInUse()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray first = statm.readLine().split(' ').value(0);
    return first.toLongLong() * sysconf(_SC_PAGESIZE);
}
#endif

} // namespace

QString PdfText::text() const
{
    return pages.join(QLatin1Char('\f'));
}

bool PdfText::hasText() const
{
    for (const QString &page : pages) {
        for (const QChar c : page) {
            if (c.isLetterOrNumber())
                return true;
        }
    }
    return false;
}

Result<PdfText> PdfText::read(const QString &path, const QString &password, const Limits &limits,
                              const std::atomic_bool *cancelled)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{Error::Kind::InputRefused, tr("%1 does not exist").arg(path)};
    if (info.size() == 0)
        return Error{Error::Kind::InputRefused, tr("%1 is empty (0 bytes)").arg(info.fileName())};
    return run(info.absoluteFilePath(), QByteArray(), info.fileName(), password, limits, cancelled);
}

Result<PdfText> PdfText::readData(const QByteArray &bytes, const QString &displayName,
                                  const QString &password, const Limits &limits,
                                  const std::atomic_bool *cancelled)
{
    if (bytes.isEmpty())
        return Error{Error::Kind::InputRefused, tr("%1 is empty (0 bytes)").arg(displayName)};
    return run(QString(), bytes, displayName, password, limits, cancelled);
}

Result<PdfText> PdfText::run(const QString &path, const QByteArray &bytes,
                             const QString &displayName, const QString &password,
                             const Limits &limits, const std::atomic_bool *cancelled)
{
    QByteArray frames;
    // Why the child ended early, when it did ("" = it finished).
    QString ended;
#ifdef Q_OS_UNIX
    // fds: the frames; errs: the child's stderr, where Poppler prints what it cannot report
    // through its error callback ("Out of memory" when an allocation is refused).
    int fds[2], errs[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return failure(tr("%1: no pipe for the PDF reader: %2")
                           .arg(displayName, QString::fromLocal8Bit(strerror(errno))));
    if (::pipe2(errs, O_CLOEXEC) != 0) {
        ::close(fds[0]);
        ::close(fds[1]);
        return failure(tr("%1: no pipe for the PDF reader: %2")
                           .arg(displayName, QString::fromLocal8Bit(strerror(errno))));
    }
    const qint64 inUse = addressSpaceInUse();
    const pid_t pid = ::fork();
    if (pid < 0) {
        for (int fd : {fds[0], fds[1], errs[0], errs[1]})
            ::close(fd);
        return failure(tr("%1: the PDF reader could not be started: %2")
                           .arg(displayName, QString::fromLocal8Bit(strerror(errno))));
    }
    if (pid == 0) {
        // The child: only this thread exists here, so it touches nothing but Poppler, its own
        // memory and the pipes, and leaves with _exit (no atexit handlers, no stdio flush).
        ::close(fds[0]);
        ::close(errs[0]);
        if (inUse > 0) {
            const rlimit memory{rlim_t(inUse + limits.memoryBytes),
                                rlim_t(inUse + limits.memoryBytes)};
            ::setrlimit(RLIMIT_AS, &memory);
        }
        const rlimit cpu{rlim_t(limits.hardSeconds + 5), rlim_t(limits.hardSeconds + 5)};
        ::setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0};
        ::setrlimit(RLIMIT_CORE, &core);
        ::dup2(errs[1], STDERR_FILENO);
        FrameWriter out(fds[1]);
        extract(out, path, bytes, password, limits);
        ::_exit(0);
    }
    ::close(fds[1]);
    ::close(errs[1]);
    const QDeadlineTimer hard(qint64(limits.hardSeconds) * 1000);
    const qsizetype maxFrames = limits.maxTextChars * 2 + (16 << 20);
    QByteArray stderrText; // the first KiB of it
    bool killed = false;
    bool framesOpen = true, errsOpen = true;
    char chunk[64 * 1024];
    while (framesOpen || errsOpen) {
        if (hard.hasExpired()) {
            ended = tr("it took longer than %n second(s)", nullptr, limits.hardSeconds);
            killed = true;
            break;
        }
        if (cancelled && cancelled->load(std::memory_order_relaxed)) {
            ended = tr("cancelled");
            killed = true;
            break;
        }
        pollfd p[2] = {{framesOpen ? fds[0] : -1, POLLIN, 0}, {errsOpen ? errs[0] : -1, POLLIN, 0}};
        const int ready = ::poll(p, 2, int(qMin<qint64>(hard.remainingTime(), 200)));
        if (ready < 0 && errno != EINTR)
            break;
        if (ready <= 0)
            continue;
        if (p[1].revents) {
            const ssize_t n = ::read(errs[0], chunk, sizeof chunk);
            if (n > 0 && stderrText.size() < 1024)
                stderrText.append(chunk, qMin<qsizetype>(n, 1024 - stderrText.size()));
            else if (n == 0 || (n < 0 && errno != EINTR))
                errsOpen = false;
        }
        if (p[0].revents) {
            const ssize_t n = ::read(fds[0], chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                framesOpen = false; // end of the child's output
                continue;
            }
            frames.append(chunk, n);
            if (frames.size() > maxFrames) {
                ended = tr("it produced more text than allowed");
                killed = true;
                break;
            }
        }
    }
    ::close(errs[0]);
    ::close(fds[0]);
    if (killed)
        ::kill(pid, SIGKILL);
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!killed && WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        ended = sig == SIGXCPU   ? tr("it took too long")
                : sig == SIGABRT ? tr("the PDF reader stopped on an error or ran out of memory")
                                 : tr("the PDF reader crashed on it (signal %1)").arg(sig);
    } else if (!killed && WIFEXITED(status) && WEXITSTATUS(status) != 0) {
        ended = tr("the PDF reader failed (exit status %1)").arg(WEXITSTATUS(status));
    }
    qCDebug(lcImport) << "PDF reader for" << displayName << "sent" << frames.size() << "bytes"
                      << (ended.isEmpty() ? QStringLiteral("and finished") : ended);
#else
    Q_UNUSED(cancelled);
    FrameWriter out(&frames);
    extract(out, path, bytes, password, limits);
#endif

    // Read the frames back.
    PdfText result;
    bool gotMeta = false, done = false;
    qint32 failed = 0;
    qsizetype pos = 0;
    while (frames.size() - pos >= 5) {
        const quint32 size = qFromLittleEndian<quint32>(frames.constData() + pos);
        const auto type = FrameType(quint8(frames.at(pos + 4)));
        if (qsizetype(size) > frames.size() - pos - 5)
            break; // cut off when the child died
        QByteArray payload = frames.mid(pos + 5, size);
        pos += 5 + qsizetype(size);
        QDataStream in(payload);
        in.setVersion(QDataStream::Qt_6_4);
        qint32 code = 0, at = 0;
        switch (type) {
        case MetaFrame:
            in >> code >> result.title >> result.author >> result.subject >> result.keywords >>
                result.creator >> result.producer >> result.created >> result.xmp;
            result.pageCount = code;
            gotMeta = true;
            break;
        case LinesFrame: {
            QList<QString> texts;
            QList<double> heights;
            in >> texts >> heights;
            for (qsizetype i = 0; i < texts.size() && i < heights.size(); ++i)
                result.firstPageLines.append(Line{texts.at(i), heights.at(i)});
            break;
        }
        case PageFrame: {
            QString text;
            in >> at >> text;
            result.pages.append(text);
            break;
        }
        case StopFrame:
            in >> code >> at;
            switch (StopCode(code)) {
            case StopPages:
                result.stoppedBecause = tr("only the first %n page(s) were read", nullptr, at);
                break;
            case StopText:
                result.stoppedBecause =
                    tr("the text was cut after page %1: it is longer than %2 MiB")
                        .arg(at)
                        .arg(limits.maxTextChars >> 20);
                break;
            case StopTime:
                result.stoppedBecause = tr("the text was cut after page %1: reading took "
                                           "longer than %n second(s)",
                                           nullptr, limits.softSeconds)
                                            .arg(at);
                break;
            case StopMemory:
                result.stoppedBecause =
                    tr("the text was cut after page %1: the PDF needs too much memory").arg(at);
                break;
            }
            break;
        case FailFrame:
            in >> code;
            failed = code;
            break;
        case ProblemsFrame:
            in >> result.problems >> result.firstProblem;
            break;
        case DoneFrame:
            done = true;
            break;
        }
    }
#ifdef Q_OS_UNIX
    if (!stderrText.isEmpty()) {
        const QList<QByteArray> lines = stderrText.trimmed().split('\n');
        result.problems += int(lines.size());
        if (result.firstProblem.isEmpty())
            result.firstProblem = QString::fromLocal8Bit(lines.first()).simplified();
        if (stderrText.contains("Out of memory"))
            result.firstProblem =
                tr("part of it needs more than %1 MiB of memory").arg(limits.memoryBytes >> 20);
    }
#endif
    const QString said = result.firstProblem.isEmpty()
                             ? QString()
                             : tr(" (the PDF reader said: %1)").arg(result.firstProblem);
    switch (FailCode(failed)) {
    case CannotOpen:
        return Error{Error::Kind::InputRefused,
                     tr("%1 could not be opened as a PDF: it is damaged or not a PDF%2")
                         .arg(displayName, said)};
    case NeedsPassword:
        return Error{
            Error::Kind::InputRefused,
            tr("%1 is encrypted and needs a password to open; give it in the import dialog "
               "(PDF password) or with --password")
                .arg(displayName)};
    case WrongPassword:
        return Error{Error::Kind::InputRefused,
                     tr("%1: the password given does not open it").arg(displayName)};
    case NoPages:
        return Error{
            Error::Kind::InputRefused,
            tr("%1 has no pages that could be read: the PDF is damaged%2").arg(displayName, said)};
    case OutOfMemory:
        return Error{Error::Kind::InputRefused,
                     tr("%1 could not be read: it needs more than %2 MiB of memory (a damaged or "
                        "hostile PDF)")
                         .arg(displayName)
                         .arg(limits.memoryBytes >> 20)};
    }
    if (!gotMeta) {
        if (ended == tr("cancelled"))
            return Error{Error::Kind::Cancelled, tr("reading %1 was cancelled").arg(displayName)};
        return Error{
            Error::Kind::InputRefused,
            tr("%1 could not be read as a PDF: %2 (the file is damaged or hostile)")
                .arg(displayName, ended.isEmpty() ? tr("the PDF reader gave no answer") : ended)};
    }
    if (!done && result.stoppedBecause.isEmpty())
        result.stoppedBecause = tr("the text was cut after page %1: %2")
                                    .arg(result.pages.size())
                                    .arg(ended.isEmpty() ? tr("the PDF reader stopped") : ended);
    return result;
}

} // namespace evimap
