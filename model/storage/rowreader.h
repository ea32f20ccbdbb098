// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rules/rules.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QTime>
#include <optional>
#include <utility>
#include <vector>

namespace trialcrf {

/// Reads the current row of an executed query by column name, turning the storage forms
/// back into the records' types (the inverse of Row). Build it once per query, after exec():
/// the name → index map is made once, then each row costs an index lookup per column.
class RowReader {
public:
    explicit RowReader(const QSqlQuery &query);

    /// "a.x AS x, a.y AS y, …" for a SELECT list (alias empty: bare names).
    static QString columnList(const QStringList &columns, const QString &alias = {});

    bool has(const QString &column) const { return m_index.contains(column); }
    bool isNull(const QString &column) const;
    qint64 id(const QString &column) const;  ///< 0 when NULL
    QString text(const QString &column) const;
    std::optional<int> integer(const QString &column) const;
    std::optional<qint64> integer64(const QString &column) const;
    std::optional<double> real(const QString &column) const;
    std::optional<bool> yesNo(const QString &column) const;
    bool flag(const QString &column) const;
    std::optional<QDate> date(const QString &column) const;
    std::optional<QTime> time(const QString &column) const;
    QDateTime timestamp(const QString &column) const;
    rules::LastDose lastDose(const QString &column) const;

private:
    QVariant value(const QString &column) const;
    int indexOf(const QString &column) const;
    const QSqlQuery &m_query;
    QHash<QString, int> m_index;
    /// Names looked up before, each a copy sharing the caller's buffer (see indexOf()).
    mutable std::vector<std::pair<QString, int>> m_seen;
};

}  // namespace trialcrf
