#pragma once

#include <QString>
#include <QStringList>

namespace evimap::PersonNames {

// Author lists as import files write them, turned into one "Surname, Given" entry per author
// where the form allows it.

// "Smith J.; Jones A.", "Smith, J and Jones, A", "Smith J., Jones A.B." (Scopus), "Smith,
// J.//Jones, A." (EndNote), "Adeli K.Lewis G. F." (names glued after their initials), one
// name per line. "Smith, John" stays one author.
QStringList split(const QString &text);

// "Adeli K." -> "Adeli, K."; "Smith JA" -> "Smith, JA"; "D. E. Potter" -> "Potter, D. E.";
// "Smith, John (57190000000)" (Scopus author id) -> "Smith, John"; anything else ("John
// Smith") as written.
QString surnameFirst(const QString &name);

// "John A. Smith" -> "Smith, John A."; "Ludwig van Beethoven" -> "van Beethoven, Ludwig";
// names with a comma or initials after the surname as surnameFirst(). For sources that write
// names in display order (PDF metadata, title pages).
QString fromDisplayOrder(const QString &name);

} // namespace evimap::PersonNames
