// SPDX-License-Identifier: Apache-2.0
#include "exchange/sitescsv.h"

#include "exchange/csvwriter.h"
#include "storage/sitestore.h"
#include "storage/studystore.h"

namespace trialcrf::sitescsv {

FileDef fileDef()
{
    using Use = FieldInfo::Use;
    const auto column = [](const char *name, Use use, const char *en, const char *zh) {
        return ColumnDef{QLatin1String(name), ColumnType::Text, use, {}, {}, {},
                         QString::fromUtf8(en), QString::fromUtf8(zh)};
    };
    return FileDef{QStringLiteral("sites.csv"), QStringLiteral("sites"),
                   QStringLiteral("Sites"), QString::fromUtf8("研究中心"),
                   {column("site_code", Use::Key, "Site code", "研究中心编号"),
                    column("site_name", Use::Required, "Site name", "研究中心名称")}};
}

bool write(const StudyStore &store, const Session &session, CsvWriter &w, QString *error)
{
    QString why;
    const QList<Site> sites = SiteStore(store.database()).sites(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    for (const Site &site : sites) {
        if (session.maySite(site.code))
            w.writeRow({site.code, site.name});
    }
    return true;
}

}  // namespace trialcrf::sitescsv
