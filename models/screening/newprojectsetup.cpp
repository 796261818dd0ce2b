#include "screening/newprojectsetup.h"

#include "project/project.h"
#include "screening/exclusionreasonstore.h"
#include "screening/screeningsettings.h"
#include "screening/screeningstore.h"

namespace evimap {

QStringList NewProjectSetup::standardExclusionReasons()
{
    return {tr("Wrong population"), tr("Wrong intervention"), tr("Wrong comparator"),
            tr("Wrong outcome"),    tr("Wrong study design"), tr("Wrong publication type"),
            tr("Not retrievable"),  tr("Duplicate")};
}

Status NewProjectSetup::apply(Project &project) const
{
    if (reviewersTitleAbstract < 1 || reviewersFullText < 1)
        return Error{Error::Kind::Usage, tr("at least one reviewer must screen each record")};
    ScreeningSettings settings = ScreeningSettings::read(project);
    settings.reviewersRequired = reviewersTitleAbstract;
    settings.reviewersRequiredFullText = reviewersFullText;
    if (Status s = settings.write(project); !s)
        return s;
    ScreeningStore store(project);
    QStringList added;
    for (const QString &label : exclusionReasons) {
        const QString text = label.simplified();
        bool repeated = false;
        for (const QString &earlier : std::as_const(added))
            repeated = repeated || earlier.compare(text, Qt::CaseInsensitive) == 0;
        if (text.isEmpty() || repeated)
            continue;
        if (Result<ExclusionReason> r = ExclusionReasonStore(store.project()).addReason(text, 0);
            !r)
            return r.error();
        added << text;
    }
    return {};
}

} // namespace evimap
