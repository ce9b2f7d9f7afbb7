#pragma once

#include <QCoreApplication>
#include <QString>

namespace tigerscope {

/// How much a synthetic dataset holds.
struct SyntheticSize
{
    int companies = 10'000;
    int observations = 1'000'000;
    int articles = 2'000;
    int paragraphsPerLanguage = 24; ///< per article and language
    quint32 seed = 20250301;
};

/// Writes a synthetic dataset for scale tests: a shipped-format dataset file at the current schema
/// (companies with aliases, metrics, observations each with a citation, article records) and a user
/// database holding the bilingual articles as imported ones (paragraphs, their full-text index and a
/// 1-1 alignment), so Database::open({dataDir, shippedPath}) opens it as the application would.
/// All text is generated: Chinese from a fixed list of common characters, English from syllables.
/// The same size and seed always give the same data.
class SyntheticDataset
{
    Q_DECLARE_TR_FUNCTIONS(SyntheticDataset)
public:
    explicit SyntheticDataset(SyntheticSize size = {});

    /// Writes the shipped dataset file at path (replacing it).
    bool writeShipped(const QString &path, QString *error) const;

    /// Creates the user database in dataDir (which must not hold one) and imports the articles.
    bool writeUserArticles(const QString &dataDir, const QString &shippedPath, QString *error) const;

    /// The generated English word of a vocabulary index; low indices are the frequent words.
    static QString englishWord(int index);
    /// Company names, in each language.
    static QString chineseName(int company);
    static QString englishName(int company);
    static QString companyId(int company);

    const SyntheticSize &size() const { return m_size; }

private:
    SyntheticSize m_size;
};

} // namespace tigerscope
