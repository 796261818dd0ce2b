#include "core/logging.h"

Q_LOGGING_CATEGORY(lcProject, "evimap.models.project", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "evimap.models.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRecords, "evimap.models.records", QtWarningMsg)
