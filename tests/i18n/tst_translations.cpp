// The Chinese catalogue is complete: every user-visible string of the sources has a finished
// translation, and the catalogue holds nothing that vanished from the sources. The English catalogue
// holds the singular and plural of every numerus message ("%n company" / "%n companies").

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString type; ///< the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    QStringList forms; ///< the translation, or its numerus forms
};

QList<Message> readCatalogue(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == "name"_L1) {
                context = xml.readElementText();
            } else if (xml.name() == "message"_L1) {
                message = Message{context, {}, {}, false, {}};
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (xml.name() == "source"_L1) {
                message.source = xml.readElementText();
            } else if (xml.name() == "translation"_L1) {
                message.type = xml.attributes().value("type"_L1).toString();
                // A translation holds either text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                        message.forms.append(xml.readElementText());
                }
                if (message.forms.isEmpty())
                    message.forms.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            messages.append(message);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QString catalogue()
{
    return QStringLiteral(TIGERSCOPE_SOURCE_DIR "/translations/tigerscope_zh_CN.ts");
}

QString englishCatalogue()
{
    return QStringLiteral(TIGERSCOPE_SOURCE_DIR "/translations/tigerscope_en.ts");
}

QString keyOf(const Message &message)
{
    return message.context + u": "_s + message.source;
}

} // namespace

TEST(ChineseCatalogue, EveryStringIsTranslated)
{
    const QList<Message> messages = readCatalogue(catalogue());
    ASSERT_GT(messages.size(), 100);
    QStringList missing;
    for (const Message &message : messages) {
        bool empty = message.forms.isEmpty();
        for (const QString &form : message.forms)
            empty = empty || form.trimmed().isEmpty();
        if (!message.type.isEmpty() || empty)
            missing << message.context + u": "_s + message.source + u" ["_s + message.type + u']';
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.size() << " strings without a finished Chinese translation:\n"
                                   << missing.join(u'\n').toStdString();
}

TEST(ChineseCatalogue, FollowsTheSources)
{
    // lupdate over today's sources must find nothing the committed catalogue lacks.
    QTemporaryDir work;
    ASSERT_TRUE(work.isValid());
    const QString fresh = work.filePath(u"fresh_zh_CN.ts"_s);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(TIGERSCOPE_SOURCE_DIR));
    lupdate.start(QStringLiteral(TIGERSCOPE_LUPDATE),
                  {u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-silent"_s, u"app"_s, u"ui"_s, u"-ts"_s, fresh});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();

    QSet<QString> committed;
    for (const Message &message : readCatalogue(catalogue()))
        committed.insert(message.context + u'\x1f' + message.source);
    QStringList absent;
    QSet<QString> current;
    for (const Message &message : readCatalogue(fresh)) {
        const QString key = message.context + u'\x1f' + message.source;
        current.insert(key);
        if (!committed.contains(key))
            absent << message.context + u": "_s + message.source;
    }
    EXPECT_TRUE(absent.isEmpty()) << absent.size()
                                  << " strings of the sources are not in translations/tigerscope_zh_CN.ts "
                                     "(run `cmake --build build --target update_translations` and translate them):\n"
                                  << absent.join(u'\n').toStdString();
    QStringList vanished;
    for (const QString &key : std::as_const(committed)) {
        if (!current.contains(key))
            vanished << QString(key).replace(u'\x1f', u": "_s);
    }
    EXPECT_TRUE(vanished.isEmpty()) << "strings no longer in the sources:\n" << vanished.join(u'\n').toStdString();
}

TEST(EnglishCatalogue, HasBothFormsOfEveryPlural)
{
    // The Chinese catalogue follows the sources (above), so its numerus messages are the sources' ones.
    QSet<QString> expected;
    for (const Message &message : readCatalogue(catalogue())) {
        if (message.numerus)
            expected.insert(keyOf(message));
    }
    ASSERT_FALSE(expected.isEmpty());

    const QList<Message> messages = readCatalogue(englishCatalogue());
    QSet<QString> present;
    QStringList wrong;
    for (const Message &message : messages) {
        const QString key = keyOf(message);
        present.insert(key);
        if (!message.numerus) {
            wrong << key + u" [not a plural: the English catalogue keeps plurals only]"_s;
            continue;
        }
        const bool bothForms = message.forms.size() == 2 && !message.forms.at(0).trimmed().isEmpty()
            && !message.forms.at(1).trimmed().isEmpty();
        if (!message.type.isEmpty() || !bothForms || !message.forms.at(1).contains(u"%n"_s))
            wrong << key + u" ["_s + message.type + u"] "_s + message.forms.join(u" | "_s);
    }
    EXPECT_TRUE(wrong.isEmpty()) << "English plurals without a finished singular and plural:\n"
                                 << wrong.join(u'\n').toStdString();
    QStringList absent;
    for (const QString &key : std::as_const(expected)) {
        if (!present.contains(key))
            absent << key;
    }
    EXPECT_TRUE(absent.isEmpty()) << "plurals missing from translations/tigerscope_en.ts (run `cmake --build build "
                                     "--target update_translations_en` and write their forms):\n"
                                  << absent.join(u'\n').toStdString();
}
