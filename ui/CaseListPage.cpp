#include "CaseListPage.h"

#include "domain/CaseStatus.h"
#include "domain/DistrictCatalog.h"
#include "itemmodels/CaseListModel.h"
#include "storage/Database.h"

#include <QEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {
constexpr int kSearchDelayMs = 200;
}

CaseListPage::CaseListPage(Database &database, QWidget *parent)
    : QWidget(parent), m_model(new CaseListModel(database.connection(), this))
{
    setObjectName(u"caseListPage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 6);

    auto *bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"searchEdit"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(QString(), QString());
    for (const QString &code : CaseStatus::codes())
        m_statusFilter->addItem(QString(), code);
    m_districtFilter = new QComboBox(this);
    m_districtFilter->setObjectName(u"districtFilter"_s);
    m_districtFilter->addItem(QString(), QString());
    for (const District &d : DistrictCatalog::all())
        m_districtFilter->addItem(QString(), d.code);
    m_districtFilter->setMaxVisibleItems(20);
    m_districtFilter->setMinimumContentsLength(24);
    m_districtFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_count = new QLabel(this);
    m_count->setObjectName(u"caseCountLabel"_s);
    m_count->setTextFormat(Qt::PlainText);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setBuddy(m_statusFilter);
    m_districtLabel = new QLabel(this);
    m_districtLabel->setBuddy(m_districtFilter);
    bar->addWidget(m_search, 2);
    bar->addSpacing(12);
    bar->addWidget(m_statusLabel);
    bar->addWidget(m_statusFilter);
    bar->addSpacing(8);
    bar->addWidget(m_districtLabel);
    bar->addWidget(m_districtFilter, 1);
    bar->addSpacing(12);
    auto *sensitive = new QCheckBox(this);
    m_sensitive = sensitive;
    sensitive->setObjectName(u"showSensitiveReasons"_s);
    connect(sensitive, &QCheckBox::toggled, m_model, &CaseListModel::setShowSensitive);
    bar->addWidget(sensitive);
    bar->addSpacing(12);
    bar->addWidget(m_count);
    outer->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(u"caseTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    rows->hide();
    QHeaderView *cols = m_table->horizontalHeader();
    cols->setHighlightSections(false);
    cols->setStretchLastSection(false);
    cols->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true); // CaseListModel::sort runs in SQL
    const int em = m_table->fontMetrics().horizontalAdvance(u'M');
    m_table->setColumnWidth(CaseListModel::IdColumn, 6 * em);
    m_table->setColumnWidth(CaseListModel::PersonColumn, 16 * em);
    m_table->setColumnWidth(CaseListModel::RegisterColumn, 8 * em);
    m_table->setColumnWidth(CaseListModel::DistrictColumn, 6 * em);
    m_table->setColumnWidth(CaseListModel::StatusColumn, 16 * em);
    m_table->setColumnWidth(CaseListModel::SubmittedColumn, 9 * em);
    m_table->setColumnWidth(CaseListModel::FacilityColumn, 12 * em);
    m_table->setColumnWidth(CaseListModel::UpdatedColumn, 15 * em);
    cols->setSectionResizeMode(CaseListModel::ReasonsColumn, QHeaderView::Stretch); // the long one takes the rest
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openCaseRequested(m_model->caseIdAt(index.row())); });

    m_empty = new QLabel(this);
    m_empty->setObjectName(u"emptyStateLabel"_s);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QFont f = m_empty->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_empty->setFont(f);
    m_empty->setStyleSheet(u"color: palette(placeholder-text);"_s);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    outer->addWidget(m_stack, 1);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text().trimmed()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchTimer.start(); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_statusFilter->currentData().toString()); });
    connect(m_districtFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setDistrictFilter(m_districtFilter->currentData().toString()); });

    connect(m_model, &QAbstractItemModel::modelReset, this, &CaseListPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CaseListPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CaseListPage::updateCount);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &CaseListPage::updateCount);
    connect(m_model, &CaseListModel::totalCountChanged, this, &CaseListPage::updateCount);
    connect(m_model, &CaseListModel::queryFailed, this,
            [this](const QString &message) { m_count->setText(tr("Search failed: %1").arg(message)); });
    retranslateUi();
    reload();
}

void CaseListPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search name, register no., case number, facility… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cases"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setItemText(0, tr("All statuses"));
    for (int i = 1; i < m_statusFilter->count(); ++i)
        m_statusFilter->setItemText(i, CaseStatus::label(m_statusFilter->itemData(i).toString()));
    m_districtFilter->setAccessibleName(tr("District filter"));
    m_districtFilter->setItemText(0, tr("All districts"));
    for (int i = 1; i < m_districtFilter->count(); ++i) {
        if (const District *d = DistrictCatalog::byCode(m_districtFilter->itemData(i).toString()))
            m_districtFilter->setItemText(i, tr("%1 — %2").arg(d->code.toUpper(), d->name));
    }
    m_statusLabel->setText(tr("&Status:"));
    m_districtLabel->setText(tr("&District:"));
    m_sensitive->setText(tr("Show &medical and family reasons"));
    m_sensitive->setAccessibleDescription(tr("Medical and family reasons are hidden in the list until you show them"));
    m_table->setAccessibleName(tr("Cases"));
}

void CaseListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateCount(); // the count and the empty state; the rows and the selection stay
    }
    QWidget::changeEvent(event);
}

void CaseListPage::updateCount()
{
    const int n = m_model->rowCount();
    const qint64 total = m_model->totalCount();
    // More than a page matches: the count comes from a worker thread (CaseListModel::totalCount).
    m_count->setText(total < 0 ? tr("Counting cases…") : tr("%n case(s)", nullptr, static_cast<int>(total)));
    const bool filtered = !m_search->text().trimmed().isEmpty() || m_statusFilter->currentIndex() > 0
        || m_districtFilter->currentIndex() > 0;
    if (n == 0) {
        m_empty->setText(filtered ? tr("No cases match the search and filters.\nClear the search box or choose "
                                       "“All” to see every case.")
                                  : tr("No cases yet — press Ctrl+N to enter one."));
        m_stack->setCurrentWidget(m_empty);
    } else {
        m_stack->setCurrentWidget(m_table);
    }
}

void CaseListPage::reload()
{
    if (Status s = m_model->reload(); !s)
        m_count->setText(tr("The case list could not be read: %1").arg(s.error().message));
    updateCount();
}

void CaseListPage::refreshKeepingPlace()
{
    constexpr int kMaxRowsToRestore = 20 * CaseListModel::kPageSize;
    const qint64 selected = selectedCaseId();
    const int scroll = m_table->verticalScrollBar()->value();
    const int topRow = m_table->rowAt(0);
    reload();
    if (topRow > 0) {
        while (m_model->rowCount() <= std::min(topRow, kMaxRowsToRestore) && m_model->canFetchMore({}))
            m_model->fetchMore({});
        m_table->verticalScrollBar()->setValue(scroll);
    }
    if (selected > 0) {
        const int row = m_model->rowOfCase(selected);
        if (row >= 0)
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                    | QItemSelectionModel::Rows);
    }
}

qint64 CaseListPage::selectedCaseId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->caseIdAt(current.row()) : 0;
}

void CaseListPage::selectCase(qint64 caseId)
{
    const int row = m_model->rowOfCase(caseId);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

void CaseListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace ch
