// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/datadictionary.h"

#include <QMap>
#include <QString>
#include <QXmlStreamWriter>

namespace trialcrf {

/// The metadata half of the ODM export: BasicDefinitions (units) and the MetaDataVersion (a
/// StudyEventDef per visit plus the adverse-event and deviation events, FormDefs,
/// ItemGroupDefs, ItemDefs with English and Chinese text, CodeLists), all from the data
/// dictionary, which the field tables fill. ClinicalData (OdmWriter) refers to its OIDs.
class OdmMetaData {
public:
    // The item groups, one per record file (vital signs sit inside the infusion form).
    static inline const QString kSubjects = QStringLiteral("subjects"),
                                kConsents = QStringLiteral("consents"),
                                kEligibility = QStringLiteral("eligibility"),
                                kPasi = QStringLiteral("pasi"),
                                kInfusions = QStringLiteral("infusions"),
                                kVitals = QStringLiteral("vital_signs"),
                                kAdverseEvents = QStringLiteral("adverse_events"),
                                kDeviations = QStringLiteral("deviations");
    static inline const QString kAeEvent = QStringLiteral("SE.ADVERSE_EVENTS");
    /// The protocol-deviation log: a common event of its own, one repeating group per row.
    static inline const QString kDeviationEvent = QStringLiteral("SE.DEVIATIONS");
    static inline const QString kMdvOid = QStringLiteral("MDV.1");

    OdmMetaData(const Protocol &p, QXmlStreamWriter &xml);

    /// The exported fields ODM carries for an item group: what was collected, not what is
    /// computed; the subject and (but in the deviation log) the visit are its keys.
    QList<const ColumnDef *> items(const QString &group) const;
    const QStringList &groups() const { return m_groups; }

    static QString oidPart(const QString &s);
    static QString itemOid(const QString &group, const QString &column)
    {
        return QLatin1String("IT.") + oidPart(group) + QLatin1Char('.') + oidPart(column);
    }
    static QString groupOid(const QString &group) { return QLatin1String("IG.") + oidPart(group); }
    /// Vital signs are an item group inside the infusion form.
    static QString formOid(const QString &group)
    {
        return QLatin1String("F.") + oidPart(group == kVitals ? kInfusions : group);
    }
    static QString eventOid(const QString &visit) { return QLatin1String("SE.") + oidPart(visit); }

    /// `element` with one TranslatedText per language.
    void translated(const QString &element, const QString &en, const QString &zh);
    /// GlobalVariables and BasicDefinitions (one MeasurementUnit per unit of an item).
    void writeGlobalVariables();
    void writeMetaDataVersion();

private:
    const Protocol &m_p;
    DataDictionary m_dictionary;
    QXmlStreamWriter &m_xml;
    QStringList m_groups;
    QMap<QString, QString> m_unitOids;  ///< unit → MeasurementUnit OID
};

}  // namespace trialcrf
