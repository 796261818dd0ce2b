#pragma once

#include "core/result.h"

namespace evimap::cli {

// Exit codes of every subcommand; `evimap --help` lists them.
enum ExitCode : int
{
    Success = 0,
    Failure = 1,        // the operation failed (a database error, a failed write)
    UsageError = 2,     // wrong arguments
    InputRefused = 3,   // an input file could not be read as a whole (others may have been)
    ProjectProblem = 4, // the project file is missing, not EviMap's, damaged, newer, read-only
    CheckFailed = 5,    // `check` found problems
    Cancelled = 6,      // interrupted by the user
};

inline int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Failure:
    case Error::Kind::Conflict: // the command line reads and writes at once: rare, retryable
        return Failure;
    case Error::Kind::Usage:
        return UsageError;
    case Error::Kind::InputRefused:
        return InputRefused;
    case Error::Kind::ProjectProblem:
        return ProjectProblem;
    case Error::Kind::CheckFailed:
        return CheckFailed;
    case Error::Kind::Cancelled:
        return Cancelled;
    }
    return Failure;
}

} // namespace evimap::cli
