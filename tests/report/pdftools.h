// SPDX-License-Identifier: Apache-2.0
// Reading a PDF back with poppler-utils (pdftotext, pdfinfo), for the tests of the PDF
// casebook written by the CLI and by the app's File → Export PDF… and Print….
#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace trialcrf::test {

struct Run {
    int code = -1;
    QString out, err;
};

/// Runs `program`; `timeZone` (e.g. "Asia/Shanghai") sets its TZ when not empty.
inline Run run(const QString &program, const QStringList &args, const QString &timeZone = {})
{
    QProcess p;
    if (!timeZone.isEmpty()) {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("TZ"), timeZone);
        p.setProcessEnvironment(e);
    }
    p.start(program, args);
    p.waitForFinished(-1);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// The text of the PDF (or of one page), as pdftotext extracts it.
inline QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    const Run r = run(QStringLiteral("pdftotext"), args);
    if (r.code != 0)
        qWarning("pdftotext failed (%d): %s", r.code, qPrintable(r.err));
    return r.out;
}

/// The number of pages pdfinfo reads; -1 when it cannot read the file.
inline int pdfPages(const QString &pdf)
{
    const Run r = run(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                                         QRegularExpression::MultilineOption)
                                          .match(r.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

}  // namespace trialcrf::test
