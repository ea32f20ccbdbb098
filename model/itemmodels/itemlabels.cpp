// SPDX-License-Identifier: Apache-2.0
#include "itemmodels/itemlabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace trialcrf {

namespace {

QString label(const char *source)
{
    return QCoreApplication::translate("ItemLabels", source);
}

}  // namespace

QString ItemLabels::subjectStatus(const QString &code)
{
    if (code == QLatin1String("screening"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Screening"));
    if (code == QLatin1String("enrolled"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Enrolled"));
    if (code == QLatin1String("screen_failed"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Screen failure"));
    if (code == QLatin1String("withdrawn"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Withdrawn"));
    if (code == QLatin1String("completed"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Completed"));
    return code;
}

QString ItemLabels::visit(const QString &code)
{
    if (code == QLatin1String("screening"))
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Screening"));
    if (code.startsWith(QLatin1String("week"))) {
        bool ok = false;
        const int week = code.mid(4).toInt(&ok);
        if (ok)
            return label(QT_TRANSLATE_NOOP("ItemLabels", "Week %1")).arg(week);
    }
    return code;
}

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
    switch (role) {
    case Role::Nurse:
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Research nurse"));
    case Role::Physician:
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Physician"));
    case Role::Monitor:
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Monitor"));
    case Role::DataManager:
        return label(QT_TRANSLATE_NOOP("ItemLabels", "Data manager"));
    }
    return QString();
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

}  // namespace trialcrf
