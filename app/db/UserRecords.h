#pragma once

#include "PartialDate.h"

#include <QList>
#include <QString>

#include <cmath>
#include <limits>

namespace tigerscope {

/// One citation of a user figure or event: an article paragraph (key, language, paragraph index,
/// the figure as printed there) or a free reference (text or URL).
struct CitationRecord
{
    qint64 id = -1;
    QString articleKey;
    QString lang;
    int paragraph = -1;
    QString printed;
    QString reference;

    bool isArticle() const { return !articleKey.isEmpty(); }
    bool operator==(const CitationRecord &other) const = default;
};

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
