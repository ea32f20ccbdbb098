// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "records/field.h"

#include <QMultiHash>
#include <QString>
#include <QWidget>
#include <algorithm>
#include <optional>

namespace trialcrf::fieldwidgets {

/// Shows a field's value in its input, by the input's kind: a line edit, a date, time or
/// number field, a spin box (whose special text at its minimum means not recorded), a yes/no
/// box, a code combo box, or a check box (a flag; the "never" of a last dose; one code of a
/// code list, named by the box's "code" property). A last dose's date goes to a date field.
/// False when the input is of no kind it knows.
bool show(QWidget *input, const FieldInfo &f, const FieldValue &v);
/// The value in `input` as the field's value (text trimmed); nullopt for an input of no kind
/// it knows. An input that holds a part of the field (a last dose's date or "never", one code
/// of a list) returns `current` with its part set.
std::optional<FieldValue> read(const QWidget *input, const FieldInfo &f,
                               const FieldValue &current = {});

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

/// Sets every field of `rec` whose key has an input bound, from its inputs in the order they
/// were bound (several make one value: a last dose's date and "never", a code list's boxes).
template <typename R>
void collect(const FieldTable<R> &table, R *rec, const QMultiHash<QString, QWidget *> &inputs)
{
    for (const Field<R> &f : table) {
        if (!f.set)
            continue;
        QList<QWidget *> bound = inputs.values(f.key);
        std::reverse(bound.begin(), bound.end());  // QMultiHash gives the latest first
        std::optional<FieldValue> v;
        for (const QWidget *input : std::as_const(bound)) {
            if (std::optional<FieldValue> part = read(input, f, v.value_or(FieldValue())))
                v = std::move(part);
        }
        if (v)
            f.set(*rec, *v);
    }
}

}  // namespace trialcrf::fieldwidgets
