#include "AlignmentFormats.h"

#include <QXmlStreamWriter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QString sideText(const QList<int> &indices, const QStringList &paragraphs)
{
    QStringList parts;
    for (int i : indices)
        parts.append(paragraphs.value(i));
    return parts.join(u' ');
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return text;
}

QString paragraphNumbers(const QList<int> &indices)
{
    QStringList numbers;
    for (int i : indices)
        numbers.append(QString::number(i + 1));
    return numbers.join(u',');
}

QByteArray toTsv(const Alignment &alignment, const QStringList &zh, const QStringList &en)
{
    QByteArray out;
    for (const AlignmentBead &bead : alignment.beads)
        out += (oneLine(sideText(bead.zh, zh)) + u'\t' + oneLine(sideText(bead.en, en)) + u'\n').toUtf8();
    return out;
}

void writeVariant(QXmlStreamWriter &xml, const QString &language, const QString &text)
{
    xml.writeStartElement(u"tuv"_s);
    xml.writeAttribute(u"xml:lang"_s, language);
    xml.writeTextElement(u"seg"_s, text);
    xml.writeEndElement();
}

void writeProperty(QXmlStreamWriter &xml, const QString &type, const QString &value)
{
    xml.writeStartElement(u"prop"_s);
    xml.writeAttribute(u"type"_s, type);
    xml.writeCharacters(value);
    xml.writeEndElement();
}

QByteArray toTmx(const Alignment &alignment, const QStringList &zh, const QStringList &en)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"tmx"_s);
    xml.writeAttribute(u"version"_s, u"1.4"_s);
    xml.writeStartElement(u"header"_s);
    xml.writeAttribute(u"creationtool"_s, u"Tigerscope"_s);
    xml.writeAttribute(u"creationtoolversion"_s, u"1"_s);
    xml.writeAttribute(u"segtype"_s, u"paragraph"_s);
    xml.writeAttribute(u"o-tmf"_s, u"Tigerscope"_s);
    xml.writeAttribute(u"adminlang"_s, u"en"_s);
    xml.writeAttribute(u"srclang"_s, u"zh-CN"_s);
    xml.writeAttribute(u"datatype"_s, u"plaintext"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"body"_s);
    for (const AlignmentBead &bead : alignment.beads) {
        if (!bead.isPair())
            continue;
        xml.writeStartElement(u"tu"_s);
        writeProperty(xml, u"x-confidence"_s, QString::number(std::round(bead.confidence * 1000.0) / 1000.0));
        writeProperty(xml, u"x-zh-paragraphs"_s, paragraphNumbers(bead.zh));
        writeProperty(xml, u"x-en-paragraphs"_s, paragraphNumbers(bead.en));
        writeVariant(xml, u"zh-CN"_s, sideText(bead.zh, zh));
        writeVariant(xml, u"en"_s, sideText(bead.en, en));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

} // namespace

std::optional<AlignmentFormat> alignmentFormatFromKey(const QString &key)
{
    for (AlignmentFormat format : {AlignmentFormat::Json, AlignmentFormat::Tsv, AlignmentFormat::Tmx}) {
        if (alignmentFormatKey(format) == key)
            return format;
    }
    return std::nullopt;
}

QString alignmentFormatKey(AlignmentFormat format)
{
    switch (format) {
    case AlignmentFormat::Json: return u"json"_s;
    case AlignmentFormat::Tsv: return u"tsv"_s;
    case AlignmentFormat::Tmx: return u"tmx"_s;
    }
    return {};
}

QByteArray writeAlignment(AlignmentFormat format, const Alignment &alignment, const QStringList &zh,
                          const QStringList &en)
{
    switch (format) {
    case AlignmentFormat::Json: return alignmentToJson(alignment) + '\n';
    case AlignmentFormat::Tsv: return toTsv(alignment, zh, en);
    case AlignmentFormat::Tmx: return toTmx(alignment, zh, en);
    }
    return {};
}

} // namespace tigerscope
