#include "LanguageManager.h"

#include "LanguageCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

Q_LOGGING_CATEGORY(lcLanguage, "tigerscope.language")

/// Qt's catalogue of the widgets, dialogs and platform strings, then the catalogue windeployqt
/// merges Qt's modules into (it holds qtbase's strings when deployed that way).
const QStringList &qtCatalogueNames()
{
    static const QStringList names{u"qtbase"_s, u"qt"_s};
    return names;
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

void LanguageManager::setLanguage(Language language)
{
    if (m_applied && language == m_current)
        return;

    removeTranslators();

    auto appTranslator = std::make_unique<QTranslator>();
    if (appTranslator->load(LanguageCatalogue::path(language))) {
        installTranslator(std::move(appTranslator));
    } else if (language != Language::English) {
        qCWarning(lcLanguage) << "Missing app catalogue" << LanguageCatalogue::path(language);
    }

    // English is the source language of Qt's strings too: no catalogue needed.
    if (language != Language::English) {
        const QLocale locale = localeFor(language);
        auto translator = std::make_unique<QTranslator>();
        if (loadQtCatalogue(*translator, locale, qtCatalogueDirectories()))
            installTranslator(std::move(translator));
        else
            qCWarning(lcLanguage) << "Missing Qt catalogue" << qtCatalogueNames() << "for" << locale.name();
    }

    QLocale::setDefault(localeFor(language));
    m_current = language;
    m_applied = true;
    Q_EMIT languageChanged(language);
}

QStringList LanguageManager::installedCatalogues() const
{
    QStringList paths;
    for (const auto &translator : m_translators)
        paths.append(translator->filePath());
    return paths;
}

QStringList LanguageManager::qtCatalogueDirectories()
{
    QStringList directories{QLibraryInfo::path(QLibraryInfo::TranslationsPath)};
    if (QCoreApplication::instance())
        directories.append(QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(u"translations"_s));
    return directories;
}

bool LanguageManager::loadQtCatalogue(QTranslator &translator, const QLocale &locale, const QStringList &directories)
{
    for (const QString &name : qtCatalogueNames()) {
        for (const QString &directory : directories) {
            if (translator.load(locale, name, u"_"_s, directory))
                return true;
        }
    }
    return false;
}

void LanguageManager::removeTranslators()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}

void LanguageManager::installTranslator(std::unique_ptr<QTranslator> translator)
{
    if (QCoreApplication::installTranslator(translator.get()))
        m_translators.push_back(std::move(translator));
    else
        qCWarning(lcLanguage) << "Could not install" << translator->filePath();
}

} // namespace tigerscope
