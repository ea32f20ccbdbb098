// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace trialcrf {

/// A reason for change as the audit trail stores it: a code from a closed list plus free
/// text, shown in the reader's language wherever it is read (audit viewer, PDF report).
///
/// Storage: the audit_log.reason column, which the hash chain already covers, holds
/// "<code>" or "<code>: <text>" (the code, a colon, one space, the text). No column was
/// added and the canonical text the hash covers is unchanged, so every existing row still
/// verifies. Rows written before codes existed hold translated text ("Transcription error
/// corrected", "更正转录错误"): parse() reads a stored reason as coded only when it is exactly
/// a code of codes(), or starts with a code of codes() followed by ": ". Codes are
/// snake_case English words nobody types as a whole reason (the presets offered before
/// were sentences), so an old row reads back verbatim; the one code a person might have
/// typed alone, "other", means the same as its label. See docs/exchange.md "Reasons for
/// change".
struct ChangeReason {
    QString code;  ///< one of codes(); empty for a reason stored before codes (text only)
    QString text;  ///< free text; required for "other", optional for the others

    /// transcription_error, source_corrected, data_clarification, late_entry, other.
    static QStringList codes();
    static bool isCode(const QString &code);
    /// The code that needs free text.
    static QString otherCode() { return QStringLiteral("other"); }
    /// The fewest characters of free text (not blank) that "other" accepts.
    static int minimumTextLength() { return 3; }

    /// A known code, with its free text when it is "other".
    bool isValid() const;
    /// The stored form: "code" or "code: text" (text trimmed).
    QString stored() const;
    /// A stored reason read back; an uncoded (old or free) text comes back as `text` alone.
    static ChangeReason parse(const QString &stored);
    /// The reason in the current language: "Transcription error corrected", "Other: text";
    /// an uncoded reason verbatim.
    QString label() const;
    /// parse(stored).label().
    static QString display(const QString &stored);
    /// The label of one code in the current language; an unknown code unchanged.
    static QString codeLabel(const QString &code);
};

}  // namespace trialcrf
