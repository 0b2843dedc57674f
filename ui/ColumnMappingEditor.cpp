#include "ColumnMappingEditor.h"
#include "core/PlainToolTip.h"

#include "domain/FieldCatalog.h"
#include "io/ColumnMapping.h"
#include "io/ImportPresets.h"
#include "storage/Database.h"

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

// What a column fills without any mapping: its own name when that is a template field.
QString defaultField(const QString &column)
{
    return ColumnMapping().fieldFor(column);
}

} // namespace

ColumnMappingEditor::ColumnMappingEditor(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database)
{
    setObjectName(u"columnMappingEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"mappingTable"_s);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"mappingStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *presetRow = new QHBoxLayout;
    m_presetsLabel = new QLabel(this);
    presetRow->addWidget(m_presetsLabel);
    m_presets = new QComboBox(this);
    m_presets->setObjectName(u"presetChoice"_s);
    m_presets->setMinimumContentsLength(16);
    presetRow->addWidget(m_presets);
    m_loadPreset = new QPushButton(this);
    m_loadPreset->setObjectName(u"loadPresetButton"_s);
    presetRow->addWidget(m_loadPreset);
    presetRow->addSpacing(24);
    m_presetName = new QLineEdit(this);
    m_presetName->setObjectName(u"presetName"_s);
    presetRow->addWidget(m_presetName, 1);
    m_savePreset = new QPushButton(this);
    m_savePreset->setObjectName(u"savePresetButton"_s);
    m_savePreset->setEnabled(false);
    presetRow->addWidget(m_savePreset);
    layout->addLayout(presetRow);

    connect(m_loadPreset, &QPushButton::clicked, this, &ColumnMappingEditor::loadPreset);
    connect(m_savePreset, &QPushButton::clicked, this, &ColumnMappingEditor::savePreset);
    connect(m_presetName, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_savePreset->setEnabled(!t.trimmed().isEmpty()); });
    retranslateUi();
    reloadPresets();
}

void ColumnMappingEditor::retranslateUi()
{
    m_intro->setText(tr("Check which questionnaire field each column fills. Columns marked “Keep as an "
                        "extra answer” are saved with the case under their own name."));
    m_table->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Fills the field")});
    m_presetsLabel->setText(tr("Saved mappings:"));
    m_presets->setAccessibleName(tr("Saved mappings"));
    m_presets->setPlaceholderText(tr("None saved yet"));
    m_loadPreset->setText(tr("&Use"));
    m_presetName->setPlaceholderText(tr("Name for this mapping"));
    m_presetName->setAccessibleName(tr("Name for this mapping"));
    m_savePreset->setText(tr("&Save mapping"));
    for (int i = 0; i < m_table->rowCount(); ++i)
        retranslateRow(i);
}

void ColumnMappingEditor::retranslateRow(int row)
{
    auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, 2));
    QTableWidgetItem *name = m_table->item(row, 0);
    if (!choice || !name)
        return;
    const QString column = name->text();
    choice->setAccessibleName(tr("Field for the column %1").arg(column));
    choice->setItemText(0, tr("Keep as an extra answer"));
    for (int i = 1; i < choice->count(); ++i) {
        const QString key = choice->itemData(i).toString();
        choice->setItemText(i, tr("%1 (%2)").arg(FieldCatalog::label(key), key));
    }
    if (!defaultField(column).isEmpty())
        choice->setToolTip(tr("This column has the template's name."));
    else if (!name->icon().isNull())
        name->setToolTip(tr("Suggested from the column's name; check it."));
}

void ColumnMappingEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi(); // the fields chosen stay chosen
        revalidate();
    }
    QWidget::changeEvent(event);
}

void ColumnMappingEditor::setColumns(const QStringList &columns, const QStringList &examples)
{
    m_columns = columns;
    m_table->setRowCount(static_cast<int>(columns.size()));
    const QHash<QString, QString> suggested = ColumnMapping::suggest(columns);
    for (int i = 0; i < columns.size(); ++i) {
        const QString &column = columns.at(i);
        auto *name = new QTableWidgetItem(column);
        m_table->setItem(i, 0, name);
        auto *example = new QTableWidgetItem(examples.value(i).simplified());
        example->setToolTip(PlainToolTip::from(examples.value(i))); // a value from the file
        m_table->setItem(i, 1, example);

        auto *choice = new QComboBox(m_table);
        choice->setObjectName(u"mapField_%1"_s.arg(i));
        choice->addItem(QString(), QString());
        for (const FieldInfo &f : FieldCatalog::fields())
            choice->addItem(QString(), f.key);
        const QString own = defaultField(column);
        const QString guess = suggested.value(column, own);
        choice->setCurrentIndex(std::max(0, choice->findData(guess)));
        if (!own.isEmpty()) {
            // The column already has a template name: nothing to map.
            choice->setEnabled(false);
        } else if (!guess.isEmpty()) {
            name->setIcon(style()->standardIcon(QStyle::SP_MessageBoxQuestion));
        }
        connect(choice, &QComboBox::currentIndexChanged, this, &ColumnMappingEditor::revalidate);
        m_table->setCellWidget(i, 2, choice);
        retranslateRow(i);
    }
    revalidate();
}

QComboBox *ColumnMappingEditor::fieldChoice(const QString &column) const
{
    const qsizetype row = m_columns.indexOf(column);
    return row < 0 ? nullptr : qobject_cast<QComboBox *>(m_table->cellWidget(static_cast<int>(row), 2));
}

QHash<QString, QString> ColumnMappingEditor::mapping() const
{
    QHash<QString, QString> out;
    for (const QString &column : m_columns) {
        const QComboBox *choice = fieldChoice(column);
        const QString key = choice ? choice->currentData().toString() : QString();
        if (!key.isEmpty() && key != defaultField(column))
            out.insert(column, key);
    }
    return out;
}

void ColumnMappingEditor::applyMapping(const QHash<QString, QString> &mapping)
{
    for (const QString &column : m_columns) {
        QComboBox *choice = fieldChoice(column);
        if (!choice || !choice->isEnabled())
            continue;
        // Preset keys are matched as the importer matches columns: ignoring case and surrounding spaces.
        QString key;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            if (it.key().trimmed().compare(column.trimmed(), Qt::CaseInsensitive) == 0)
                key = it.value();
        }
        choice->setCurrentIndex(std::max(0, choice->findData(key)));
    }
    revalidate();
}

QString ColumnMappingEditor::problem() const
{
    return m_usable ? QString() : m_status->text();
}

void ColumnMappingEditor::revalidate()
{
    const ColumnMapping mapping(this->mapping());
    QString problem;
    if (Status s = mapping.checkColumns(m_columns); !s)
        problem = s.error().message;
    else if (!mapping.identifiesPerson(m_columns))
        problem = tr("No column fills “%1” or “%2”, so the rows cannot become cases. Choose the column that "
                     "holds the person's name or register number.")
                      .arg(FieldCatalog::label(u"person_name"), FieldCatalog::label(u"register_number"));
    const bool usable = problem.isEmpty();
    int mapped = 0;
    for (const QString &c : m_columns)
        mapped += mapping.fieldFor(c).isEmpty() ? 0 : 1;
    bool guessed = false;
    for (int i = 0; i < m_table->rowCount(); ++i)
        guessed = guessed || !m_table->item(i, 0)->icon().isNull();
    QString summary = tr("%n column(s) fill questionnaire fields; %1 kept as extra answers.", nullptr, mapped)
                          .arg(m_columns.size() - mapped);
    if (guessed)
        summary += u' ' + tr("Columns marked with a question mark were matched by their names: check them.");
    m_status->setText(usable ? summary : problem);
    m_status->setStyleSheet(usable ? QString() : u"color: #a40000;"_s);
    if (usable != m_usable) {
        m_usable = usable;
        Q_EMIT usableChanged(usable);
    }
}

void ColumnMappingEditor::reloadPresets()
{
    m_presets->clear();
    auto names = ImportPresets(m_db.connection()).names();
    if (names)
        m_presets->addItems(*names);
    if (m_presets->count() > 0)
        m_presets->setCurrentIndex(0); // with a placeholder text set, a combo box starts with none chosen
    m_presets->setEnabled(m_presets->count() > 0);
    m_loadPreset->setEnabled(m_presets->count() > 0);
}

void ColumnMappingEditor::loadPreset()
{
    auto preset = ImportPresets(m_db.connection()).load(m_presets->currentText());
    if (!preset) {
        m_status->setText(preset.error().message);
        return;
    }
    applyMapping(*preset);
    m_presetName->setText(m_presets->currentText());
}

void ColumnMappingEditor::savePreset()
{
    const QString name = m_presetName->text().trimmed();
    if (Status s = ImportPresets(m_db.connection()).save(name, mapping()); !s) {
        m_status->setText(tr("The mapping was not saved: %1").arg(s.error().message));
        m_status->setStyleSheet(u"color: #a40000;"_s);
        return;
    }
    reloadPresets();
    m_presets->setCurrentText(name);
    m_status->setText(tr("Mapping saved as “%1”.").arg(name));
    m_status->setStyleSheet(QString());
}

} // namespace ch
