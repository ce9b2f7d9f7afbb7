#pragma once

#include "Language.h"

#include <QTreeWidget>

namespace tigerscope {

class AlignedParagraphModel;
class EntityLexicon;

/// Who an article mentions and how often, in each language, most mentioned first. Activating a
/// company asks for its page.
class EntityPanel : public QTreeWidget
{
    Q_OBJECT

public:
    explicit EntityPanel(const EntityLexicon &lexicon, QWidget *parent = nullptr);

    /// Counts the mentions in the model's article and lists them with names in language.
    void count(const AlignedParagraphModel &model, Language language);
    void retranslate();

Q_SIGNALS:
    void companyActivated(const QString &companyId);

private:
    const EntityLexicon &m_lexicon;
};

} // namespace tigerscope
