// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/field.h"

#include <QMultiHash>
#include <QString>
#include <QWidget>
#include <optional>

namespace trialcrf::fieldwidgets {

/// Shows a field's value in its input, by the input's kind: a line edit, a date, time or
/// number field, a yes/no box, a code combo box or (for a flag) a check box. False when the input
/// is of no kind it knows (the page moves that value itself).
bool show(QWidget *input, const FieldInfo &f, const FieldValue &v);
/// The value in `input` as the field's value (text trimmed); nullopt for an input of no kind
/// it knows.
std::optional<FieldValue> read(const QWidget *input, const FieldInfo &f);

/// Shows every field of `rec` that has an input bound to its key.
template <typename R>
void load(const FieldTable<R> &table, const R &rec, const QMultiHash<QString, QWidget *> &inputs)
{
    for (const Field<R> &f : table) {
        if (!f.get)
            continue;
        for (QWidget *input : inputs.values(f.key))
            show(input, f, f.get(rec));
    }
}

/// Sets every field of `rec` whose key has one input bound, from that input.
template <typename R>
void collect(const FieldTable<R> &table, R *rec, const QMultiHash<QString, QWidget *> &inputs)
{
    for (const Field<R> &f : table) {
        if (!f.set || inputs.count(f.key) != 1)
            continue;
        if (const std::optional<FieldValue> v = read(inputs.value(f.key), f))
            f.set(*rec, *v);
    }
}

}  // namespace trialcrf::fieldwidgets
