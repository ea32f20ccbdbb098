// SPDX-License-Identifier: Apache-2.0
#include "labels/changereason.h"

#include <QCoreApplication>

namespace trialcrf {

namespace {

struct Label {
    const char *code;
    const char *text;  ///< source text in the "CodeLabels" context
};

// clang-format off
constexpr Label kReasons[] = {
    {"transcription_error", QT_TRANSLATE_NOOP("CodeLabels", "Transcription error corrected")},
    {"source_corrected", QT_TRANSLATE_NOOP("CodeLabels", "Corrected from the source document")},
    // Offered chosen when a change answers an open query (the query's thread links it).
    {"data_clarification", QT_TRANSLATE_NOOP("CodeLabels", "Data clarification (query answered)")},
    {"late_entry", QT_TRANSLATE_NOOP("CodeLabels", "Late entry of a missing value")},
    {"other", QT_TRANSLATE_NOOP("CodeLabels", "Other")},
};
// clang-format on

const QString kSeparator = QStringLiteral(": ");

}  // namespace

QStringList ChangeReason::codes()
{
    QStringList out;
    for (const Label &l : kReasons)
        out << QString::fromLatin1(l.code);
    return out;
}

bool ChangeReason::isCode(const QString &code)
{
    for (const Label &l : kReasons) {
        if (code == QLatin1String(l.code))
            return true;
    }
    return false;
}

bool ChangeReason::isValid() const
{
    if (!isCode(code))
        return false;
    return code != otherCode() || text.trimmed().size() >= minimumTextLength();
}

QString ChangeReason::stored() const
{
    const QString t = text.trimmed();
    if (code.isEmpty())
        return t;
    return t.isEmpty() ? code : code + kSeparator + t;
}

ChangeReason ChangeReason::parse(const QString &stored)
{
    if (isCode(stored))
        return {stored, {}};
    const qsizetype colon = stored.indexOf(kSeparator);
    if (colon > 0) {
        const QString code = stored.left(colon);
        if (isCode(code))
            return {code, stored.mid(colon + kSeparator.size())};
    }
    return {{}, stored};
}

QString ChangeReason::codeLabel(const QString &code)
{
    for (const Label &l : kReasons) {
        if (code == QLatin1String(l.code))
            return QCoreApplication::translate("CodeLabels", l.text);
    }
    return code;
}

QString ChangeReason::label() const
{
    if (code.isEmpty())
        return text;
    const QString name = codeLabel(code);
    if (text.isEmpty())
        return name;
    return QCoreApplication::translate("CodeLabels", "%1: %2", "reason for change: code, text")
        .arg(name, text);
}

QString ChangeReason::display(const QString &stored)
{
    return parse(stored).label();
}

}  // namespace trialcrf
