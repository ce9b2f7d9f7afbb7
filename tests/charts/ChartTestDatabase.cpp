#include "ChartTestDatabase.h"

QString ChartTestDatabase::datasetFile()
{
    return QStringLiteral(TIGERSCOPE_DATASET_FILE);
}

ChartTestDatabase::ChartTestDatabase()
{
    m_database = tigerscope::Database::open({m_dir.path(), datasetFile(), true}, &m_error);
}
