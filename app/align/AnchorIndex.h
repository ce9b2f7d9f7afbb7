#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace tigerscope {

/// Evidence beyond length that a Chinese and an English paragraph translate each other: figures
/// in either notation ("15亿" and "1.5 billion" give the same anchor), dates, Latin-script tokens
/// written in the Chinese text (DeepSeek, GPT-4o, QuestMobile) and caller-given aliases
/// (智谱 ↔ Zhipu), and names by sound (张鹏 ↔ Zhang Peng, see NameSounds). The units are paragraphs or
/// sentences. Anchors are weighted by rarity: one found in few units says more.
class AnchorIndex
{
public:
    enum class Kind { Figure, Date, Latin, Alias, Name };

    AnchorIndex(const QStringList &zh, const QStringList &en, const QList<QPair<QString, QString>> &aliases);

    /// Sorted anchor ids of a paragraph.
    const std::vector<int> &zhAnchors(int paragraph) const { return m_zh.at(paragraph); }
    const std::vector<int> &enAnchors(int paragraph) const { return m_en.at(paragraph); }

    struct Agreement
    {
        double shared = 0.0;  ///< weight of the anchors on both sides
        double missing = 0.0; ///< weight of the anchors on one side that should have been on both
    };
    Agreement agreement(const std::vector<int> &zh, const std::vector<int> &en) const;

    static std::vector<int> unite(const std::vector<int> &a, const std::vector<int> &b);

    /// The anchor names of one paragraph ("N:1.5e+09", "P:45", "Y:2024", "L:deepseek"), without
    /// aliases: the same figure printed in either language gives the same name.
    static QStringList anchorNames(const QString &paragraph);

    QString name(int id) const { return m_names.at(id); }
    double weight(int id) const { return m_weights.at(id); }

private:
    int idFor(const QString &name, Kind kind);
    void addNameSounds(const QStringList &zh, const QStringList &en);

    QHash<QString, int> m_ids;
    QStringList m_names;
    QList<Kind> m_kinds;
    std::vector<double> m_weights;
    std::vector<std::vector<int>> m_zh;
    std::vector<std::vector<int>> m_en;
};

} // namespace tigerscope
