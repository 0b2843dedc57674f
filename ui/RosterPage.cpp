#include "RosterPage.h"

#include "MessageBox.h"
#include "RoleGate.h"
#include "VolunteerDialog.h"
#include "domain/DistrictCatalog.h"
#include "domain/Volunteer.h"
#include "itemmodels/VolunteerFilterModel.h"
#include "itemmodels/VolunteerListModel.h"
#include "storage/Database.h"
#include "storage/RosterSettings.h"
#include "storage/VolunteerRepository.h"

#include <QEvent>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

RosterPage::RosterPage(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database), m_model(new VolunteerListModel(database.connection(), this)),
      m_filter(new VolunteerFilterModel(this))
{
    setObjectName(u"rosterPage"_s);
    m_filter->setSourceModel(m_model);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 6);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"rosterSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"rosterKindFilter"_s);
    m_kind->addItem(QString(), QString());
    for (const QString &k : Volunteer::kinds())
        m_kind->addItem(QString(), k);
    m_district = new QComboBox(this);
    m_district->setObjectName(u"rosterDistrictFilter"_s);
    m_district->addItem(QString(), QString());
    for (const District &d : DistrictCatalog::all())
        m_district->addItem(QString(), d.code);
    m_district->setMaxVisibleItems(20);
    m_district->setMinimumContentsLength(18);
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_expiring = new QCheckBox(this);
    m_expiring->setObjectName(u"rosterExpiringCheck"_s);
    m_expiringDays = new QSpinBox(this);
    m_expiringDays->setObjectName(u"rosterExpiringDays"_s);
    m_expiringDays->setRange(0, 730);
    m_expiringDays->setValue(kWarningDays);
    m_hasCapacity = new QCheckBox(this);
    m_hasCapacity->setObjectName(u"rosterCapacityCheck"_s);
    m_count = new QLabel(this);
    m_count->setObjectName(u"rosterCountLabel"_s);
    m_count->setTextFormat(Qt::PlainText);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_kind);
    bar->addWidget(m_district, 1);
    bar->addSpacing(8);
    bar->addWidget(m_expiring);
    bar->addWidget(m_expiringDays);
    bar->addSpacing(8);
    bar->addWidget(m_hasCapacity);
    bar->addSpacing(8);
    bar->addWidget(m_count);
    outer->addLayout(bar);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(this);
    m_add->setObjectName(u"addVolunteerButton"_s);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(u"editVolunteerButton"_s);
    m_deactivate = new QPushButton(this);
    m_deactivate->setObjectName(u"deactivateVolunteerButton"_s);
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_deactivate);
    buttons->addStretch(1);
    outer->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(split);
    m_table->setObjectName(u"rosterTable"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VolunteerListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(VolunteerListModel::NameColumn, 145);
    m_table->setColumnWidth(VolunteerListModel::KindColumn, 125);
    m_table->setColumnWidth(VolunteerListModel::OrganizationColumn, 170);
    m_table->setColumnWidth(VolunteerListModel::DistrictsColumn, 90);
    m_table->setColumnWidth(VolunteerListModel::LoadColumn, 70);
    m_table->setColumnWidth(VolunteerListModel::TrainingColumn, 135);
    m_table->setColumnWidth(VolunteerListModel::StatusColumn, 80);

    auto *side = new QGroupBox(split);
    m_side = side;
    auto *sideLayout = new QVBoxLayout(side);
    m_warningTitle = new QLabel(side);
    m_warningTitle->setWordWrap(true);
    m_warningTitle->setTextFormat(Qt::PlainText);
    m_warnings = new QListWidget(side);
    m_warnings->setObjectName(u"trainingWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *validityRow = new QHBoxLayout;
    auto *validityLabel = new QLabel(side);
    m_validityLabel = validityLabel;
    m_validity = new QSpinBox(side);
    m_validity->setObjectName(u"trainingValiditySpin"_s);
    m_validity->setRange(1, 120);
    validityLabel->setBuddy(m_validity);
    validityRow->addWidget(validityLabel);
    validityRow->addWidget(m_validity);
    sideLayout->addWidget(m_warningTitle);
    sideLayout->addWidget(m_warnings, 1);
    sideLayout->addLayout(validityRow);
    split->addWidget(m_table);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({1000, 340});
    outer->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, &RosterPage::updateFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RosterPage::updateFilters);
    connect(m_district, &QComboBox::currentIndexChanged, this, &RosterPage::updateFilters);
    connect(m_expiring, &QCheckBox::toggled, this, &RosterPage::updateFilters);
    connect(m_expiringDays, &QSpinBox::valueChanged, this, &RosterPage::updateFilters);
    connect(m_hasCapacity, &QCheckBox::toggled, this, &RosterPage::updateFilters);
    connect(m_add, &QPushButton::clicked, this, [this] { (void)addVolunteer(); });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedVolunteerId())
            (void)editVolunteer(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (RoleGate::refused(m_edit))
            return; // the role may look, not edit
        if (const qint64 id = selectedVolunteerId())
            (void)editVolunteer(id);
    });
    connect(m_deactivate, &QPushButton::clicked, this, [this] { (void)deactivateSelected(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RosterPage::updateButtons);
    connect(m_warnings, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        selectVolunteer(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_validity, &QSpinBox::editingFinished, this, &RosterPage::applyValidity);
    connect(m_model, &VolunteerListModel::reloadFailed, this, [this](const QString &message) {
        MessageBox::critical(this, tr("Roster not loaded"), message);
    });
    retranslateUi();
    reload();
}

void RosterPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name or organization"));
    m_search->setAccessibleName(tr("Search volunteers"));
    m_kind->setAccessibleName(tr("Kind filter"));
    m_kind->setItemText(0, tr("All kinds"));
    for (int i = 1; i < m_kind->count(); ++i)
        m_kind->setItemText(i, Volunteer::kindLabel(m_kind->itemData(i).toString()));
    m_district->setAccessibleName(tr("District filter"));
    m_district->setItemText(0, tr("All districts"));
    for (int i = 1; i < m_district->count(); ++i) {
        if (const District *d = DistrictCatalog::byCode(m_district->itemData(i).toString()))
            m_district->setItemText(i, tr("%1 — %2").arg(d->code.toUpper(), d->name));
    }
    m_expiring->setText(tr("Training expires within"));
    m_expiringDays->setSuffix(tr(" days"));
    m_expiringDays->setAccessibleName(tr("Days until the training expires"));
    m_hasCapacity->setText(tr("Has capacity"));
    m_add->setText(tr("&Add volunteer…"));
    m_edit->setText(tr("&Edit…"));
    m_deactivate->setText(tr("&Deactivate"));
    m_deactivate->setToolTip(tr("Stop offering cases to this volunteer. Their history stays."));
    m_table->setAccessibleName(tr("Volunteers"));
    m_side->setTitle(tr("Trainings"));
    m_warnings->setAccessibleName(tr("Trainings that expire soon"));
    m_validityLabel->setText(tr("Training counts for"));
    m_validity->setSuffix(tr(" months"));
    m_validity->setAccessibleName(tr("Months a training counts"));
}

void RosterPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_filter->invalidate(); // names sort by the new language's rules; the selection follows its row
        m_count->setText(tr("%n volunteer(s)", nullptr, m_filter->rowCount()));
        updateWarnings();
    }
    QWidget::changeEvent(event);
}

void RosterPage::reload()
{
    const qint64 selected = selectedVolunteerId();
    (void)m_model->reload();
    m_validity->blockSignals(true);
    m_validity->setValue(m_model->trainingValidityMonths());
    m_validity->blockSignals(false);
    updateFilters();
    updateWarnings();
    if (selected)
        selectVolunteer(selected);
    updateButtons();
}

void RosterPage::updateFilters()
{
    m_filter->setSearchText(m_search->text());
    m_filter->setKind(m_kind->currentData().toString());
    m_filter->setDistrict(m_district->currentData().toString());
    m_filter->setExpiringWithinDays(m_expiring->isChecked() ? m_expiringDays->value() : -1);
    m_filter->setHasCapacity(m_hasCapacity->isChecked());
    m_count->setText(tr("%n volunteer(s)", nullptr, m_filter->rowCount()));
    updateButtons();
}

void RosterPage::updateWarnings()
{
    m_warnings->clear();
    const auto list = m_model->expiringTrainings(kWarningDays);
    m_warningTitle->setText(list.isEmpty() ? tr("No training expires in the next %n day(s).", nullptr, kWarningDays)
                                           : tr("Expired or expiring in the next %n day(s):", nullptr, kWarningDays));
    const QDate today = m_model->today();
    for (const Volunteer *v : list) {
        const QDate expires = v->trainingExpiresOn(m_model->trainingValidityMonths());
        QString text;
        if (!expires.isValid())
            text = tr("%1: no training recorded").arg(v->name);
        else if (expires <= today)
            text = tr("%1: expired %2").arg(v->name, QLocale().toString(expires, QLocale::ShortFormat));
        else
            text = tr("%1: valid until %2 (%n day(s) left)", nullptr, static_cast<int>(today.daysTo(expires)))
                       .arg(v->name, QLocale().toString(expires.addDays(-1), QLocale::ShortFormat));
        auto *item = new QListWidgetItem(text, m_warnings);
        item->setData(Qt::UserRole, v->id);
        if (!expires.isValid() || expires <= today)
            item->setForeground(QColor(0xa4, 0x00, 0x00)); // already expired: the coordinator acts first on these
    }
}

void RosterPage::updateButtons()
{
    const qint64 id = selectedVolunteerId();
    m_edit->setEnabled(id != 0);
    const int row = m_model->rowOfVolunteer(id);
    const Volunteer *v = m_model->volunteerAt(row);
    m_deactivate->setEnabled(v && v->active);
}

void RosterPage::applyValidity()
{
    if (m_validity->value() == m_model->trainingValidityMonths())
        return;
    if (Status s = RosterSettings(m_db.connection()).setTrainingValidityMonths(m_validity->value()); !s) {
        MessageBox::critical(this, tr("Setting not saved"), s.error().message);
        return;
    }
    reload();
}

qint64 RosterPage::selectedVolunteerId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(VolunteerListModel::VolunteerIdRole).toLongLong();
}

void RosterPage::selectVolunteer(qint64 id)
{
    const int sourceRow = m_model->rowOfVolunteer(id);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

VolunteerDialog *RosterPage::openDialog(VolunteerDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &VolunteerDialog::saved, this, [this](qint64 id) {
        reload();
        selectVolunteer(id);
    });
    dialog->open();
    return dialog;
}

VolunteerDialog *RosterPage::addVolunteer()
{
    Volunteer v;
    v.capacity = 2;
    return openDialog(new VolunteerDialog(m_db, v, m_model->volunteers(), this));
}

VolunteerDialog *RosterPage::editVolunteer(qint64 id)
{
    auto v = VolunteerRepository(m_db).load(id);
    if (!v) {
        MessageBox::critical(this, tr("Volunteer not opened"), v.error().message);
        return nullptr;
    }
    return openDialog(new VolunteerDialog(m_db, *v, m_model->volunteers(), this));
}

bool RosterPage::deactivateSelected()
{
    const Volunteer *v = m_model->volunteerAt(m_model->rowOfVolunteer(selectedVolunteerId()));
    if (!v || !v->active)
        return false;
    const int open = m_model->openCount(v->id);
    const QString text =
        open > 0 ? tr("Deactivate %1? They will not be offered new cases. Their %n open case(s) stay assigned until "
                      "you unassign them; their history is kept.", nullptr, open)
                       .arg(v->name)
                 : tr("Deactivate %1? They will not be offered new cases; their history is kept.").arg(v->name);
    const auto answer = MessageBox::question(this, tr("Deactivate volunteer"), text, QMessageBox::Yes | QMessageBox::Cancel,
                                             QMessageBox::Cancel, {{QMessageBox::Yes, tr("Deactivate")}});
    if (answer != QMessageBox::Yes)
        return false;
    const qint64 id = v->id;
    if (Status s = VolunteerRepository(m_db).deactivate(id, v->rowVersion); !s) {
        MessageBox::critical(this, tr("Volunteer not deactivated"), s.error().message);
        reload();
        return false;
    }
    reload();
    selectVolunteer(id);
    return true;
}

} // namespace ch
