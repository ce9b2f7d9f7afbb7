#pragma once

#include "RecordDialog.h"
#include "UserRecords.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tigerscope {

class CitationListEditor;

/// Adds or edits one of the user's events: company, person, date at its precision, kind, what
/// happened in either or both languages, and the sources.
class EventDialog : public RecordDialog<EventRecord>
{
    Q_OBJECT
public:
    EventDialog(AppContext &context, const EventRecord &record, QWidget *parent = nullptr);

private:
    bool take(EventRecord *kept) override;

    QComboBox *m_company;
    QComboBox *m_person;
    QLineEdit *m_date;
    QComboBox *m_kind;
    QPlainTextEdit *m_summaryZh;
    QPlainTextEdit *m_summaryEn;
    CitationListEditor *m_citations;
};

} // namespace tigerscope
