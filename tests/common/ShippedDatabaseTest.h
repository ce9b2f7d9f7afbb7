#pragma once

#include "Database.h"

#include <gtest/gtest.h>

#include <QTemporaryDir>

#include <memory>

namespace tigerscope::testsupport {

/// A test over the shipped dataset with an empty user database of its own in a temporary folder.
class ShippedDatabaseTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

} // namespace tigerscope::testsupport
