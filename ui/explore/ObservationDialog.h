#pragma once

#include "RecordDialog.h"
#include "UserRecords.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tigerscope {

class CitationListEditor;

/// Adds or edits one of the user's figures: company, metric, value (or range), currency, as-of
/// date at its precision, qualifier, status, notes and the sources. Checks the figure before
/// closing; the caller stores it.
class ObservationDialog : public RecordDialog<ObservationRecord>
{
    Q_OBJECT
public:
    ObservationDialog(AppContext &context, const ObservationRecord &record, QWidget *parent = nullptr);

    /// Reads a value typed by a person or printed by the app: "1500000000", "1,500,000,000", "1.5e9",
    /// "15亿", "1.5 billion", "70万", "45%" (0.45 for a metric kept as a ratio).
    static bool parseNumber(const QString &text, double *value, const QString &metricUnit = {});

    /// The warning shown while the value does not agree with the figures the sources print; empty
    /// when it agrees.
    QString mismatchWarning() const;

private:
    bool take(ObservationRecord *kept) override;
    void updateUnit();
    void updateMismatch();

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
    QLabel *m_mismatch;
};

} // namespace tigerscope
