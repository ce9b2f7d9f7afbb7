// tigerscope-datac: compiles resources/data/*.json into the SQLite file embedded in the application.

#include "Database.h"
#include "DatasetCompiler.h"
#include "Schema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Compiles the Tigerscope dataset."_s);
    parser.addHelpOption();
    parser.addOption({u"data"_s, u"Folder of the dataset's JSON files."_s, u"dir"_s});
    parser.addOption({u"out"_s, u"SQLite file to write."_s, u"file"_s});
    parser.process(app);
    if (!parser.isSet(u"data"_s) || !parser.isSet(u"out"_s)) {
        std::fputs("tigerscope-datac: --data and --out are required\n", stderr);
        return 2;
    }
    const QString out = parser.value(u"out"_s);
    const QString partial = out + u".partial"_s;
    QFile::remove(partial);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"datac"_s);
        db.setDatabaseName(partial);
        QString error;
        if (!db.open() || !tigerscope::Schema::create(db, &error)) {
            std::fprintf(stderr, "tigerscope-datac: %s\n", qPrintable(error));
        } else {
            tigerscope::DatasetCompiler compiler;
            ok = compiler.compile(parser.value(u"data"_s), db);
            for (const QString &message : compiler.errors())
                std::fprintf(stderr, "tigerscope-datac: %s\n", qPrintable(message));
            if (ok)
                QSqlQuery(db).exec(u"VACUUM"_s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"datac"_s);
    if (!ok) {
        QFile::remove(partial);
        return 1;
    }
    QFile::remove(out);
    if (!QFile::rename(partial, out)) {
        std::fputs("tigerscope-datac: cannot write the output file\n", stderr);
        return 1;
    }
    return 0;
}
