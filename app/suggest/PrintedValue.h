#pragma once

#include "UserRecords.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tigerscope {

/// Reads a value as a person types it or as the app prints it — "1500000000", "1,500,000,000",
/// "1.5e9", "15亿", "1.5 billion", "70万", "45%" — and checks a figure against the printed text of
/// its citations. A percentage read for a metric kept as a ratio gives the fraction (45% → 0.45).
namespace PrintedValue {

/// The value of text, or nothing when it is not one number or one figure.
std::optional<double> read(const QString &text, const QString &metricUnit = {});

/// The printed texts of record's citations that are figures but none of whose values is the
/// record's value (or its upper value): what the person should look at again.
QStringList mismatches(const ObservationRecord &record, const QString &metricUnit);

} // namespace PrintedValue

} // namespace tigerscope
