#include "FieldEditor.h"

#include "domain/DistrictCatalog.h"
#include "domain/ReasonCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

const auto kDistrictSeparator = u" — "_s;

} // namespace

FieldEditor::FieldEditor(const FieldInfo &info, QWidget *parentWidget) : QObject(parentWidget), m_info(info)
{
    build(parentWidget);
    retranslate();
}

void FieldEditor::describe(QWidget *input, const QString &name, const QString &description)
{
    input->setAccessibleName(name);
    input->setAccessibleDescription(description);
    input->setToolTip(description);
}

void FieldEditor::retranslate()
{
    const QString label = FieldCatalog::label(m_info.key);
    const QString help = FieldCatalog::help(m_info.key);
    if (m_combo && m_info.kind == FieldKind::Choice) {
        // Item by item: the chosen answer stays chosen.
        m_combo->setItemText(0, tr("—"));
        for (int i = 1; i < m_combo->count(); ++i)
            m_combo->setItemText(i, FieldCatalog::valueLabel(m_info.key, m_combo->itemData(i).toString()));
    }
    if (m_combo && m_info.kind == FieldKind::District)
        m_combo->lineEdit()->setPlaceholderText(tr("Code or name, e.g. nysd or Southern District of New York"));
    if (m_spin) {
        m_spin->setSpecialValueText(tr("—"));
        m_spin->setSuffix(tr(" months"));
        m_life->setText(tr("Life"));
        describe(m_spin, label, help);
        describe(m_life, tr("Life sentence"), help);
        return;
    }
    if (m_info.kind == FieldKind::ReasonList) {
        m_widget->setAccessibleName(label);
        for (QCheckBox *box : std::as_const(m_reasons)) {
            const QString code = box->property("reasonCode").toString();
            const ReasonInfo *info = ReasonCatalog::find(code);
            box->setText(info ? tr("%1 %2").arg(info->section, ReasonCatalog::label(code)) : ReasonCatalog::label(code));
            describe(box, ReasonCatalog::label(code), ReasonCatalog::description(code));
        }
        return;
    }
    if (m_line && (m_info.kind == FieldKind::Date || m_info.kind == FieldKind::DateTime))
        m_line->setPlaceholderText(tr("YYYY-MM-DD"));
    if (m_line && m_info.kind == FieldKind::Register)
        m_line->setPlaceholderText(tr("NNNNN-NNN"));
    describe(m_widget, label, help);
}

void FieldEditor::build(QWidget *parentWidget)
{
    const QString objectName = u"field_"_s + m_info.key;

    switch (m_info.kind) {
    case FieldKind::LongText: {
        m_text = new QPlainTextEdit(parentWidget);
        m_text->setTabChangesFocus(true);
        m_text->setUndoRedoEnabled(false); // the form's undo stack owns undo
        const int lines = m_info.maxLength > 2000 ? 4 : 3;
        m_text->setFixedHeight(QFontMetrics(m_text->font()).lineSpacing() * lines + 14);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::notify);
        m_widget = m_text;
        break;
    }
    case FieldKind::Choice: {
        m_combo = new QComboBox(parentWidget);
        m_combo->addItem(QString(), QString()); // texts: retranslate()
        for (const QString &v : m_info.allowedValues)
            m_combo->addItem(QString(), v);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        m_combo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        connect(m_combo, &QComboBox::currentIndexChanged, this, &FieldEditor::notify);
        m_widget = m_combo;
        break;
    }
    case FieldKind::District: {
        m_combo = new QComboBox(parentWidget);
        m_combo->setEditable(true);
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->addItem(QString(), QString());
        QStringList names;
        for (const District &d : DistrictCatalog::all()) {
            m_combo->addItem(d.code + kDistrictSeparator + d.name, d.code);
            names << d.code + kDistrictSeparator + d.name;
        }
        auto *completer = new QCompleter(names, m_combo);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_combo->setCompleter(completer);
        m_combo->setMinimumContentsLength(40);
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        connect(m_combo, &QComboBox::editTextChanged, this, &FieldEditor::notify);
        m_widget = m_combo;
        break;
    }
    case FieldKind::Months: {
        m_widget = new QWidget(parentWidget);
        auto *row = new QHBoxLayout(m_widget);
        row->setContentsMargins(0, 0, 0, 0);
        m_spin = new QSpinBox(m_widget);
        m_spin->setRange(0, 2400);
        m_spin->setMinimumWidth(130);
        m_life = new QCheckBox(m_widget);
        m_life->setObjectName(objectName + u"_life"_s);
        row->addWidget(m_spin);
        row->addWidget(m_life);
        row->addStretch(1);
        connect(m_spin, &QSpinBox::valueChanged, this, &FieldEditor::notify);
        connect(m_life, &QCheckBox::toggled, this, [this](bool on) {
            m_spin->setEnabled(!on);
            notify();
        });
        m_spin->setObjectName(objectName);
        m_chain << m_spin << m_life;
        return;
    }
    case FieldKind::ReasonList: {
        m_widget = new QWidget(parentWidget);
        m_widget->setObjectName(objectName);
        auto *grid = new QGridLayout(m_widget);
        grid->setContentsMargins(0, 0, 0, 0);
        grid->setHorizontalSpacing(24);
        const QStringList codes = ReasonCatalog::codes();
        const int perColumn = static_cast<int>((codes.size() + 1) / 2);
        for (int i = 0; i < codes.size(); ++i) {
            const QString &code = codes.at(i);
            auto *box = new QCheckBox(m_widget);
            box->setObjectName(objectName + u'_' + code);
            box->setProperty("reasonCode", code);
            m_chain << box;
            // Column by column, so that Tab reads down the first column, then the second.
            grid->addWidget(box, i % perColumn, i / perColumn);
            connect(box, &QCheckBox::toggled, this, &FieldEditor::notify);
            m_reasons << box;
        }
        return;
    }
    case FieldKind::Text:
    case FieldKind::List:
    case FieldKind::Register:
    case FieldKind::Phone:
    case FieldKind::Email:
    case FieldKind::Date:
    case FieldKind::DateTime: {
        m_line = new QLineEdit(parentWidget);
        m_line->setMaxLength(m_info.maxLength);
        if (m_info.kind == FieldKind::Date || m_info.kind == FieldKind::DateTime) {
            m_line->setMaximumWidth(QFontMetrics(m_line->font()).horizontalAdvance(u"0000-00-00T00:00"_s) + 24);
        }
        if (m_info.kind == FieldKind::Date)
            m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9-]{0,10}"_s), m_line));
        if (m_info.kind == FieldKind::Register) {
            m_line->setMaximumWidth(QFontMetrics(m_line->font()).horizontalAdvance(u"00000-000000"_s) + 24);
        }
        if (m_info.kind == FieldKind::Phone)
            m_line->setMaximumWidth(QFontMetrics(m_line->font()).horizontalAdvance(u"+1 (000) 000-0000 0000"_s));
        connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::notify);
        m_widget = m_line;
        break;
    }
    }
    m_widget->setObjectName(objectName);
    m_chain << m_widget;
}

bool FieldEditor::owns(const QWidget *w) const
{
    for (const QWidget *input : m_chain) {
        if (input == w || input->isAncestorOf(w))
            return true;
    }
    return false;
}

void FieldEditor::notify()
{
    if (!m_applying)
        Q_EMIT edited(m_info.key);
}

QString FieldEditor::comboValue() const
{
    if (m_info.kind == FieldKind::Choice)
        return m_combo->currentData().toString();
    QString text = m_combo->currentText().trimmed();
    const qsizetype sep = text.indexOf(kDistrictSeparator);
    if (sep > 0)
        text = text.left(sep).trimmed();
    const QString code = DistrictCatalog::normalize(text);
    return code.isEmpty() ? text : code;
}

QString FieldEditor::value() const
{
    if (m_line)
        return m_line->text();
    if (m_text)
        return m_text->toPlainText();
    if (m_combo)
        return comboValue();
    if (m_spin) {
        if (m_life->isChecked())
            return u"life"_s;
        return m_spin->value() == 0 ? QString() : QString::number(m_spin->value());
    }
    QStringList codes;
    for (const QCheckBox *box : m_reasons) {
        if (box->isChecked())
            codes << box->property("reasonCode").toString();
    }
    return codes.join(u';');
}

void FieldEditor::setValue(const QString &value)
{
    if (value == this->value())
        return;
    const QScopedValueRollback guard(m_applying, true);
    if (m_line) {
        m_line->setText(value);
    } else if (m_text) {
        m_text->setPlainText(value);
    } else if (m_combo && m_info.kind == FieldKind::Choice) {
        int index = m_combo->findData(value.toLower());
        if (index < 0 && !value.isEmpty()) { // an imported value the form does not offer: keep it visible
            m_combo->addItem(value, value);
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(qMax(index, 0));
    } else if (m_combo) {
        const District *d = DistrictCatalog::byCode(DistrictCatalog::normalize(value));
        m_combo->setEditText(d ? d->code + kDistrictSeparator + d->name : value);
    } else if (m_spin) {
        const bool life = value.compare("life"_L1, Qt::CaseInsensitive) == 0;
        m_life->setChecked(life);
        m_spin->setEnabled(!life);
        m_spin->setValue(life ? 0 : value.toInt());
    } else {
        const QStringList codes = value.toLower().split(u';', Qt::SkipEmptyParts);
        for (QCheckBox *box : m_reasons)
            box->setChecked(codes.contains(box->property("reasonCode").toString()));
    }
}

} // namespace ch
