// The landscape table over the shipped dataset: the companies of the comparison in order, every
// filled cell tied to the record it comes from, "not given" where the sources are silent, the
// user's figures marked, sorting with the silent cells last, and the PNG/PDF writers; the kinds
// of organisation (company, government body, university, …) shown and filtered.
#include "CompanyTableModel.h"
#include "Database.h"
#include "LandscapeTableModel.h"
#include "ShippedDatabaseTest.h"
#include "TableDocumentExporter.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class LandscapeTest : public testsupport::ShippedDatabaseTest
{
protected:
    int rowOf(const LandscapeTableModel &model, const QString &company) const
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.companyId(row) == company)
                return row;
        }
        return -1;
    }

    static int column(LandscapeAspect aspect) { return LandscapeTableModel::FirstAspectColumn + int(aspect); }
};

} // namespace

TEST_F(LandscapeTest, OneRowPerTigerAndGiantWithByteDanceAndDeepSeek)
{
    LandscapeTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList expected = {u"zhipu"_s, u"baichuan"_s, u"minimax"_s, u"moonshot"_s,  u"stepfun"_s, u"01ai"_s,
                                  u"baidu"_s, u"alibaba"_s,  u"tencent"_s, u"bytedance"_s, u"deepseek"_s};
    ASSERT_EQ(model.rowCount(), expected.size());
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.companyId(row), expected.at(row));
    EXPECT_EQ(model.index(0, LandscapeTableModel::CompanyColumn).data().toString(), u"Zhipu AI"_s);
    EXPECT_EQ(model.index(0, LandscapeTableModel::GroupColumn).data().toString(), u"Six little tigers"_s);
    EXPECT_EQ(model.columnCount(), 2 + LandscapeAspectCount);
}

TEST_F(LandscapeTest, EveryFilledCellIsCitedAndSilentOnesSayNotGiven)
{
    LandscapeTableModel model(m_database->connection());
    int filled = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int c = LandscapeTableModel::FirstAspectColumn; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(row, c);
            const QString key = index.data(LandscapeTableModel::CitationKeyRole).toString();
            if (key.isEmpty()) {
                EXPECT_EQ(index.data().toString(), u"not given"_s) << model.companyId(row).toStdString() << c;
                continue;
            }
            ++filled;
            EXPECT_TRUE(key.startsWith("obs:"_L1) || key.startsWith("event:"_L1));
            EXPECT_TRUE(index.data(Qt::ToolTipRole).toString().contains(u"paragraph"_s))
                << "the tooltip names the source paragraph: " << model.companyId(row).toStdString() << " " << c;
        }
    }
    EXPECT_GT(filled, 20);

    // Zhipu's latest financing is the 1.5 billion raised within 10 days (26 March 2025), cited to
    // paragraph 12 (counted from 1) of the English version.
    const int zhipu = rowOf(model, u"zhipu"_s);
    const QModelIndex financing = model.index(zhipu, column(LandscapeAspect::Financing));
    EXPECT_EQ(financing.data(LandscapeTableModel::CitationKeyRole).toString(), u"obs:1"_s);
    EXPECT_TRUE(financing.data().toString().contains(u"1.5"_s)) << financing.data().toString().toStdString();
    EXPECT_TRUE(financing.data(Qt::ToolTipRole).toString().contains(u"paragraph 12"_s))
        << financing.data(Qt::ToolTipRole).toString().toStdString();
    EXPECT_EQ(model.index(zhipu, column(LandscapeAspect::Departures)).data().toString(), u"3 departure(s)"_s);
    EXPECT_EQ(model.index(zhipu, column(LandscapeAspect::Customers)).data().toString(), u"leans B-end (business)"_s);

    const int baichuan = rowOf(model, u"baichuan"_s);
    EXPECT_EQ(model.index(baichuan, column(LandscapeAspect::Valuation)).data().toString(), u"not given"_s);
    EXPECT_TRUE(model.index(baichuan, column(LandscapeAspect::StrategicMove)).data().toString().contains(u"medical"_s));
    // Tencent's adoption comes from Tencent itself or its cloud unit.
    EXPECT_FALSE(model.index(rowOf(model, u"tencent"_s), column(LandscapeAspect::DeepSeekAdoption))
                     .data(LandscapeTableModel::CitationKeyRole)
                     .toString()
                     .isEmpty());
}

TEST_F(LandscapeTest, FollowsTheLanguage)
{
    LandscapeTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.setLanguage(Language::Chinese);
    EXPECT_EQ(headers.count(), 1);
    EXPECT_EQ(model.index(0, LandscapeTableModel::CompanyColumn).data().toString(), u"智谱"_s);
    EXPECT_TRUE(model.index(0, column(LandscapeAspect::Financing)).data().toString().contains(u"亿"_s))
        << model.index(0, column(LandscapeAspect::Financing)).data().toString().toStdString();
}

TEST_F(LandscapeTest, TheUsersOwnFigureIsMarked)
{
    QSqlDatabase db = m_database->connection();
    const qint64 id = m_database->nextUserId(u"observations"_s);
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO main.observations (id, company_id, metric_key, value, currency, as_of, "
                   "as_of_precision) VALUES (?, 'baichuan', 'valuation', 5e9, 'CNY', '2025-03-01', 'day')"_s);
    insert.addBindValue(id);
    ASSERT_TRUE(insert.exec());
    QSqlQuery cite(db);
    cite.prepare(
        u"INSERT INTO main.citations (id, observation_id, reference) VALUES (?, ?, 'https://example.org/v')"_s);
    cite.addBindValue(m_database->nextUserId(u"citations"_s));
    cite.addBindValue(id);
    ASSERT_TRUE(cite.exec());

    LandscapeTableModel model(db);
    const QModelIndex valuation = model.index(rowOf(model, u"baichuan"_s), column(LandscapeAspect::Valuation));
    EXPECT_TRUE(valuation.data(LandscapeTableModel::UserFigureRole).toBool());
    EXPECT_TRUE(valuation.data().toString().contains(u"(your figure)"_s)) << valuation.data().toString().toStdString();
    EXPECT_TRUE(valuation.data(Qt::ToolTipRole).toString().contains(u"example.org"_s));
}

TEST_F(LandscapeTest, SortsByValueWithSilentCellsLast)
{
    LandscapeTableModel model(m_database->connection());
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(LandscapeTableModel::SortRole);
    QAbstractItemModelTester tester(&sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    sorted.sort(column(LandscapeAspect::Departures), Qt::AscendingOrder);
    const QModelIndex first = sorted.index(0, column(LandscapeAspect::Departures));
    EXPECT_NE(first.data().toString(), u"not given"_s);
    EXPECT_EQ(sorted.index(sorted.rowCount() - 1, column(LandscapeAspect::Departures)).data().toString(),
              u"not given"_s);
    double previous = -1;
    for (int row = 0; row < sorted.rowCount(); ++row) {
        const QVariant value
            = sorted.index(row, column(LandscapeAspect::Departures)).data(LandscapeTableModel::SortRole);
        if (!value.isValid())
            break;
        EXPECT_GE(value.toDouble(), previous);
        previous = value.toDouble();
    }
}

TEST_F(LandscapeTest, WritesPngAndPdfWithTheTable)
{
    LandscapeTableModel model(m_database->connection());
    const TableDocumentExporter::Content content{u"Landscape"_s, u"Footnote"_s, {}};
    const QString png = m_dir.filePath(u"landscape.png"_s);
    ASSERT_TRUE(TableDocumentExporter::writePng(model, content, png, 1600));
    const QImage image(png);
    ASSERT_EQ(image.width(), 1600);
    EXPECT_GT(image.height(), 400) << "eleven rows and a header";
    int dark = 0;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            dark += qGray(image.pixel(x, y)) < 128;
    }
    EXPECT_GT(dark, 500) << "text is drawn";

    const QString pdf = m_dir.filePath(u"landscape.pdf"_s);
    ASSERT_TRUE(TableDocumentExporter::writePdf(model, content, pdf));
    QProcess text;
    text.start(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    ASSERT_TRUE(text.waitForFinished(30000));
    const QString out = QString::fromUtf8(text.readAllStandardOutput());
    EXPECT_TRUE(out.contains(u"Zhipu AI"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"DeepSeek"_s));
    EXPECT_TRUE(out.contains(u"Executive departures"_s)) << out.toStdString();
}

TEST_F(LandscapeTest, OrganisationsHaveAKindShownAndFilterable)
{
    CompanyTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setKindFilter(u"university"_s);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        ids << model.companyId(row);
        EXPECT_EQ(model.index(row, CompanyTableModel::KindColumn).data().toString(), u"University"_s);
    }
    ids.sort();
    EXPECT_EQ(ids, (QStringList{u"sjtu"_s, u"tsinghua"_s}));
    model.setKindFilter(u"government"_s);
    ids.clear();
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.companyId(row);
    ids.sort();
    EXPECT_EQ(ids, (QStringList{u"futian"_s, u"ningbo-government"_s, u"puyang-government"_s, u"wuhan-government"_s}));
    model.setKindFilter(u"sector"_s);
    ASSERT_GE(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, CompanyTableModel::KindColumn).data().toString(), u"Industry or profession"_s);
    model.setKindFilter(u"company"_s);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_EQ(model.index(row, 0).data(CompanyTableModel::KindKeyRole).toString(), u"company"_s);
    QSqlQuery all(m_database->connection());
    ASSERT_TRUE(all.exec(u"SELECT count(*), sum(kind = 'company') FROM all_companies"_s) && all.next());
    EXPECT_LT(all.value(1).toInt(), all.value(0).toInt()) << "not every organisation is a company";
}
