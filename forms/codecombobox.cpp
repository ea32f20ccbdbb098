// SPDX-License-Identifier: Apache-2.0
#include "codecombobox.h"

#include <QEvent>
#include <QKeyEvent>
#include <QSignalBlocker>

namespace trialcrf {

CodeComboBox::CodeComboBox(QWidget *parent) : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, &CodeComboBox::codeChanged);
}

void CodeComboBox::setCodes(const QStringList &codes, Labeler labeler, bool allowNotRecorded)
{
    const QString current = code();
    m_codes = codes;
    m_labeler = std::move(labeler);
    m_allowNotRecorded = allowNotRecorded;
    {
        const QSignalBlocker blocker(this);
        clear();
        if (m_allowNotRecorded)
            addItem(QString(), QString());
        for (const QString &c : m_codes)
            addItem(QString(), c);
        relabel();
    }
    setCode(current);
}

QString CodeComboBox::code() const
{
    return currentData().toString();
}

void CodeComboBox::setCode(const QString &code)
{
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        addItem(m_labeler ? m_labeler(code) : code, code);
        index = count() - 1;
    }
    if (index < 0)
        index = m_allowNotRecorded ? 0 : -1;
    setCurrentIndex(index);
}

void CodeComboBox::relabel()
{
    for (int i = 0; i < count(); ++i) {
        const QString c = itemData(i).toString();
        setItemText(i, c.isEmpty() ? QStringLiteral("—") : (m_labeler ? m_labeler(c) : c));
    }
}

void CodeComboBox::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        if (key >= Qt::Key_1 && key <= Qt::Key_9) {
            const int n = key - Qt::Key_1;
            if (n < m_codes.size()) {
                setCode(m_codes.at(n));
                return;
            }
        }
        if ((key == Qt::Key_Delete || key == Qt::Key_Backspace) && m_allowNotRecorded) {
            setCurrentIndex(0);
            return;
        }
    }
    QComboBox::keyPressEvent(event);
}

void CodeComboBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        relabel();
    QComboBox::changeEvent(event);
}

}  // namespace trialcrf
