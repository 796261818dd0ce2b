#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace evimap {

// What went wrong, in words a user can act on, plus a kind the command line maps to an exit code.
struct Error
{
    enum class Kind
    {
        Failure,        // the operation failed for another reason
        Usage,          // the caller asked for something that makes no sense
        InputRefused,   // an input file could not be read as a whole
        ProjectProblem, // the project file is missing, foreign, corrupt, newer or read-only
        CheckFailed,    // a check ran and found problems
        Cancelled,      // the user cancelled
        Conflict,       // someone else changed it since it was read; nothing was written
    };
    Kind kind = Kind::Failure;
    QString message;
};

// A value or an Error. No exceptions cross Qt code; the caller must look at the result.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {}
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation that returns nothing on success.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }
    QString errorString() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error failure(QString message)
{
    return Error{Error::Kind::Failure, std::move(message)};
}

} // namespace evimap
