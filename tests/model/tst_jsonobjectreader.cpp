// SPDX-License-Identifier: Apache-2.0
// JsonObjectReader (verify's fast reading of the trail's insert rows) against QJsonDocument:
// whatever the reader takes, it must read exactly as QJsonDocument does, member by member;
// what it does not take, it must say so (the caller then asks QJsonDocument). Checked on the
// app's own rows (Row::insertJson with escapes, CJK and a nested array), on hand-made edge
// cases, and on 20,000 seeded random mutations of them.
#include "storage/jsonobjectreader.h"
#include "storage/row.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace trialcrf;

namespace {

/// Reads `json` with the reader; when it takes the text, compares every member with
/// QJsonDocument's reading (and that the keys are the object's keys). Returns whether the
/// reader took it.
bool agrees(const QByteArray &json, QString *why)
{
    JsonObjectReader reader(json);
    QList<QPair<QString, QJsonValue>> members;
    QStringList keys;
    while (reader.next()) {
        const QString key = QString::fromUtf8(reader.key());
        keys << key;
        QJsonValue v;
        switch (reader.kind()) {
        case JsonObjectReader::Kind::String:
            v = reader.string();
            break;
        case JsonObjectReader::Kind::Array:
            v = QJsonDocument::fromJson(reader.raw().toByteArray()).array();
            if (!QJsonDocument::fromJson(reader.raw().toByteArray()).isArray()) {
                *why = QStringLiteral("array text not an array: ") + QString::fromUtf8(reader.raw());
                return true;
            }
            break;
        case JsonObjectReader::Kind::Object:
            v = QJsonDocument::fromJson(reader.raw().toByteArray()).object();
            break;
        }
        members << qMakePair(key, v);
    }
    if (reader.failed())
        return false;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull() || !doc.isObject()) {
        *why = QStringLiteral("taken, but QJsonDocument refuses it: ") + error.errorString();
        return true;
    }
    const QJsonObject o = doc.object();
    QStringList sortedKeys = keys;
    sortedKeys.removeDuplicates();
    if (sortedKeys.size() == keys.size()) {
        sortedKeys.sort();
        if (sortedKeys != o.keys()) {
            *why = QStringLiteral("keys differ: ") + keys.join(u',') + QStringLiteral(" vs ")
                + o.keys().join(u',');
            return true;
        }
        for (const auto &m : std::as_const(members)) {
            if (o.value(m.first) != m.second) {
                *why = QStringLiteral("member %1 differs").arg(m.first);
                return true;
            }
        }
    }
    return true;
}

QByteArray sampleRow()
{
    Row vital1, vital2, record;
    vital1.text(QStringLiteral("phase"), QStringLiteral("before"))
        .integer(QStringLiteral("systolic"), 120)
        .time(QStringLiteral("at"), QTime(9, 5));
    vital2.text(QStringLiteral("phase"), QStringLiteral("after"))
        .real(QStringLiteral("temperature"), 36.6);
    record.text(QStringLiteral("initials"), QStringLiteral("L\"Q\\\n\t\x01 张三 🙂"))
        .date(QStringLiteral("visit_date"), QDate(2026, 3, 20))
        .yesNo(QStringLiteral("reaction"), false)
        .text(QStringLiteral("notes"), QStringLiteral("a/b \u2028 \x7f end"))
        .auditOnly(QStringLiteral("vital_signs"),
                   Row::jsonArray({vital1.insertJson(), vital2.insertJson()}));
    return record.insertJson().toUtf8();
}

}  // namespace

class TestJsonObjectReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheAppsRows();
    void edgeCases_data();
    void edgeCases();
    void randomMutationsAgree();
};

void TestJsonObjectReader::readsTheAppsRows()
{
    const QByteArray json = sampleRow();
    QString why;
    QVERIFY2(agrees(json, &why), json.constData());  // taken: the app's own form
    QVERIFY2(why.isEmpty(), qPrintable(why));
    JsonObjectReader reader(json);
    int members = 0;
    while (reader.next())
        ++members;
    QVERIFY(!reader.failed());
    QCOMPARE(members, 5);
}

void TestJsonObjectReader::edgeCases_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("taken");
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("empty text") << QByteArray() << false;
    QTest::newRow("leading space") << QByteArray(" {}") << false;
    QTest::newRow("trailing space") << QByteArray("{} ") << false;
    QTest::newRow("trailing text") << QByteArray("{}x") << false;
    QTest::newRow("number") << QByteArray(R"({"a":1})") << false;
    QTest::newRow("null") << QByteArray(R"({"a":null})") << false;
    QTest::newRow("escaped key") << QByteArray(R"({"a\u0062":"x"})") << false;
    QTest::newRow("unicode escape") << QByteArray(R"({"a":"\u00e9\u4e2d"})") << true;
    QTest::newRow("escaped surrogate pair") << QByteArray(R"({"a":"\ud83d\ude42"})") << false;
    QTest::newRow("bad escape") << QByteArray(R"({"a":"\x"})") << false;
    QTest::newRow("raw control") << QByteArray("{\"a\":\"\x01\"}") << false;
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\":\"\xff\"}") << false;
    QTest::newRow("overlong utf-8") << QByteArray("{\"a\":\"\xc0\xaf\"}") << false;
    QTest::newRow("encoded surrogate") << QByteArray("{\"a\":\"\xed\xa0\x80\"}") << false;
    QTest::newRow("cut short") << QByteArray(R"({"a":"x")") << false;
    QTest::newRow("missing comma") << QByteArray(R"({"a":"x""b":"y"})") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":"x",})") << false;
    QTest::newRow("nested") << QByteArray(R"({"v":[{"a":"1"},[],{}],"w":{"x":["y"]}})") << true;
    QTest::newRow("nested number") << QByteArray(R"({"v":[1]})") << false;
    QTest::newRow("nested invalid utf-8") << QByteArray("{\"v\":[\"\xfe\"]}") << false;
    QTest::newRow("nested CJK") << QByteArray("{\"v\":[\"\xe4\xb8\xad\"]}") << true;
    QTest::newRow("too deep") << QByteArray(R"({"v":[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]})") << false;
    QTest::newRow("duplicate key") << QByteArray(R"({"a":"x","a":"y"})") << true;
}

void TestJsonObjectReader::edgeCases()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, taken);
    QString why;
    QCOMPARE(agrees(json, &why), taken);
    QVERIFY2(why.isEmpty(), qPrintable(why));
}

void TestJsonObjectReader::randomMutationsAgree()
{
    const QByteArray base = sampleRow();
    const QByteArray alphabet("{}[]\":,\\/ubfnrt0123456789aeE-+. \x01\x7f\xc3\xa9\xe4\xb8\xad\xff\xed");
    QRandomGenerator random(20261207);
    int taken = 0;
    for (int round = 0; round < 20000; ++round) {
        QByteArray json = base;
        const int edits = 1 + int(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(json.size() + 1));
            const char c = alphabet.at(int(random.bounded(alphabet.size())));
            switch (random.bounded(3)) {
            case 0:
                if (at < json.size())
                    json[at] = c;
                break;
            case 1:
                json.insert(at, c);
                break;
            default:
                if (at < json.size())
                    json.remove(at, 1);
            }
        }
        QString why;
        if (agrees(json, &why))
            ++taken;
        QVERIFY2(why.isEmpty(), qPrintable(why + QStringLiteral(" in ") + QString::fromUtf8(json.toPercentEncoding())));
    }
    // Many mutations stay readable (a changed letter in a value): the fast path is exercised.
    QVERIFY2(taken > 2000, qPrintable(QString::number(taken)));
}

QTEST_GUILESS_MAIN(TestJsonObjectReader)
#include "tst_jsonobjectreader.moc"
