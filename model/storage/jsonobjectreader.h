// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArrayView>
#include <QString>

namespace trialcrf {

/// Reads the members of a JSON object from its UTF-8 text in place, without building a
/// QJsonDocument: verify replays millions of insert rows, each a record as compact JSON.
///
/// It takes only the plain form the app writes (Row::insertJson): no whitespace, keys of
/// printable ASCII without escapes, values that are strings, arrays or objects (no numbers,
/// true, false or null), at most 16 levels deep, every string valid UTF-8 without raw control
/// characters or escaped surrogates. Whatever it takes, QJsonDocument reads the same way;
/// for anything else failed() is true and the caller parses the text with QJsonDocument,
/// which decides. A member's value may be used only once the whole object has been read
/// (next() returned false and failed() is false): a flaw later in the text makes the whole
/// object unreadable to QJsonDocument.
class JsonObjectReader {
public:
    enum class Kind { String, Array, Object };

    explicit JsonObjectReader(QByteArrayView utf8);

    /// Moves to the next member: false at the end of the object, or on text not in the plain
    /// form (then failed()).
    bool next();
    bool failed() const { return m_failed; }

    QByteArrayView key() const { return m_key; }
    Kind kind() const { return m_kind; }
    /// A String member's value, decoded.
    const QString &string() const { return m_string; }
    /// The value's text as it stands in the object (an array: "[…]").
    QByteArrayView raw() const { return m_raw; }

private:
    bool fail();
    /// Reads a string starting at its opening quote; decodes it into *out when not null.
    bool string(QString *out);
    /// Skips any value this reader takes, nested `depth` levels.
    bool skipValue(int depth);

    const char *m_p;
    const char *m_end;
    bool m_first = true;
    bool m_failed = false;
    bool m_done = false;
    QByteArrayView m_key;
    Kind m_kind = Kind::String;
    QString m_string;
    QByteArrayView m_raw;
};

}  // namespace trialcrf
