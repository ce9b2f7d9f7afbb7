#pragma once

#include <QDialog>

namespace tigerscope {

class AppContext;

/// A dialog that edits one record (a figure, an event, a citation): it starts from a copy of the
/// record and closes on OK only once take() has read the fields into a record it keeps, which
/// record() then gives.
template<typename Record>
class RecordDialog : public QDialog
{
public:
    RecordDialog(AppContext &context, const Record &record, QWidget *parent)
        : QDialog(parent)
        , m_context(context)
        , m_record(record)
    {}

    Record record() const { return m_record; }

    void accept() override
    {
        if (take(&m_record))
            QDialog::accept();
    }

protected:
    /// Reads the fields into *kept (which holds the record as it stands); false, having said what
    /// is wrong, when they do not make a record to keep.
    virtual bool take(Record *kept) = 0;

    AppContext &m_context;

private:
    Record m_record;
};

} // namespace tigerscope
