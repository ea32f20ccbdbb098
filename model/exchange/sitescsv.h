// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/datadictionary.h"

namespace trialcrf {

class CsvWriter;
class StudyStore;
struct Session;

/// sites.csv of an export: the study's sites the reader works at (code, name). Written by
/// export, skipped by import (a subject's site_code must name a site of the target study).
namespace sitescsv {

FileDef fileDef();
bool write(const StudyStore &store, const Session &session, CsvWriter &w, QString *error);

}  // namespace sitescsv

}  // namespace trialcrf
