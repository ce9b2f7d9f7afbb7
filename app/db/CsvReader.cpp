#include "CsvReader.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace tigerscope {

CsvReader::Result CsvReader::read(const QByteArray &data)
{
    Result result;
    QStringDecoder decoder(QStringDecoder::Utf8); // skips a byte order mark
    const QString text = decoder.decode(data);
    if (decoder.hasError()) {
        result.issues.append({1, tr("The file is not UTF-8 text.")});
        return result;
    }

    int line = 1;
    CsvRecord record;
    record.line = 1;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool wasQuoted = false;    // the current field was quoted and its quote is closed
    bool recordBroken = false; // an issue was reported for this record: skip it
    int quoteLine = 0;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        wasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        const bool blank = record.fields.size() == 1 && record.fields.first().isEmpty();
        if (!recordBroken && !blank)
            result.records.append(record);
        record = CsvRecord();
        recordBroken = false;
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (c == u'"') {
            if (field.isEmpty() && !wasQuoted) {
                quoted = true;
                quoteLine = line;
            } else if (!recordBroken) {
                result.issues.append({record.line,
                                      tr("A quote inside an unquoted field; put the field in quotes "
                                         "and double the quote.")});
                recordBroken = true;
            }
        } else {
            if (wasQuoted && !recordBroken) {
                result.issues.append({record.line,
                                      tr("Text after a closing quote; a quoted field must end at "
                                         "the comma.")});
                recordBroken = true;
            }
            field.append(c);
        }
    }
    if (quoted) {
        result.issues.append({quoteLine, tr("A quote opened on this line is never closed.")});
        return result;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || wasQuoted)
        endRecord();
    return result;
}

QString CsvReader::unguarded(const QString &cell)
{
    if (cell.size() < 2 || cell.front() != u'\'')
        return cell;
    const QChar next = cell.at(1);
    const bool guarded = next == u'=' || next == u'+' || next == u'-' || next == u'@' || next == u'\t' || next == u'\r';
    return guarded ? cell.mid(1) : cell;
}

} // namespace tigerscope
