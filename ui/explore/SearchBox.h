#pragma once

#include "ContextWidget.h"

#include <QLineEdit>

class QCompleter;

namespace tigerscope {

class SearchModel;

/// Finds companies and people by any name or alias in either script as one types (月之暗面,
/// Moonshot and Kimi find the same company) and opens the company chosen — for a person, the
/// company they work for.
class SearchBox : public ContextWidget<QLineEdit>
{
    Q_OBJECT
public:
    explicit SearchBox(AppContext &context, QWidget *parent = nullptr);

Q_SIGNALS:
    /// A company was chosen (directly or through one of its people).
    void companyChosen(const QString &companyId);

private:
    void retranslate() override;
    void choose(const QModelIndex &index);

    SearchModel *m_model;
    QCompleter *m_completer;
};

} // namespace tigerscope
