// SPDX-License-Identifier: Apache-2.0
#include "tscatalog.h"

#include <QFile>
#include <QXmlStreamReader>

namespace trialcrf::i18ntest {

QString TsCatalog::Message::name() const
{
    QString n = context + QStringLiteral(": \"") + source + QLatin1Char('"');
    if (!comment.isEmpty())
        n += QStringLiteral(" (") + comment + QLatin1Char(')');
    return n;
}

bool TsCatalog::Message::isFinished() const
{
    if (!type.isEmpty() || translations.isEmpty())
        return false;
    for (const QString &t : translations) {
        if (t.isEmpty())
            return false;
    }
    return true;
}

bool TsCatalog::load(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    m_messages.clear();
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                m_language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                m = Message{};
                m.context = context;
                m.numerus = xml.attributes().value(QLatin1String("numerus"))
                            == QLatin1String("yes");
            } else if (inMessage && name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus)
                    m.translations << xml.readElementText();
            } else if (inMessage && name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            m_messages << m;
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    return true;
}

}  // namespace trialcrf::i18ntest
