#pragma once

#include "UserRecords.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace tigerscope {

class AppContext;

/// The citations of a figure or event being edited: a list with Add, Edit and Remove.
class CitationListEditor : public QWidget
{
    Q_OBJECT
public:
    CitationListEditor(AppContext &context, QWidget *parent = nullptr);

    void setCitations(const QList<CitationRecord> &citations);
    QList<CitationRecord> citations() const { return m_citations; }

    /// How a citation reads in a list: CitationFormatter's short form ("Title ¶10 “15亿”", the
    /// paragraph counted from 1) in the interface language, or the reference.
    static QString describe(const CitationRecord &citation, AppContext &context);

Q_SIGNALS:
    void citationsChanged();

private:
    void refresh();
    void addCitation();
    void editCitation();

    AppContext &m_context;
    QList<CitationRecord> m_citations;
    QListWidget *m_list;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace tigerscope
