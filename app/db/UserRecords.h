#pragma once

#include "Citation.h"
#include "PartialDate.h"

#include <QList>
#include <QString>

#include <cmath>
#include <limits>

namespace tigerscope {

/// A figure as the observations table stores it, with its citations.
struct ObservationRecord
{
    qint64 id = -1; ///< -1: not stored yet
    QString companyId;
    QString metricKey;
    double value = std::numeric_limits<double>::quiet_NaN();
    double valueHigh = std::numeric_limits<double>::quiet_NaN(); ///< NaN unless qualifier is "range"
    QString currency;
    PartialDate asOf;
    QString qualifier = QStringLiteral("exact");
    QString status = QStringLiteral("reported");
    QString derivation;
    QString noteZh;
    QString noteEn;
    QString createdAt; ///< kept on undo so a restored row is the same row
    QString origin;    ///< "shipped" or "user" when read back
    QList<CitationRecord> citations;

    bool hasHigh() const { return !std::isnan(valueHigh); }
};

/// An event as the events table stores it, with its citations.
struct EventRecord
{
    qint64 id = -1;
    QString companyId;
    QString personId;
    PartialDate date;
    QString kind;
    QString summaryZh;
    QString summaryEn;
    QString createdAt;
    QString origin;
    QList<CitationRecord> citations;
};

} // namespace tigerscope
