#pragma once

#include <QLocale>

class QCoreApplication;

namespace evimap::ui {

// Installs the window's translations for `locale` on `app`: EviMap's own (built into the program
// from resources/translations/evimap_*.ts) and Qt's (its dialogs' buttons), when the system has
// them. Under every language the English plural forms come first ("1 record", "2 records"), as
// the base the others fall back to. Returns whether a translation into another language than
// English was found. The command line stays in English, so scripts can read it whatever the
// locale.
bool installTranslations(QCoreApplication &app, const QLocale &locale = QLocale());

// Removes the translators installTranslations() added (tests switch languages).
void removeTranslations(QCoreApplication &app);

} // namespace evimap::ui
