#pragma once

#include "Database.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

/// A temporary data folder and a shipped dataset compiled from tests/db/data.
class DatabaseFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    /// Opens the data folder with the compiled test dataset attached.
    std::unique_ptr<tigerscope::Database> openDatabase(QString *error = nullptr);
    QString userPath() const;

    QTemporaryDir m_dataDir;
    QTemporaryDir m_shippedDir;
    QString m_shippedPath;
};

/// The first column of the first row of sql as a number; -1 when the query fails or has no row.
int countRows(const QSqlDatabase &db, const QString &sql);

/// Writes a user database as schema version @p version left it: schema-1.sql and the upgrade
/// scripts up to that version, then @p rows, in one file at @p path.
void writeDatabaseAtVersion(const QString &path, int version, const QStringList &rows);
