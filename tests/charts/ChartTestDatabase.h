#pragma once

#include "Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

/// The compiled shipped dataset, opened with an empty user database in a temporary folder.
class ChartTestDatabase
{
public:
    ChartTestDatabase();
    tigerscope::Database *get() const { return m_database.get(); }
    QString error() const { return m_error; }
    static QString datasetFile();

private:
    QTemporaryDir m_dir;
    QString m_error;
    std::unique_ptr<tigerscope::Database> m_database;
};
