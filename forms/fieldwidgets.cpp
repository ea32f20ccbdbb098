// SPDX-License-Identifier: Apache-2.0
#include "fieldwidgets.h"

#include "codecombobox.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "yesnobox.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSpinBox>
#include <limits>

namespace trialcrf::fieldwidgets {

using fieldvalue::opt;
using fieldvalue::value;

namespace {

/// Fields a line edit shows as they are: text and codes.
bool isText(FieldType t)
{
    return t == FieldType::Text || t == FieldType::Code;
}

/// A spin box whose minimum shows a special text ("–") stands for "not recorded" there.
bool blankAtMinimum(const QSpinBox *spin)
{
    return !spin->specialValueText().isEmpty();
}

/// A whole number as the field holds it: beyond an int member's range it is no value the
/// record can keep, so it is not recorded (the check then says the field is missing).
FieldValue integer(const FieldInfo &f, std::optional<qint64> v)
{
    if (v && (f.flags & FieldInfo::SmallInt)
        && (*v > std::numeric_limits<int>::max() || *v < std::numeric_limits<int>::min()))
        return {};
    return value(v);
}

/// A check box's part of a field: the flag itself, "never" of a last dose, or one code of
/// a code list (the box's "code" property).
bool showCheck(QCheckBox *box, const FieldInfo &f, const FieldValue &v)
{
    switch (f.type) {
    case FieldType::Flag:
        box->setChecked(opt<bool>(v).value_or(false));
        return true;
    case FieldType::LastDose:
        box->setChecked(opt<rules::LastDose>(v).value_or(rules::LastDose{}).never);
        return true;
    case FieldType::CodeList:
        box->setChecked(
            opt<QStringList>(v).value_or(QStringList()).contains(box->property("code").toString()));
        return true;
    default:
        return false;
    }
}

std::optional<FieldValue> readCheck(const QCheckBox *box, const FieldInfo &f,
                                    const FieldValue &current)
{
    switch (f.type) {
    case FieldType::Flag:
        return FieldValue(box->isChecked());
    case FieldType::LastDose: {
        rules::LastDose d = opt<rules::LastDose>(current).value_or(rules::LastDose{});
        d.never = box->isChecked();
        return FieldValue(d);
    }
    case FieldType::CodeList: {
        QStringList codes = opt<QStringList>(current).value_or(QStringList());
        if (box->isChecked())
            codes << box->property("code").toString();
        return FieldValue(codes);
    }
    default:
        return std::nullopt;
    }
}

}  // namespace

bool show(QWidget *input, const FieldInfo &f, const FieldValue &v)
{
    // The field widgets first: some of them are line edits too.
    if (auto *d = qobject_cast<OptionalDateEdit *>(input); d && f.type == FieldType::Date) {
        d->setValue(opt<QDate>(v));
    } else if (d && f.type == FieldType::LastDose) {
        d->setValue(opt<rules::LastDose>(v).value_or(rules::LastDose{}).date);
    } else if (auto *t = qobject_cast<OptionalTimeEdit *>(input); t && f.type == FieldType::Time) {
        t->setValue(opt<QTime>(v));
    } else if (auto *b = qobject_cast<YesNoBox *>(input)) {
        b->setValue(opt<bool>(v));
    } else if (auto *c = qobject_cast<CodeComboBox *>(input)) {
        c->setCode(opt<QString>(v).value_or(QString()));
    } else if (auto *n = qobject_cast<NumberEdit *>(input)) {
        if (f.type == FieldType::Integer)
            n->setIntegerValue(opt<qint64>(v));
        else
            n->setValue(opt<double>(v));
    } else if (auto *spin = qobject_cast<QSpinBox *>(input); spin && f.type == FieldType::Integer) {
        if (const std::optional<qint64> i = opt<qint64>(v))
            spin->setValue(int(*i));
        else if (blankAtMinimum(spin))
            spin->setValue(spin->minimum());
    } else if (auto *box = qobject_cast<QCheckBox *>(input)) {
        return showCheck(box, f, v);
    } else if (auto *e = qobject_cast<QLineEdit *>(input); e && isText(f.type)) {
        e->setText(opt<QString>(v).value_or(QString()));
    } else {
        return false;
    }
    return true;
}

std::optional<FieldValue> read(const QWidget *input, const FieldInfo &f, const FieldValue &current)
{
    const auto *d = qobject_cast<const OptionalDateEdit *>(input);
    if (d && f.type == FieldType::Date)
        return value(d->value());
    if (d && f.type == FieldType::LastDose) {
        rules::LastDose dose = opt<rules::LastDose>(current).value_or(rules::LastDose{});
        dose.date = d->value();
        return FieldValue(dose);
    }
    if (auto *t = qobject_cast<const OptionalTimeEdit *>(input); t && f.type == FieldType::Time)
        return value(t->value());
    if (auto *b = qobject_cast<const YesNoBox *>(input))
        return value(b->value());
    if (auto *c = qobject_cast<const CodeComboBox *>(input))
        return FieldValue(c->code());
    if (auto *n = qobject_cast<const NumberEdit *>(input))
        return f.type == FieldType::Integer ? integer(f, n->integerValue()) : value(n->value());
    if (auto *spin = qobject_cast<const QSpinBox *>(input); spin && f.type == FieldType::Integer) {
        if (blankAtMinimum(spin) && spin->value() == spin->minimum())
            return FieldValue();
        return FieldValue(qint64(spin->value()));
    }
    if (auto *box = qobject_cast<const QCheckBox *>(input))
        return readCheck(box, f, current);
    if (auto *e = qobject_cast<const QLineEdit *>(input); e && isText(f.type))
        return FieldValue(e->text().trimmed());
    return std::nullopt;
}

}  // namespace trialcrf::fieldwidgets
