// SPDX-License-Identifier: Apache-2.0
#include "labels/monitoringlabels.h"

#include "labels/codelabels.h"
#include "protocol/protocol.h"

#include <QCoreApplication>

namespace trialcrf {

namespace {

QString translated(const char *source)
{
    return QCoreApplication::translate("MonitoringLabels", source);
}

struct Label {
    const char *code;
    const char *text;
};

constexpr Label kPages[] = {
    {"subjects", QT_TRANSLATE_NOOP("MonitoringLabels", "Subject")},
    {"consents", QT_TRANSLATE_NOOP("MonitoringLabels", "Informed consent")},
    {"eligibility", QT_TRANSLATE_NOOP("MonitoringLabels", "Eligibility")},
    {"infusions", QT_TRANSLATE_NOOP("MonitoringLabels", "Infusion")},
    {"pasi_assessments", QT_TRANSLATE_NOOP("MonitoringLabels", "PASI assessment")},
    {"adverse_events", QT_TRANSLATE_NOOP("MonitoringLabels", "Adverse event %1")},
};
constexpr Label kStates[] = {
    {"open", QT_TRANSLATE_NOOP("MonitoringLabels", "Open")},
    {"answered", QT_TRANSLATE_NOOP("MonitoringLabels", "Answered")},
    {"closed", QT_TRANSLATE_NOOP("MonitoringLabels", "Closed")},
};
constexpr Label kKinds[] = {
    {"raise", QT_TRANSLATE_NOOP("MonitoringLabels", "Raised")},
    {"answer", QT_TRANSLATE_NOOP("MonitoringLabels", "Answered")},
    {"close", QT_TRANSLATE_NOOP("MonitoringLabels", "Closed")},
    {"reopen", QT_TRANSLATE_NOOP("MonitoringLabels", "Re-opened")},
};
constexpr Label kActors[] = {
    {"site", QT_TRANSLATE_NOOP("MonitoringLabels", "Site (nurse or physician)")},
    {"monitor", QT_TRANSLATE_NOOP("MonitoringLabels", "Monitor or data manager")},
};

template <std::size_t N>
QString lookup(const Label (&labels)[N], const QString &code)
{
    for (const Label &l : labels) {
        if (code == QLatin1String(l.code))
            return translated(l.text);
    }
    return code;
}

}  // namespace

QString MonitoringLabels::page(const FieldRef &ref)
{
    const QString name = lookup(kPages, ref.table);
    if (ref.table == QLatin1String("adverse_events"))
        return name.arg(ref.recordKey);
    if (ref.recordKey.isEmpty())
        return name;
    return QCoreApplication::translate("MonitoringLabels", "%1 — %2").arg(name, CodeLabels::visit(ref.recordKey));
}

QString MonitoringLabels::field(const FieldRef &ref)
{
    if (ref.isPage())
        return QCoreApplication::translate("MonitoringLabels", "Whole page");
    const char *label = monitoredfields::label(Protocol::builtIn(), ref.table, ref.field);
    return label ? QCoreApplication::translate("FieldLabels", label) : ref.field;
}

QString MonitoringLabels::place(const FieldRef &ref)
{
    return QCoreApplication::translate("MonitoringLabels", "%1: %2").arg(page(ref), field(ref));
}

QString MonitoringLabels::queryState(const QString &code) { return lookup(kStates, code); }
QString MonitoringLabels::messageKind(const QString &code) { return lookup(kKinds, code); }

QString MonitoringLabels::mustAct(const QString &code)
{
    return code.isEmpty() ? QCoreApplication::translate("MonitoringLabels", "Nobody") : lookup(kActors, code);
}

QString MonitoringLabels::progress(int verified, int total, int broken)
{
    const QString done = QCoreApplication::translate("MonitoringLabels", "%1 / %2 verified").arg(verified).arg(total);
    if (broken == 0)
        return done;
    return QCoreApplication::translate("MonitoringLabels", "%1, %n changed since verified",
                                      nullptr, broken).arg(done);
}

}  // namespace trialcrf
