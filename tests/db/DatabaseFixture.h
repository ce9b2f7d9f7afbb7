#pragma once

#include "Database.h"

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
