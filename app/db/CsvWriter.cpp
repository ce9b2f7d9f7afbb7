#include "CsvWriter.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

bool startsLikeAFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return false;
    bool isNumber = false;
    text.toDouble(&isNumber);
    return !isNumber;
}

} // namespace

QString CsvWriter::cell(const QString &text)
{
    QString value = startsLikeAFormula(text) ? u'\'' + text : text;
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    value.replace(u"\""_s, u"\"\""_s);
    return u'"' + value + u'"';
}

QString CsvWriter::line(const QStringList &cells)
{
    QStringList written;
    written.reserve(cells.size());
    for (const QString &text : cells)
        written.append(cell(text));
    return written.join(u',');
}

} // namespace tigerscope
