#pragma once

#include "UserRecords.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace tigerscope {

class AppContext;
class CitationListEditor;

/// Adds or edits one of the user's events: company, person, date at its precision, kind, what
/// happened in either or both languages, and the sources.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(AppContext &context, const EventRecord &record, QWidget *parent = nullptr);

    EventRecord record() const { return m_record; }
    void accept() override;

private:
    AppContext &m_context;
    EventRecord m_record;
    QComboBox *m_company;
    QComboBox *m_person;
    QLineEdit *m_date;
    QComboBox *m_kind;
    QPlainTextEdit *m_summaryZh;
    QPlainTextEdit *m_summaryEn;
    CitationListEditor *m_citations;
};

} // namespace tigerscope
