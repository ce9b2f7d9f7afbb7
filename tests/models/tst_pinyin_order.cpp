// Chinese names sort by pinyin in every table over the shipped dataset — 阿里巴巴 (ā) before 百度
// (bǎi) before 智谱 (zhì), which code-point order puts the other way round — in SQL (companies,
// figures, events) and in the landscape's proxy, read from the rows the models give.
#include "CompanyTableModel.h"
#include "EventTableModel.h"
#include "LandscapeTableModel.h"
#include "NameCollator.h"
#include "ObservationTableModel.h"
#include "ShippedDatabaseTest.h"
#include "SortKeyProxyModel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class PinyinOrderTest : public testsupport::ShippedDatabaseTest
{
protected:
    /// The texts of a column, every page loaded.
    static QStringList column(QAbstractItemModel &model, int column)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts.append(model.index(row, column).data().toString());
        return texts;
    }

    /// names in pinyin order, with expected (in pinyin order) among them in that order.
    static void expectPinyinOrder(const QStringList &names, const QStringList &expected)
    {
        qsizetype previous = -1;
        for (const QString &name : expected) {
            const qsizetype at = names.indexOf(name);
            ASSERT_GE(at, 0) << name.toStdString() << " is listed";
            EXPECT_GT(at, previous) << name.toStdString() << " after the one before it";
            previous = at;
        }
        const NameCollator pinyin(Language::Chinese);
        for (qsizetype i = 1; i < names.size(); ++i)
            EXPECT_LE(pinyin.compare(names.at(i - 1), names.at(i)), 0)
                << names.at(i - 1).toStdString() << " before " << names.at(i).toStdString();
    }
};

} // namespace

TEST_F(PinyinOrderTest, CompanyListSortsChineseNamesByPinyin)
{
    CompanyTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLanguage(Language::Chinese);
    model.sort(CompanyTableModel::NameColumn, Qt::AscendingOrder);
    expectPinyinOrder(column(model, CompanyTableModel::NameColumn), {u"阿里巴巴"_s, u"百度"_s, u"智谱"_s});

    // In English the Chinese names are the other column, and sort by pinyin too.
    model.setLanguage(Language::English);
    model.sort(CompanyTableModel::OtherNameColumn, Qt::AscendingOrder);
    expectPinyinOrder(column(model, CompanyTableModel::OtherNameColumn), {u"阿里巴巴"_s, u"百度"_s, u"智谱"_s});
}

TEST_F(PinyinOrderTest, FigureAndEventTablesSortCompaniesByPinyin)
{
    ObservationTableModel figures(m_database->connection());
    QAbstractItemModelTester figuresTester(&figures, QAbstractItemModelTester::FailureReportingMode::Fatal);
    figures.setLanguage(Language::Chinese);
    figures.sort(ObservationTableModel::CompanyColumn, Qt::AscendingOrder);
    QStringList companies = column(figures, ObservationTableModel::CompanyColumn);
    companies.removeDuplicates();
    // 腾讯 (téng) before 智谱 (zhì): code points put 智 (U+667A) before 腾 (U+817E).
    expectPinyinOrder(companies, {u"腾讯"_s, u"智谱"_s});

    EventTableModel events(m_database->connection());
    QAbstractItemModelTester eventsTester(&events, QAbstractItemModelTester::FailureReportingMode::Fatal);
    events.setLanguage(Language::Chinese);
    events.sort(EventTableModel::CompanyColumn, Qt::AscendingOrder);
    companies = column(events, EventTableModel::CompanyColumn);
    companies.removeAll(QString());
    companies.removeDuplicates();
    expectPinyinOrder(companies, {u"阿里巴巴"_s, u"百度"_s, u"智谱"_s});
}

TEST_F(PinyinOrderTest, LandscapeSortsCompaniesByPinyin)
{
    LandscapeTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setLanguage(Language::Chinese);
    SortKeyProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(LandscapeTableModel::SortRole);
    sorted.sort(LandscapeTableModel::CompanyColumn, Qt::AscendingOrder);
    expectPinyinOrder(column(sorted, LandscapeTableModel::CompanyColumn), {u"阿里巴巴"_s, u"百度"_s, u"智谱"_s});
}
