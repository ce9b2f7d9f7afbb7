#pragma once

#include "UserRecords.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tigerscope {

class AppContext;
class CitationListEditor;

/// Adds or edits one of the user's figures: company, metric, value (or range), currency, as-of
/// date at its precision, qualifier, status, notes and the sources. Checks the figure before
/// closing; the caller stores it.
class ObservationDialog : public QDialog
{
    Q_OBJECT
public:
    ObservationDialog(AppContext &context, const ObservationRecord &record, QWidget *parent = nullptr);

    ObservationRecord record() const { return m_record; }
    void accept() override;

    /// Reads a number typed by a person: "1500000000", "1,500,000,000", "1.5e9".
    static bool parseNumber(const QString &text, double *value);

private:
    void updateUnit();

    AppContext &m_context;
    ObservationRecord m_record;
    QComboBox *m_company;
    QComboBox *m_metric;
    QLineEdit *m_value;
    QLineEdit *m_valueHigh;
    QComboBox *m_currency;
    QLineEdit *m_asOf;
    QComboBox *m_qualifier;
    QComboBox *m_status;
    QLineEdit *m_derivation;
    QPlainTextEdit *m_noteZh;
    QPlainTextEdit *m_noteEn;
    CitationListEditor *m_citations;
};

} // namespace tigerscope
