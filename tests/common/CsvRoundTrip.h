#pragma once

#include "CsvObservationImporter.h"
#include "Database.h"
#include "UserDataStore.h"

#include <gtest/gtest.h>

#include <QStringList>

namespace testsupport {

/// A figure's fields that an import must give back: all but its id, origin and time of entry.
inline QString importedFields(const tigerscope::ObservationRecord &record)
{
    QStringList parts = {record.companyId,
                         record.metricKey,
                         QString::number(record.value, 'g', 17),
                         record.hasHigh() ? QString::number(record.valueHigh, 'g', 17) : QStringLiteral("-"),
                         record.currency,
                         record.asOf.toNotation(),
                         record.qualifier,
                         record.status,
                         record.derivation,
                         record.noteZh,
                         record.noteEn};
    for (const tigerscope::CitationRecord &citation : record.citations)
        parts += {citation.articleKey, citation.lang, QString::number(citation.paragraph), citation.printed,
                  citation.reference};
    return parts.join(QLatin1Char('|'));
}

/// Imports csv into fresh (an empty user database) as the CSV import does and expects the
/// figures it gets, in order, to be the user's with the fields of expected.
inline void expectImportsBack(tigerscope::Database &fresh, const QByteArray &csv,
                              const QList<tigerscope::ObservationRecord> &expected)
{
    tigerscope::CsvObservationImporter importer(fresh);
    tigerscope::CsvImportPreview preview = importer.preview(csv);
    ASSERT_TRUE(preview.canImport()) << (preview.issues.isEmpty() ? "no figures"
                                                                  : preview.issues.first().message.toStdString());
    QString error;
    ASSERT_TRUE(importer.import(&preview, &error)) << error.toStdString();
    ASSERT_EQ(preview.records.size(), expected.size());
    const tigerscope::UserDataStore store(fresh);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const auto imported = store.observation(preview.records.at(i).id);
        ASSERT_TRUE(imported);
        EXPECT_EQ(imported->origin, QStringLiteral("user"));
        EXPECT_EQ(importedFields(*imported), importedFields(expected.at(i))) << "row " << i;
    }
}

} // namespace testsupport
