#pragma once

#include "CompanyProfile.h"
#include "ContextWidget.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;
class QTreeWidget;

namespace tigerscope {

class ConflictList;
class RecordTablePanel;
class SmallChartWidget;

/// One company: names and aliases in both scripts, group, description; then every figure and
/// event with its source, the people and their moves, the paragraphs of imported articles that
/// name it, and the charts it appears in. Activating a source opens it.
class CompanyPage : public ContextWidget<QWidget>
{
    Q_OBJECT
public:
    explicit CompanyPage(AppContext &context, QWidget *parent = nullptr);

    void setCompany(const QString &companyId);
    QString companyId() const { return m_companyId; }

Q_SIGNALS:
    /// The user asked to compare this company with others.
    void compareRequested(const QString &companyId);

private:
    void retranslate() override;
    void reload();
    void showHeader();
    void showPeople();
    void showMentions();
    void showCharts();
    void showChart();
    void updateTabTitles();

    QString m_companyId;
    std::optional<CompanyProfile> m_profile;
    QList<CompanyMention> m_mentionList;
    QLabel *m_header;
    QTabWidget *m_tabs;
    RecordTablePanel *m_figures;
    RecordTablePanel *m_events;
    QTreeWidget *m_people;
    QListWidget *m_mentions;
    QListWidget *m_chartList;
    SmallChartWidget *m_chart;
    ConflictList *m_conflicts;
};

} // namespace tigerscope
