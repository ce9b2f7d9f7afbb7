#include "FontFamilies.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QStringList FontFamilies::latin()
{
    // Linux (Noto, DejaVu), Windows, macOS.
    return {u"Noto Sans"_s, u"DejaVu Sans"_s, u"Segoe UI"_s, u"Helvetica Neue"_s, u"Arial"_s};
}

QStringList FontFamilies::cjk()
{
    return {u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"PingFang SC"_s, u"Microsoft YaHei"_s,
            u"WenQuanYi Micro Hei"_s};
}

QStringList FontFamilies::latinFirst()
{
    return latin() + cjk() + QStringList{u"sans-serif"_s};
}

QStringList FontFamilies::cjkFirst()
{
    return cjk() + latin() + QStringList{u"sans-serif"_s};
}

} // namespace tigerscope
