#pragma once

#include <QDialog>
#include <QHash>
#include <QString>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace evimap::ui {

// Which record field each column of a CSV file becomes: the columns with an example value and
// the field the import would choose (CsvReader::preview), each changeable. The result is a
// complete explicit mapping ("map.<field>" = column, "" for fields no column feeds), the same
// options `evimap import --map` gives.
class CsvMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvMappingDialog(const QString &csvPath, const QHash<QString, QString> &formatOptions,
                     QWidget *parent = nullptr);

    // False when the file could not be read; errorText() says why.
    bool isValid() const { return m_valid; }
    QString errorText() const { return m_error; }
    QHash<QString, QString> formatOptions() const;

    // The field chosen for column `column` ("" = kept as a raw field), and choosing one.
    QString fieldOf(int column) const;
    void setFieldOf(int column, const QString &field);
    QTableWidget *table() const { return m_table; }

private:
    void validate();
    QComboBox *comboAt(int row) const;

    QTableWidget *m_table;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QStringList m_headers;
    bool m_valid = false;
    QString m_error;
};

} // namespace evimap::ui
