#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace evimap::ui {

namespace {
const char translatorName[] = "evimapTranslator";
} // namespace

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    removeTranslations(app);
    auto *qt = new QTranslator(&app);
    qt->setObjectName(QLatin1String(translatorName));
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    // English is the source language; its translation holds only the plural forms ("1 record",
    // "2 records"). Installed first, it is the base every other language falls back to.
    auto *plurals = new QTranslator(&app);
    plurals->setObjectName(QLatin1String(translatorName));
    if (plurals->load(QStringLiteral(":/i18n/evimap_en.qm")))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
    if (locale.language() == QLocale::English)
        return false;

    auto *own = new QTranslator(&app);
    own->setObjectName(QLatin1String(translatorName));
    if (own->load(locale, QStringLiteral("evimap"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

void removeTranslations(QCoreApplication &app)
{
    const QList<QTranslator *> translators =
        app.findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace evimap::ui
