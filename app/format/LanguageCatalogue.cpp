#include "LanguageCatalogue.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTranslator>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace tigerscope {

QString LanguageCatalogue::path(Language language)
{
    return u":/i18n/tigerscope_"_s + languageCode(language) + u".qm"_s;
}

QString LanguageCatalogue::translate(Language language, const char *context, const char *sourceText)
{
    static QMutex mutex;
    // A null translator records a catalogue that failed to load, so it is not retried on every call.
    static std::map<Language, std::unique_ptr<QTranslator>> translators;

    QString translated;
    {
        const QMutexLocker locker(&mutex);
        auto it = translators.find(language);
        if (it == translators.end()) {
            auto translator = std::make_unique<QTranslator>();
            if (!translator->load(path(language)))
                translator.reset();
            it = translators.emplace(language, std::move(translator)).first;
        }
        if (it->second)
            translated = it->second->translate(context, sourceText);
    }
    return translated.isEmpty() ? QString::fromUtf8(sourceText) : translated;
}

} // namespace tigerscope
