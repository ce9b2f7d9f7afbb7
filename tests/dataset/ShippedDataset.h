#pragma once

#include "Database.h"

#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

#include <string>

namespace tigerscope::testsupport {

/// The shipped dataset as compiled into the application, opened once for a suite.
class ShippedDataset : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QString error;
        s_database = Database::openFile(QStringLiteral(TIGERSCOPE_DATASET_FILE), &error).release();
        ASSERT_NE(s_database, nullptr) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_database;
        s_database = nullptr;
    }

    /// The first column of every row of sql, as strings.
    static QStringList column(const QString &sql)
    {
        QStringList values;
        QSqlQuery query(s_database->connection());
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        while (query.next())
            values.append(query.value(0).toString());
        return values;
    }

    static inline Database *s_database = nullptr;
};

inline std::string joined(const QStringList &values)
{
    return values.join(QStringLiteral("\n")).toStdString();
}

} // namespace tigerscope::testsupport
