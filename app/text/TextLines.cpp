#include "TextLines.h"

namespace tigerscope {

QList<SourceLine> TextLines::split(const QString &text)
{
    const QString normalised = text.normalized(QString::NormalizationForm_C);
    QList<SourceLine> lines;
    const qsizetype n = normalised.size();
    qsizetype start = 0;
    int lineNumber = 1;
    for (qsizetype i = 0; i <= n; ++i) {
        const char16_t c = i < n ? normalised.at(i).unicode() : u'\n';
        const bool isBreak = c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029;
        if (!isBreak)
            continue;
        QString line = QStringView(normalised).mid(start, i - start).trimmed().toString();
        if (!line.isEmpty())
            lines.append({std::move(line), lineNumber});
        if (c == u'\r' && i + 1 < n && normalised.at(i + 1) == u'\n')
            ++i;
        start = i + 1;
        ++lineNumber;
    }
    return lines;
}

} // namespace tigerscope
