#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

QList<Language::Choice> Language::choices()
{
    return {
        {QString(), tr("System language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("it"), QStringLiteral("Italiano")},
        {QStringLiteral("zh_CN"), QStringLiteral("\u7b80\u4f53\u4e2d\u6587")},
    };
}

QString Language::install(const QString &code)
{
    static QPointer<QTranslator> ours;
    static QPointer<QTranslator> qts;
    for (QTranslator *old : {ours.data(), qts.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // Numbers, sizes and dates follow the chosen language too ("26,2 kB").
    QLocale::setDefault(locale);
    // English is the source language: there is no English .qm to load, and an
    // English system must not fall through to a later preference.
    if (code == QLatin1String("en") || (code.isEmpty() && locale.uiLanguages().value(0).startsWith(QLatin1String("en"))))
        return QStringLiteral("en");

    auto *app = QCoreApplication::instance();
    ours = new QTranslator(app);
    if (!ours->load(locale, QStringLiteral("fotadesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete ours;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(ours);
    qts = new QTranslator(app);
    if (qts->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qts);
    else
        delete qts;
    return ours->language();
}
