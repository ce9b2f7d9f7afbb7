#pragma once

#include "Language.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class QLocale;
class QTranslator;

namespace tigerscope {

/// Switches the interface language at run time, without widgets: replaces the translators of the
/// app catalogue (":/i18n/tigerscope_<code>.qm") and of Qt's own strings (qtbase_<code>.qm, or
/// qt_<code>.qm, from Qt's translations folder) on the application, and makes the language's locale the default.
/// Installing a translator sends QEvent::LanguageChange to the application, which passes it on to
/// every widget; languageChanged() is for everything else (models, charts). Persisting the choice
/// is the caller's business. Use from the GUI thread, with a QCoreApplication alive.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    /// Removes the translators it installed.
    ~LanguageManager() override;

    /// The language last set; English (the source language) before any call to setLanguage().
    Language current() const { return m_current; }

    /// Installs language's catalogues in place of the previous ones and emits languageChanged();
    /// nothing happens when language is already set (the first call always applies). A missing
    /// catalogue leaves its strings in English: expected for English, a packaging fault (logged)
    /// for Chinese.
    void setLanguage(Language language);

    /// Paths of the catalogues installed now, app catalogue first; for diagnostics and tests.
    QStringList installedCatalogues() const;

    /// Where Qt's own catalogues are looked for: Qt's translations folder, then "translations"
    /// beside the executable (where a deployed build keeps them).
    static QStringList qtCatalogueDirectories();

    /// Loads Qt's catalogue for locale into translator from the first of directories that has
    /// "qtbase_<code>.qm"; failing that, from the first that has "qt_<code>.qm" (windeployqt merges
    /// Qt's catalogues into that one). False when neither is found.
    static bool loadQtCatalogue(QTranslator &translator, const QLocale &locale, const QStringList &directories);

Q_SIGNALS:
    void languageChanged(tigerscope::Language language);

private:
    void removeTranslators();
    void installTranslator(std::unique_ptr<QTranslator> translator);

    Language m_current = Language::English;
    bool m_applied = false;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace tigerscope
