#pragma once

// FormRows: rows of a QFormLayout whose label text is set later, by the widget's retranslateUi(), so that
// building a form and translating it again after a language change share one place for the texts.
// (QFormLayout::addRow(QString, QWidget *) makes no label for an empty text, hence the explicit label.)

#include <QFormLayout>
#include <QLabel>

namespace ch::FormRows {

inline QLabel *add(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel;
    label->setBuddy(field);
    form->addRow(label, field);
    return label;
}

inline void setLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

} // namespace ch::FormRows
