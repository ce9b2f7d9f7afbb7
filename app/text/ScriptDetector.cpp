#include "ScriptDetector.h"

#include <QChar>

namespace tigerscope {

ScriptDetector::Counts ScriptDetector::count(QStringView text)
{
    Counts counts;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        if (c < 0x80) {
            if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'))
                ++counts.latin;
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        switch (QChar::script(c)) {
        case QChar::Script_Han:
            if (QChar::isLetter(c)) // not the ideographic punctuation Unicode also files under Han
                ++counts.han;
            break;
        case QChar::Script_Latin:
            if (QChar::isLetter(c))
                ++counts.latin;
            break;
        default: break;
        }
    }
    return counts;
}

std::optional<Language> ScriptDetector::detect(QStringView text)
{
    const Counts counts = count(text);
    if (counts.han == 0 && counts.latin == 0)
        return std::nullopt;
    return counts.han * 2 >= counts.latin ? Language::Chinese : Language::English;
}

} // namespace tigerscope
