#pragma once

#include <QString>

class QWidget;

namespace evimap::ui {

// Someone else changed what this window was editing (a Conflict from the models): says what
// they did and lets the person keep their version (the default) or save these edits over it.
// Returns true for "Save Mine".
bool chooseToSaveMine(QWidget *parent, const QString &whatHappened);

} // namespace evimap::ui
