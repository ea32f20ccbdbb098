// SPDX-License-Identifier: Apache-2.0
#include "fieldwidgets.h"

#include "codecombobox.h"
#include "numberedit.h"
#include "optionaldateedit.h"
#include "optionaltimeedit.h"
#include "yesnobox.h"

#include <QCheckBox>
#include <QLineEdit>

namespace trialcrf::fieldwidgets {

using fieldvalue::opt;
using fieldvalue::value;

/// Fields a line edit shows as they are: text and codes.
bool isText(FieldType t)
{
    return t == FieldType::Text || t == FieldType::Code;
}

bool show(QWidget *input, const FieldInfo &f, const FieldValue &v)
{
    // The field widgets first: some of them are line edits too.
    if (auto *d = qobject_cast<OptionalDateEdit *>(input); d && f.type == FieldType::Date) {
        d->setValue(opt<QDate>(v));
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
    } else if (auto *box = qobject_cast<QCheckBox *>(input); box && f.type == FieldType::Flag) {
        box->setChecked(opt<bool>(v).value_or(false));
    } else if (auto *e = qobject_cast<QLineEdit *>(input); e && isText(f.type)) {
        e->setText(opt<QString>(v).value_or(QString()));
    } else {
        return false;
    }
    return true;
}

std::optional<FieldValue> read(const QWidget *input, const FieldInfo &f)
{
    if (auto *d = qobject_cast<const OptionalDateEdit *>(input); d && f.type == FieldType::Date)
        return value(d->value());
    if (auto *t = qobject_cast<const OptionalTimeEdit *>(input); t && f.type == FieldType::Time)
        return value(t->value());
    if (auto *b = qobject_cast<const YesNoBox *>(input))
        return value(b->value());
    if (auto *c = qobject_cast<const CodeComboBox *>(input))
        return FieldValue(c->code());
    if (auto *n = qobject_cast<const NumberEdit *>(input))
        return f.type == FieldType::Integer ? value(n->integerValue()) : value(n->value());
    if (auto *box = qobject_cast<const QCheckBox *>(input); box && f.type == FieldType::Flag)
        return FieldValue(box->isChecked());
    if (auto *e = qobject_cast<const QLineEdit *>(input); e && isText(f.type))
        return FieldValue(e->text().trimmed());
    return std::nullopt;
}

}  // namespace trialcrf::fieldwidgets
