// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/itemlabels.h"

#include "labels/codelabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace trialcrf {

namespace {

QString label(const char *source)
{
    return QCoreApplication::translate("ItemLabels", source);
}

}  // namespace

QString ItemLabels::visitState(rules::VisitState state, bool dueToday)
{
    switch (state) {
    case rules::VisitState::NotYetDue:
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Not yet due"));
    case rules::VisitState::Due:
        return dueToday ? label(QT_TRANSLATE_NOOP("ItemLabels", "Due today"))
                        : label(QT_TRANSLATE_NOOP("ItemLabels", "Due (window open)"));
    case rules::VisitState::Overdue:
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Overdue"));
    case rules::VisitState::Done:
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Done"));
    case rules::VisitState::OutOfWindow:
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Done out of window"));
    }
    return QString();
}

QString ItemLabels::role(Role role)
{
    return CodeLabels::role(roleCode(role));
}

QString ItemLabels::date(const std::optional<QDate> &date)
{
    return date ? ItemLabels::date(*date) : none();
}

QString ItemLabels::date(QDate date)
{
    if (!date.isValid())
        return none();
    // Lists format thousands of dates while painting: derive the format once per locale.
    thread_local QString localeName;
    thread_local QString format;
    const QLocale locale;
    if (format.isEmpty() || locale.name() != localeName) {
        localeName = locale.name();
        format = locale.dateFormat(QLocale::ShortFormat);
        // Short formats of some locales (en_US: M/d/yy) drop the century; a CRF never should.
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    }
    return locale.toString(date, format);
}

QString ItemLabels::none()
{
    return QStringLiteral("—");
}

QString ItemLabels::signedStateCode(const QString &meaning, bool changedSinceSigned)
{
    if (meaning.isEmpty())
        return QStringLiteral("not_signed");
    if (changedSinceSigned)
        return QStringLiteral("changed_since_signed");
    return meaning;
}

QString ItemLabels::signedState(const QString &code)
{
    if (code == QLatin1String("approved"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Signed: approved"));
    if (code == QLatin1String("reviewed"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Signed: reviewed"));
    if (code == QLatin1String("changed_since_signed"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Changed since signed"));
    return label(QT_TRANSLATE_NOOP("ItemLabels", "Not signed"));
}

QString ItemLabels::incomplete()
{
    return label(QT_TRANSLATE_NOOP("ItemLabels", "Incomplete"));
}

}  // namespace trialcrf
