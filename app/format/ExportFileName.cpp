#include "ExportFileName.h"

#include <QTextBoundaryFinder>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

bool isReserved(QChar c)
{
    return c.category() == QChar::Other_Control || u"\\/:*?\"<>|"_s.contains(c);
}

QString withoutReserved(const QString &title)
{
    QString cleaned;
    cleaned.reserve(title.size());
    for (const QChar c : title)
        cleaned += isReserved(c) ? u' ' : c;
    return cleaned.simplified();
}

} // namespace

QString ExportFileName::fromTitle(const QString &title, qsizetype maxLength)
{
    const QString cleaned = withoutReserved(title);
    if (cleaned.size() <= maxLength)
        return cleaned;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, cleaned);
    words.setPosition(maxLength);
    while (words.position() > 0 && !words.boundaryReasons().testFlag(QTextBoundaryFinder::EndOfItem))
        words.toPreviousBoundary();
    const qsizetype cut = words.position() > 0 ? words.position() : maxLength;
    QString name = cleaned.left(cut).trimmed();
    while (!name.isEmpty() && (name.back().isPunct() || name.back().isSpace()))
        name.chop(1);
    return name;
}

} // namespace tigerscope
