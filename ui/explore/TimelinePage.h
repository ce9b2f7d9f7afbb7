#pragma once

#include "ContextWidget.h"
#include "UserRecords.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;

namespace tigerscope {

class TimelineView;

/// The Timeline section: every dated event on a zoomable axis, filtered by company and kind, with
/// the chosen event's details and sources beside it. Filters and the splitter are kept between runs.
class TimelinePage : public ContextWidget<QWidget>
{
    Q_OBJECT
public:
    explicit TimelinePage(AppContext &context, QWidget *parent = nullptr);
    ~TimelinePage() override;

private:
    void retranslate() override;
    void fillFilters();
    void reload();
    void showDetails(qint64 eventId);

    QComboBox *m_company;
    QComboBox *m_kind;
    QPushButton *m_fit;
    QPushButton *m_add;
    QLabel *m_count;
    QLabel *m_help;
    TimelineView *m_view;
    QTextBrowser *m_details;
    QSplitter *m_splitter;
    std::optional<EventRecord> m_shown;
    int m_undated = 0;
};

} // namespace tigerscope
