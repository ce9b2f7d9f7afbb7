#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace tigerscope {

/// Gale–Church length model for Chinese against English: the English length of a translation is
/// normally distributed around ratio × Chinese length with variance variance × Chinese length.
/// Lengths count non-whitespace characters on both sides; l̄ is the mean of the Chinese length
/// and the English length divided by c.
struct LengthModel
{
    double ratio = 0.0;    ///< c: mean English characters per Chinese character
    double variance = 0.0; ///< s²: variance of the English length per Chinese character
    /// Share of translations that are abridged or padded beyond the normal model, and how much
    /// wider their spread is: a contaminated normal, so one loose pair does not outweigh its
    /// anchors. Not fitted (one article has too few such pairs to tell); chosen conservatively.
    double outlierShare = 0.1;
    double outlierWidth = 3.0;

    /// The constants measured on seed 003 (see LengthModel.cpp).
    static LengthModel measured();

    /// Robust fit from (Chinese length, English length) pairs of 1-1 translations: c is the
    /// median ratio, s² the median of (en − c·zh)²/l̄ over the median of χ²₁ (0.4549), so a few
    /// loose translations do not inflate it. Empty when no pair has both lengths positive.
    static std::optional<LengthModel> fit(const QList<QPair<double, double>> &zhEnLengths);

    static qsizetype length(const QString &paragraph);

    /// Standardised deviation δ of an English length from the one predicted by a Chinese length.
    double deviation(double zhLength, double enLength) const;

    /// −log P(|Δ| ≥ |δ|) under the contaminated normal model: 0 for a perfect match.
    double cost(double zhLength, double enLength) const;
};

} // namespace tigerscope
