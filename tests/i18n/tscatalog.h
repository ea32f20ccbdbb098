// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trialcrf::i18ntest {

/// The messages of a Qt Linguist .ts file, read with QXmlStreamReader.
class TsCatalog {
public:
    struct Message {
        QString context;
        QString source;
        QString comment;         ///< disambiguation
        QStringList translations;  ///< one, or one per plural form
        bool numerus = false;
        QString type;            ///< "", "unfinished", "vanished" or "obsolete"

        /// "context: source" (with the disambiguation), for lists of problems.
        QString name() const;
        bool isFinished() const;
    };

    bool load(const QString &path, QString *error);
    const QList<Message> &messages() const { return m_messages; }
    QString language() const { return m_language; }

private:
    QList<Message> m_messages;
    QString m_language;
};

}  // namespace trialcrf::i18ntest
