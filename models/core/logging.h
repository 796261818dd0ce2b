#pragma once

#include <QLoggingCategory>

// Developer diagnostics, one category per module. Problems users must see are Issues instead.
Q_DECLARE_LOGGING_CATEGORY(lcProject)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcRecords)
