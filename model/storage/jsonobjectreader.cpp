// SPDX-License-Identifier: Apache-2.0
#include "storage/jsonobjectreader.h"

namespace trialcrf {

namespace {

constexpr int kMaxDepth = 16;

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

}  // namespace

JsonObjectReader::JsonObjectReader(QByteArrayView utf8)
    : m_p(utf8.data()), m_end(utf8.data() + utf8.size())
{
    if (m_p == m_end || *m_p != '{')
        fail();
    else
        ++m_p;
}

bool JsonObjectReader::fail()
{
    m_failed = true;
    m_done = true;
    return false;
}

bool JsonObjectReader::next()
{
    if (m_done)
        return false;
    if (m_p == m_end)
        return fail();
    if (*m_p == '}') {
        m_done = true;
        // Nothing may follow the object, not even whitespace (QJsonDocument would take it,
        // the app never writes it: the caller's QJsonDocument decides).
        return ++m_p == m_end ? false : fail();
    }
    if (!m_first) {
        if (*m_p != ',')
            return fail();
        ++m_p;
    }
    m_first = false;
    // The key: printable ASCII, no escapes.
    if (m_p == m_end || *m_p != '"')
        return fail();
    const char *key = ++m_p;
    while (m_p != m_end && *m_p != '"') {
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c < 0x20 || c >= 0x7f || c == '\\')
            return fail();
        ++m_p;
    }
    if (m_p == m_end)
        return fail();
    m_key = QByteArrayView(key, m_p - key);
    ++m_p;
    if (m_p == m_end || *m_p != ':')
        return fail();
    ++m_p;
    if (m_p == m_end)
        return fail();
    const char *value = m_p;
    switch (*m_p) {
    case '"':
        m_kind = Kind::String;
        if (!string(&m_string))
            return fail();
        break;
    case '[':
        m_kind = Kind::Array;
        if (!skipValue(1))
            return fail();
        break;
    case '{':
        m_kind = Kind::Object;
        if (!skipValue(1))
            return fail();
        break;
    default:
        return fail();
    }
    m_raw = QByteArrayView(value, m_p - value);
    return true;
}

bool JsonObjectReader::string(QString *out)
{
    ++m_p;  // the opening quote
    const char *const start = m_p;
    if (out)
        out->clear();
    bool nonAscii = false;
    const char *run = m_p;
    const auto flush = [&](const char *to) {
        if (!out || to == run)
            return;
        if (out->isEmpty())
            *out = QString::fromUtf8(run, to - run);  // a string without escapes: one copy
        else
            out->append(QString::fromUtf8(run, to - run));
    };
    while (m_p != m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            flush(m_p);
            const char *const stop = m_p++;
            if (!nonAscii)
                return true;
            // QJsonDocument refuses invalid UTF-8, which decodes here as U+FFFD: a string
            // holding one (valid or not) is left to QJsonDocument.
            if (out)
                return !out->contains(QChar::ReplacementCharacter);
            return !QString::fromUtf8(start, stop - start).contains(QChar::ReplacementCharacter);
        }
        if (c < 0x20)
            return false;
        if (c >= 0x80)
            nonAscii = true;
        if (c != '\\') {
            ++m_p;
            continue;
        }
        flush(m_p);
        if (++m_p == m_end)
            return false;
        char16_t decoded = 0;
        switch (*m_p) {
        case '"': decoded = u'"'; break;
        case '\\': decoded = u'\\'; break;
        case '/': decoded = u'/'; break;
        case 'b': decoded = u'\b'; break;
        case 'f': decoded = u'\f'; break;
        case 'n': decoded = u'\n'; break;
        case 'r': decoded = u'\r'; break;
        case 't': decoded = u'\t'; break;
        case 'u': {
            if (m_end - m_p < 5)
                return false;
            int code = 0;
            for (int i = 1; i <= 4; ++i) {
                const int d = hexDigit(m_p[i]);
                if (d < 0)
                    return false;
                code = code * 16 + d;
            }
            if (code >= 0xd800 && code <= 0xdfff)
                return false;  // surrogates, paired or not: QJsonDocument's to decide
            decoded = char16_t(code);
            m_p += 4;
            break;
        }
        default:
            return false;
        }
        if (out)
            out->append(QChar(decoded));
        run = ++m_p;
    }
    return false;
}

bool JsonObjectReader::skipValue(int depth)
{
    if (depth > kMaxDepth || m_p == m_end)
        return false;
    const char open = *m_p;
    if (open == '"')
        return string(nullptr);
    if (open != '[' && open != '{')
        return false;
    const char close = open == '[' ? ']' : '}';
    ++m_p;
    if (m_p != m_end && *m_p == close) {
        ++m_p;
        return true;
    }
    while (m_p != m_end) {
        if (open == '{') {
            if (*m_p != '"' || !string(nullptr) || m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
        }
        if (!skipValue(depth + 1) || m_p == m_end)
            return false;
        if (*m_p == close) {
            ++m_p;
            return true;
        }
        if (*m_p != ',')
            return false;
        ++m_p;
    }
    return false;
}

}  // namespace trialcrf
