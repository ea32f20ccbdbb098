// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace trialcrf::migrations {

/// Sites: the hospitals of a multi-centre study. Creates the sites table with the protocol
/// file's site (study.site_code, study.site) as its first row, gives every subject a site
/// (subjects.site_code) and every user their sites (the link table user_sites), and puts
/// every existing subject and user in the protocol's site. Written in SQLite's dialect like
/// every migration; SqlDialect::toPostgres carries it to a server.
QStringList sites();

}  // namespace trialcrf::migrations
