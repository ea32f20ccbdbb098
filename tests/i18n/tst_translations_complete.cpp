// SPDX-License-Identifier: Apache-2.0
// The catalogues are complete: lupdate over today's sources, into a copy of each .ts, finds
// no unfinished entry and drops none that was translated (a source text changed without its
// translation). Every translation keeps its source's placeholders and its mnemonic, and a
// field label has one Chinese text wherever its words appear.
#include "tscatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace trialcrf::i18ntest;

class TestTranslationsComplete : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueMatchesTheSources_data();
    void catalogueMatchesTheSources();
    void translationsKeepPlaceholders_data();
    void translationsKeepPlaceholders();
    void translationsKeepMnemonics_data();
    void translationsKeepMnemonics();
    void fieldLabelsHaveOneTranslation_data();
    void fieldLabelsHaveOneTranslation();

private:
    void addCatalogues();
};

namespace {

QString sourceDir()
{
    return QStringLiteral(TRIALCRF_SOURCE_DIR);
}

QString listed(const QStringList &items)
{
    return QStringLiteral("\n  ") + items.join(QStringLiteral("\n  "));
}

}  // namespace

void TestTranslationsComplete::addCatalogues()
{
    QTest::addColumn<QString>("ts");
    QTest::addColumn<QStringList>("sources");
    // The folders the update_translations target reads (translations/CMakeLists.txt): the app
    // (shell, CLI, charts and PDF report), the forms and the model share one catalogue, so a
    // term has one translation everywhere.
    QTest::newRow("zh_CN") << "translations/trialcrf_zh_CN.ts"
                           << QStringList{"app", "forms", "model"};
}

void TestTranslationsComplete::catalogueMatchesTheSources_data()
{
    addCatalogues();
}

void TestTranslationsComplete::catalogueMatchesTheSources()
{
    QFETCH(QString, ts);
    QFETCH(QStringList, sources);
    const QString lupdate = QStringLiteral(TRIALCRF_LUPDATE);
    if (!QFileInfo(lupdate).isExecutable())
        QSKIP(qPrintable(QStringLiteral("lupdate not found at %1").arg(lupdate)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(ts).fileName());
    QVERIFY(QFile::copy(QDir(sourceDir()).filePath(ts), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    TsCatalog before;
    QString error;
    QVERIFY2(before.load(copy, &error), qPrintable(error));

    QProcess process;
    process.setWorkingDirectory(sourceDir());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, QStringList{QStringLiteral("-no-obsolete"),
                                       QStringLiteral("-locations"), QStringLiteral("none"),
                                       QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui")}
                               + sources + QStringList{QStringLiteral("-ts"), copy});
    QVERIFY2(process.waitForFinished(-1), qPrintable(process.errorString()));
    const QString output = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(output));

    TsCatalog after;
    QVERIFY2(after.load(copy, &error), qPrintable(error));
    QCOMPARE(after.language(), QStringLiteral("zh_CN"));
    QVERIFY2(after.messages().size() > 0, "lupdate found no source text");

    QStringList unfinished;
    QSet<QString> present;
    for (const TsCatalog::Message &m : after.messages()) {
        present.insert(m.name());
        if (!m.isFinished())
            unfinished << m.name();
    }
    QStringList vanished;
    for (const TsCatalog::Message &m : before.messages()) {
        if (m.isFinished() && !present.contains(m.name()))
            vanished << m.name();
    }
    QString report;
    if (!unfinished.isEmpty())
        report += QStringLiteral("\n%1 source text(s) without a finished translation "
                                 "(run the update_translations target, then translate):%2")
                      .arg(unfinished.size())
                      .arg(listed(unfinished));
    if (!vanished.isEmpty())
        report += QStringLiteral("\n%1 translation(s) whose source text is gone from the code "
                                 "(changed or removed; the .ts needs lupdate):%2")
                      .arg(vanished.size())
                      .arg(listed(vanished));
    QVERIFY2(report.isEmpty(), qPrintable(report));
}

void TestTranslationsComplete::translationsKeepPlaceholders_data()
{
    addCatalogues();
}

void TestTranslationsComplete::translationsKeepPlaceholders()
{
    QFETCH(QString, ts);
    TsCatalog catalogue;
    QString error;
    QVERIFY2(catalogue.load(QDir(sourceDir()).filePath(ts), &error), qPrintable(error));
    static const QRegularExpression placeholder(QStringLiteral("%(?:n|L?\\d+)"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.removeDuplicates();
        found.sort();
        return found;
    };
    QStringList wrong;
    for (const TsCatalog::Message &m : catalogue.messages()) {
        const QStringList wanted = placeholders(m.source);
        for (const QString &t : m.translations) {
            if (!t.isEmpty() && placeholders(t) != wanted)
                wrong << QStringLiteral("%1 → \"%2\"").arg(m.name(), t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("placeholders differ:") + listed(wrong)));
}

void TestTranslationsComplete::translationsKeepMnemonics_data()
{
    addCatalogues();
}

void TestTranslationsComplete::translationsKeepMnemonics()
{
    QFETCH(QString, ts);
    TsCatalog catalogue;
    QString error;
    QVERIFY2(catalogue.load(QDir(sourceDir()).filePath(ts), &error), qPrintable(error));
    // An "&" before a letter or digit marks the Alt key; "&&" is a literal ampersand.
    static const QRegularExpression mnemonic(QStringLiteral("(?<!&)&(?!&)([A-Za-z0-9])"));
    QStringList wrong;
    for (const TsCatalog::Message &m : catalogue.messages()) {
        const QRegularExpressionMatch source = mnemonic.match(m.source);
        if (!source.hasMatch())
            continue;
        for (const QString &t : m.translations) {
            const QRegularExpressionMatch translated = mnemonic.match(t);
            if (t.isEmpty())
                continue;
            if (!translated.hasMatch()
                || translated.captured(1).toUpper() != source.captured(1).toUpper())
                wrong << QStringLiteral("%1 → \"%2\"").arg(m.name(), t);
        }
    }
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("mnemonic lost or changed:") + listed(wrong)));
}

void TestTranslationsComplete::fieldLabelsHaveOneTranslation_data()
{
    addCatalogues();
}

void TestTranslationsComplete::fieldLabelsHaveOneTranslation()
{
    // A field's label (context FieldLabels) is its one text: where a form, the report or a
    // code list says the same words in another context, the reader sees the same translation.
    QFETCH(QString, ts);
    TsCatalog catalogue;
    QString error;
    QVERIFY2(catalogue.load(QDir(sourceDir()).filePath(ts), &error), qPrintable(error));
    const auto current = [](const TsCatalog::Message &m) {
        return m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete")
               && !m.numerus && m.comment.isEmpty();
    };
    QHash<QString, QString> labels;  // source → the FieldLabels translation
    for (const TsCatalog::Message &m : catalogue.messages()) {
        if (m.context == QLatin1String("FieldLabels") && current(m))
            labels.insert(m.source, m.translations.value(0));
    }
    QVERIFY2(labels.size() > 100, "the field labels were not found");
    QStringList wrong;
    for (const TsCatalog::Message &m : catalogue.messages()) {
        const auto label = labels.constFind(m.source);
        if (label == labels.cend() || !current(m) || m.translations.value(0) == *label)
            continue;
        wrong << QStringLiteral("%1 → \"%2\", but the field label is \"%3\"")
                     .arg(m.name(), m.translations.value(0), *label);
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(QStringLiteral("a field label translated twice:")
                                         + listed(wrong)));
}

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translations_complete.moc"
