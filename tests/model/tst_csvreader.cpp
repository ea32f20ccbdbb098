// SPDX-License-Identifier: Apache-2.0
#include "exchange/csvprefetch.h"
#include "exchange/csvreader.h"
#include "exchange/csvvalues.h"
#include "exchange/csvwriter.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QtTest>

using namespace trialcrf;

namespace {
QList<QStringList> readAll(const QByteArray &input, void *unused = nullptr,
                           CsvError *error = nullptr, QList<qint64> *lines = nullptr)
{
    Q_UNUSED(unused);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(&fields)) {
        records.append(fields);
        if (lines)
            lines->append(reader.recordLine());
    }
    if (error)
        *error = reader.error();
    return records;
}
}  // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void readsWellFormedInput_data();
    void readsWellFormedInput();
    void reportsMalformedInputWithLineAndColumn_data();
    void reportsMalformedInputWithLineAndColumn();
    void countsLinesInsideQuotedFields();
    void writerKeepsOrderAcrossBuffers();
    void writerReportsAFailingDevice();
    void prefetchReadsWhatTheReaderReads_data();
    void prefetchReadsWhatTheReaderReads();
    void remembersByteOrderMark();
    void roundTripsWriterOutputAcrossBufferBoundaries();
    void stopsAtRecordSizeLimit();
    void refusesBeyondEachLimit_data();
    void refusesBeyondEachLimit();
    void writerQuotesOnlyWhereNeeded_data();
    void writerQuotesOnlyWhereNeeded();
    void writerAddsByteOrderMarkOnRequest();
    void readsNumbersAsQtReadsThem();
};

void TestCsvReader::readsWellFormedInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("expected");

    using R = QList<QStringList>;
    QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n") << R{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CRLF line ends") << QByteArray("a,b\r\n1,2\r\n") << R{{"a", "b"}, {"1", "2"}};
    QTest::newRow("CR line ends") << QByteArray("a,b\r1,2\r") << R{{"a", "b"}, {"1", "2"}};
    QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << R{{"a", "b"}, {"1", "2"}};
    QTest::newRow("empty fields") << QByteArray(",,\n") << R{{"", "", ""}};
    QTest::newRow("trailing comma at end of input") << QByteArray("a,") << R{{"a", ""}};
    QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << R{{"a,b", "c"}};
    QTest::newRow("doubled quote") << QByteArray("\"say \"\"hi\"\"\",x\n")
                                   << R{{"say \"hi\"", "x"}};
    QTest::newRow("embedded LF") << QByteArray("\"line1\nline2\",x\n") << R{{"line1\nline2", "x"}};
    QTest::newRow("embedded CRLF kept") << QByteArray("\"l1\r\nl2\",x\r\n")
                                        << R{{"l1\r\nl2", "x"}};
    QTest::newRow("quoted empty field") << QByteArray("\"\",\"\"\n") << R{{"", ""}};
    QTest::newRow("byte-order mark skipped") << QByteArray("\xEF\xBB\xBF" "a,b\n")
                                             << R{{"a", "b"}};
    QTest::newRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n") << R{{"a"}, {"b"}};
    QTest::newRow("Chinese text")
        << QByteArray("\xe8\xbe\x93\xe6\xb3\xa8,\"\xe7\xba\xa2\xe6\x96\x91,\xe9\xb3\x9e\"\n")
        << R{{QString::fromUtf8("输注"), QString::fromUtf8("红斑,鳞")}};
    QTest::newRow("empty input") << QByteArray() << R{};
    QTest::newRow("only a byte-order mark") << QByteArray("\xEF\xBB\xBF") << R{};
    QTest::newRow("spaces kept") << QByteArray(" a , b \n") << R{{" a ", " b "}};
}

void TestCsvReader::readsWellFormedInput()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, expected);
    CsvError error;
    const QList<QStringList> records = readAll(input, nullptr, &error);
    QCOMPARE(error.source, nullptr);
    QCOMPARE(records, expected);
}

void TestCsvReader::reportsMalformedInputWithLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("recordsBefore");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("unbalanced quote reports where it opens")
        << QByteArray("a,b\n1,\"open\n2,3\n") << 1 << qint64(2) << qint64(3) << "never ends";
    QTest::newRow("stray quote in unquoted field")
        << QByteArray("a,b\nab\"c,d\n") << 1 << qint64(2) << qint64(3) << "unquoted field";
    QTest::newRow("text after closing quote")
        << QByteArray("a,b\n\"x\"y,d\n") << 1 << qint64(2) << qint64(4) << "closing quote";
    QTest::newRow("column counts characters, not bytes")
        << QByteArray("\xe7\xba\xa2\xe6\x96\x91,x\"y\n") << 0 << qint64(1) << qint64(5)
        << "unquoted field";
    QTest::newRow("line counts embedded line breaks")
        << QByteArray("\"a\nb\",c\nd,\"e\"f\n") << 1 << qint64(3) << qint64(6) << "closing quote";
    QTest::newRow("invalid UTF-8")
        << QByteArray("a,b\nok,\xff\xfe\n") << 1 << qint64(2) << qint64(4) << "UTF-8";
}

void TestCsvReader::reportsMalformedInputWithLineAndColumn()
{
    QFETCH(QByteArray, input);
    QFETCH(int, recordsBefore);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, mentions);
    CsvError error;
    const QList<QStringList> records = readAll(input, nullptr, &error);
    QCOMPARE(records.size(), recordsBefore);
    QVERIFY(error.source);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY2(error.text().contains(mentions), qPrintable(error.text()));
}

void TestCsvReader::countsLinesInsideQuotedFields()
{
    QList<qint64> lines;
    const auto records =
        readAll("h1,h2\r\n\"a\r\nb\r\nc\",x\r\ny,z\r\n\"p\nq\",r\n", nullptr, nullptr, &lines);
    QCOMPARE(records.size(), 4);
    QCOMPARE(lines, (QList<qint64>{1, 2, 5, 6}));
}

void TestCsvReader::remembersByteOrderMark()
{
    QBuffer buffer;
    buffer.setData("\xEF\xBB\xBF" "a\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(reader.hadByteOrderMark());
    QCOMPARE(fields, QStringList{"a"});
}

void TestCsvReader::roundTripsWriterOutputAcrossBufferBoundaries()
{
    // Enough rows that fields, quotes and CRLF pairs straddle the reader's 256 KiB chunks.
    const QStringList pieces{"plain", "with,comma", "with \"quote\"", "two\nlines", "crlf\r\nx",
                             QString::fromUtf8("红斑 浸润"), "", " ", "\"", "a\r"};
    QRandomGenerator rng(17);
    QList<QStringList> rows;
    for (int r = 0; r < 40000; ++r) {
        QStringList row;
        for (int c = 0; c < 5; ++c)
            row << pieces.at(rng.bounded(pieces.size())) + QString::number(r % 7 ? c : r);
        rows << row;
    }
    QByteArray out;
    {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        for (const QStringList &row : rows)
            writer.writeRow(row);
        QVERIFY(writer.flush());
        QCOMPARE(writer.rowsWritten(), qint64(rows.size()));
    }
    QVERIFY(out.size() > 3 * 256 * 1024);
    CsvError error;
    const auto back = readAll(out, nullptr, &error);
    QCOMPARE(error.source, nullptr);
    QCOMPARE(back.size(), rows.size());
    QCOMPARE(back, rows);
}

void TestCsvReader::stopsAtRecordSizeLimit()
{
    QByteArray input("a,b\n1,\"");
    input.append(QByteArray(2 * 1024 * 1024, 'x'));
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, 100 * 1024);
    QStringList fields;
    QVERIFY(reader.readRecord(&fields));
    QVERIFY(!reader.readRecord(&fields));
    QVERIFY(reader.hasError());
    QCOMPARE(reader.error().line, qint64(2));
    QCOMPARE(reader.error().column, qint64(3));
    QVERIFY2(reader.error().text().contains("closing quote"), qPrintable(reader.error().text()));
    // It stops within one read chunk of the limit instead of swallowing the whole input.
    QVERIFY(reader.bytesRead() < 100 * 1024 + 256 * 1024 + 16);
}

void TestCsvReader::refusesBeyondEachLimit_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<bool>("refused");
    QTest::addColumn<qint64>("column");  // where the error points on line 2
    QTest::addColumn<QString>("why");
    const CsvLimits limits;
    const int field = int(limits.fieldBytes);
    QTest::newRow("field at the limit") << QByteArray(field, 'x') << false << qint64(0) << QString();
    QTest::newRow("field one byte over") << QByteArray(field + 1, 'x') << true << qint64(1)
                                         << QStringLiteral("64 KiB");
    QTest::newRow("quoted field one byte over")
        << ("a,\"" + QByteArray(field + 1, 'x') + "\"") << true << qint64(3)
        << QStringLiteral("64 KiB");
    QTest::newRow("quoted field never closed")
        << ("a,\"" + QByteArray(3 * field, 'x')) << true << qint64(3)
        << QStringLiteral("closing quote");
    QByteArray columns;
    for (int c = 0; c < limits.columns; ++c)
        columns += c ? ",1" : "1";
    QTest::newRow("columns at the limit") << columns << false << qint64(0) << QString();
    QTest::newRow("one column over") << (columns + ",1") << true << qint64(columns.size() + 1)
                                     << QStringLiteral("more than 256 fields");
    QByteArray record;
    while (record.size() <= limits.recordBytes)
        record += QByteArray(60 * 1024, 'y') + ',';
    QTest::newRow("row over the limit, fields within") << record << true << qint64(0)
                                                       << QStringLiteral("1024 KiB");
}

void TestCsvReader::refusesBeyondEachLimit()
{
    QFETCH(QByteArray, row);
    QFETCH(bool, refused);
    QFETCH(qint64, column);
    QFETCH(QString, why);
    CsvError error;
    const QList<QStringList> records = readAll("h\n" + row + "\nafter\n", nullptr, &error);
    QCOMPARE(error.source != nullptr, refused);
    if (!refused) {
        QCOMPARE(records.size(), 3);
        return;
    }
    QCOMPARE(records.size(), 1);  // the header; nothing after the refused row
    QCOMPARE(error.line, qint64(2));
    if (column > 0)
        QCOMPARE(error.column, column);
    QVERIFY2(error.text().contains(why), qPrintable(error.text()));
}

void TestCsvReader::writerQuotesOnlyWhereNeeded_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList{"a", "b"} << QByteArray("a,b\r\n");
    QTest::newRow("comma") << QStringList{"a,b"} << QByteArray("\"a,b\"\r\n");
    QTest::newRow("quote doubled") << QStringList{"say \"x\""} << QByteArray("\"say \"\"x\"\"\"\r\n");
    QTest::newRow("newline") << QStringList{"l1\nl2", ""} << QByteArray("\"l1\nl2\",\r\n");
    QTest::newRow("carriage return") << QStringList{"a\rb"} << QByteArray("\"a\rb\"\r\n");
    QTest::newRow("Chinese as UTF-8") << QStringList{QString::fromUtf8("躯干")}
                                      << QByteArray("\xe8\xba\xaf\xe5\xb9\xb2\r\n");
}

void TestCsvReader::writerQuotesOnlyWhereNeeded()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer);
        writer.writeRow(fields);
    }
    QCOMPARE(out, expected);
}

void TestCsvReader::writerAddsByteOrderMarkOnRequest()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&buffer, true);
        writer.addField(qint64(42));
        writer.addEmptyField();
        writer.endRow();
    }
    QCOMPARE(out, QByteArray("\xEF\xBB\xBF" "42,\r\n"));
}

void TestCsvReader::writerKeepsOrderAcrossBuffers()
{
    // Several MiB: the writer thread writes buffer after buffer while the next is filled; the
    // bytes arrive whole and in order (each row names its number).
    QByteArray out;
    QByteArray expected;
    {
        QBuffer buffer(&out);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        const QString text = QString(60, QLatin1Char('x')) + QStringLiteral(", \"quoted\"");
        for (qint64 r = 0; r < 60000; ++r) {
            writer.addField(r);
            writer.addField(text);
            writer.endRow();
            expected += QByteArray::number(r) + ",\"" + QByteArray(60, 'x')
                + ", \"\"quoted\"\"\"\r\n";
        }
        QVERIFY(writer.flush());
        QVERIFY(writer.ok());
        QCOMPARE(out.size(), expected.size());  // flush() returned: everything is written
    }
    QVERIFY(out.size() > 4 * 1024 * 1024);
    QCOMPARE(out, expected);
}

void TestCsvReader::writerReportsAFailingDevice()
{
    QByteArray data;
    QBuffer readOnly(&data);
    readOnly.open(QIODevice::ReadOnly);  // every write fails
    CsvWriter writer(&readOnly);
    for (int r = 0; r < 50000; ++r)  // more than a buffer: the failure comes from the thread
        writer.writeRow({QStringLiteral("row"), QString::number(r), QString(40, QLatin1Char('y'))});
    QVERIFY(!writer.flush());
    QVERIFY(!writer.ok());
    QVERIFY(!writer.errorString().isEmpty());
    QVERIFY(data.isEmpty());
}

void TestCsvReader::prefetchReadsWhatTheReaderReads_data()
{
    QTest::addColumn<QByteArray>("input");
    QByteArray many = "a,b\r\n";
    for (int r = 0; r < 3000; ++r)  // many batches of the reading thread
        many += QByteArray::number(r) + ",\"text\nwith a line\"\r\n";
    QTest::newRow("many records") << many;
    QTest::newRow("error after many records") << (many + "1,\"open\r\n");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2\r\n");
}

void TestCsvReader::prefetchReadsWhatTheReaderReads()
{
    QFETCH(QByteArray, input);
    QList<qint64> lines;
    CsvError error;
    const QList<QStringList> direct = readAll(input, nullptr, &error, &lines);
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    QList<QStringList> records;
    QList<qint64> prefetchedLines;
    bool bom = false;
    {
        CsvPrefetch prefetch(&buffer);
        QStringList fields;
        while (prefetch.readRecord(&fields)) {
            records << fields;
            prefetchedLines << prefetch.recordLine();
            bom = prefetch.hadByteOrderMark();
        }
        QVERIFY(!prefetch.readRecord(&fields));  // stays at its end
        QCOMPARE(prefetch.hasError(), error.source != nullptr);
        QCOMPARE(prefetch.error().line, error.line);
        QCOMPARE(prefetch.error().column, error.column);
    }
    QCOMPARE(records, direct);
    QCOMPARE(prefetchedLines, lines);
    QCOMPARE(bom, input.startsWith("\xEF\xBB\xBF"));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"

void TestCsvReader::readsNumbersAsQtReadsThem()
{
    // The cell parsers read a number as QString::toDouble / toLongLong read it (the same
    // double, the same overflow), accept white space around it, and refuse what is no plain
    // decimal (an exponent, a comma, a plus sign, two dots, a lone dot or minus, letters).
    using namespace csvvalues;
    QRandomGenerator random(1127);
    QStringList texts{QStringLiteral("0"), QStringLiteral("-0"), QStringLiteral("63.5"),
                      QStringLiteral(" 36.7 "), QStringLiteral("0.1"), QStringLiteral("-2.25"),
                      QStringLiteral("007"), QStringLiteral("9223372036854775807"),
                      QStringLiteral("-9223372036854775808"), QStringLiteral("9223372036854775808"),
                      QStringLiteral("99999999999999999999"), QStringLiteral("1.7976931348623159"),
                      QString(400, QLatin1Char('9')) + QStringLiteral(".5"),
                      QStringLiteral("0.") + QString(80, QLatin1Char('0')) + QStringLiteral("1")};
    for (int i = 0; i < 50000; ++i) {
        const QString digits = QString::number(random.generate64());
        // No dot, or one with digits on both sides.
        const int dot = digits.size() < 2 || random.bounded(4) == 0
                            ? int(digits.size())
                            : 1 + int(random.bounded(digits.size() - 1));
        texts << (random.bounded(2) ? QStringLiteral("-") : QString()) + digits.left(dot)
                     + (dot == digits.size() ? QString() : QStringLiteral(".") + digits.mid(dot));
    }
    for (const QString &text : std::as_const(texts)) {
        const char *why = nullptr;
        std::optional<double> d;
        bool expectedOk = false;
        const double expected = text.trimmed().toDouble(&expectedOk);
        if (parseDecimal(text, &d, &why) != (expectedOk && std::isfinite(expected)))
            QFAIL(qPrintable(text.left(80)));
        if (d)
            QCOMPARE(*d, expected);  // bit for bit: both are correctly rounded
        std::optional<qint64> n;
        const qint64 whole = text.trimmed().toLongLong(&expectedOk);
        QCOMPARE(parseInteger(text, &n, &why), expectedOk);
        if (n)
            QCOMPARE(*n, whole);
    }
    for (const char *bad : {"1e5", "1,5", "+3", "1.2.3", ".", "-", ".5", "5.", "12a", "0x10",
                            "1 000", "inf", "nan", "٣"}) {
        const char *why = nullptr;
        std::optional<double> d;
        QVERIFY2(!parseDecimal(QString::fromUtf8(bad), &d, &why), bad);
        QVERIFY(why);
        std::optional<qint64> n;
        QVERIFY2(!parseInteger(QString::fromUtf8(bad), &n, &why), bad);
    }
    std::optional<double> none = 1.0;
    const char *why = nullptr;
    QVERIFY(parseDecimal(QStringLiteral("  "), &none, &why));
    QVERIFY(!none);  // an empty cell is "not recorded"
}
