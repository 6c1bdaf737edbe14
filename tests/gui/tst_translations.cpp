#include "ui/i18n/language.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

// The .ts files are the source of the translations: each must be complete
// (nothing unfinished, nothing empty), and each must load at run time.
class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void everyTsFileIsCompletelyTranslated_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(FOTADESK_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("fotadesk_*.ts")}, QDir::Files);
        QVERIFY(files.contains(QStringLiteral("fotadesk_de.ts")));
        QVERIFY(files.contains(QStringLiteral("fotadesk_it.ts")));
        QVERIFY(files.contains(QStringLiteral("fotadesk_zh_CN.ts")));
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void everyTsFileIsCompletelyTranslated()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList problems;
        QString source, type;
        QStringList forms; // one translation, or one per plural form
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                if (type == QLatin1String("obsolete") || type == QLatin1String("vanished"))
                    continue;
                if (type == QLatin1String("unfinished") || forms.isEmpty() || forms.contains(QString()))
                    problems << source;
                for (const QString &form : std::as_const(forms)) {
                    if (source.count(QLatin1Char('%')) != form.count(QLatin1Char('%')))
                        problems << QStringLiteral("placeholders differ: %1 / %2").arg(source, form);
                }
                continue;
            }
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("message")) {
                source.clear();
                type.clear();
                forms.clear();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                type = xml.attributes().value(QLatin1String("type")).toString();
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        forms << xml.readElementText();
                    else if (xml.isCharacters() && !xml.isWhitespace())
                        text += xml.text();
                }
                if (forms.isEmpty())
                    forms << text;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages > 300, "the GUI and core strings should all be there");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void eachLanguageLoadsAndTranslates_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("update");
        QTest::newRow("de") << "de" << "Aktualisieren";
        QTest::newRow("it") << "it" << "Aggiorna";
        QTest::newRow("zh_CN") << "zh_CN" << "\u66f4\u65b0";
    }

    void eachLanguageLoadsAndTranslates()
    {
        QFETCH(QString, code);
        QFETCH(QString, update);
        QVERIFY(Language::install(code) != QLatin1String("en"));
        const QString text = QCoreApplication::translate("MainActions", "&Update\u2026");
        QVERIFY2(text.contains(update), qPrintable(text));
        Language::install(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("MainActions", "&Update\u2026"), QStringLiteral("&Update\u2026"));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
