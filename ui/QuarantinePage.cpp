#include "QuarantinePage.h"

#include "MessageBox.h"
#include "itemmodels/QuarantineModel.h"
#include "storage/Database.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

QuarantinePage::QuarantinePage(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database), m_model(new QuarantineModel(database.connection(), this))
{
    setObjectName(u"quarantinePage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_stack = new QStackedWidget(this);
    auto *empty = new QLabel(m_stack);
    m_empty = empty;
    empty->setObjectName(u"quarantineEmpty"_s);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    auto *splitter = new QSplitter(Qt::Vertical, m_stack);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"quarantineTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(QuarantineModel::FileColumn, 210);
    m_table->horizontalHeader()->resizeSection(QuarantineModel::RowColumn, 50);
    m_table->horizontalHeader()->resizeSection(QuarantineModel::FieldColumn, 140);
    m_table->horizontalHeader()->resizeSection(QuarantineModel::ReasonColumn, 440);

    auto *detail = new QGroupBox(splitter);
    m_detail = detail;
    auto *detailLayout = new QVBoxLayout(detail);
    m_reasons = new QLabel(detail);
    m_reasons->setObjectName(u"quarantineReasons"_s);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setWordWrap(true);
    detailLayout->addWidget(m_reasons);
    m_values = new QTableWidget(0, 2, detail);
    m_values->setObjectName(u"quarantineValues"_s);
    m_values->verticalHeader()->hide();
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                              QAbstractItemView::AnyKeyPressed);
    detailLayout->addWidget(m_values, 1);
    m_result = new QLabel(detail);
    m_result->setObjectName(u"quarantineResult"_s);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setWordWrap(true);
    detailLayout->addWidget(m_result);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_discard = new QPushButton(detail);
    m_discard->setObjectName(u"discardButton"_s);
    m_retry = new QPushButton(detail);
    m_retry->setObjectName(u"retryButton"_s);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_retry);
    detailLayout->addLayout(buttons);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_stack->addWidget(splitter);
    layout->addWidget(m_stack, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuarantinePage::showEntry);
    connect(m_retry, &QPushButton::clicked, this, [this] { (void)retryCurrent(); });
    connect(m_discard, &QPushButton::clicked, this, [this] { (void)discardCurrent(); });
    retranslateUi();
    reload();
}

void QuarantinePage::retranslateUi()
{
    m_intro->setText(tr("Rows that earlier imports rejected. Select one, correct its values and import it "
                        "again, or discard it."));
    m_empty->setText(tr("No rejected rows are waiting. Rows that an import cannot turn into cases appear "
                        "here, with the reason."));
    m_detail->setTitle(tr("Selected row"));
    m_values->setHorizontalHeaderLabels({tr("Column"), tr("Value (double-click to correct)")});
    m_discard->setText(tr("&Discard row…"));
    m_retry->setText(tr("&Import row again"));
}

void QuarantinePage::changeEvent(QEvent *event)
{
    // Not showEntry(): values being corrected stay as typed. The reasons are the import's own words.
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (const QuarantineEntry *e = m_model->entryAt(m_table->currentIndex().row()))
            showReasons(*e);
    }
    QWidget::changeEvent(event);
}

void QuarantinePage::reload()
{
    const qint64 keep = currentEntryId();
    if (Status s = m_model->reload(); !s)
        MessageBox::critical(this, tr("Quarantine not shown"), s.error().message);
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    const int row = m_model->rowOfEntry(keep);
    selectRow(row >= 0 ? row : 0);
    Q_EMIT countChanged(m_model->rowCount());
}

void QuarantinePage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        showEntry();
        return;
    }
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                           QItemSelectionModel::Rows);
    showEntry();
}

qint64 QuarantinePage::currentEntryId() const
{
    const QuarantineEntry *e = m_model->entryAt(m_table->currentIndex().row());
    return e ? e->id : 0;
}

void QuarantinePage::showReasons(const QuarantineEntry &e)
{
    QStringList lines{tr("%1, row %2:").arg(e.fileName).arg(e.row)};
    for (const ImportReject &r : e.reasons)
        lines << u"• "_s + (r.field.isEmpty() ? r.reason : tr("%1: %2").arg(r.field, r.reason));
    if (!e.rowProblems.isEmpty())
        lines << tr(
            "The row's shape was wrong, so its values may sit under the wrong columns: correct at least one "
            "value before importing it again.");
    m_reasons->setText(lines.join(u'\n'));
}

void QuarantinePage::showEntry()
{
    const QuarantineEntry *e = m_model->entryAt(m_table->currentIndex().row());
    m_values->setRowCount(0);
    m_retry->setEnabled(e != nullptr);
    m_discard->setEnabled(e != nullptr);
    if (!e) {
        m_reasons->clear();
        return;
    }
    showReasons(*e);
    QStringList faulty;
    for (const ImportReject &r : e->reasons)
        faulty << r.field;
    m_values->setRowCount(static_cast<int>(e->values.size()));
    int row = 0;
    for (auto it = e->values.begin(); it != e->values.end(); ++it, ++row) {
        auto *name = new QTableWidgetItem(it.key());
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        auto *value = new QTableWidgetItem(it.value().toString());
        value->setData(Qt::UserRole, it.value().toString()); // the value as read, to see what staff changed
        const bool invalid = e->invalidUtf8Columns.contains(it.key());
        if (faulty.contains(it.key()) || invalid) {
            const QColor warn(255, 228, 225);
            name->setBackground(warn);
            value->setBackground(warn);
            if (invalid)
                value->setToolTip(tr("Not valid UTF-8 in the file: retype this value."));
        }
        m_values->setItem(row, 0, name);
        m_values->setItem(row, 1, value);
    }
    m_values->resizeColumnToContents(0);
}

bool QuarantinePage::retryCurrent()
{
    const qint64 id = currentEntryId();
    if (!id)
        return false;
    QHash<QString, QString> corrections;
    for (int r = 0; r < m_values->rowCount(); ++r) {
        const QTableWidgetItem *value = m_values->item(r, 1);
        if (value && value->text() != value->data(Qt::UserRole).toString())
            corrections.insert(m_values->item(r, 0)->text(), value->text());
    }
    auto result = ImportService(m_db.connection()).retryQuarantined(id, corrections);
    if (!result) {
        MessageBox::critical(this, tr("Row not imported"), result.error().message);
        return false;
    }
    const int row = m_table->currentIndex().row();
    if (result->rejected > 0) {
        reload();
        QStringList reasons;
        for (const ImportReject &r : result->rejects)
            reasons << (r.field.isEmpty() ? r.reason : tr("%1: %2").arg(r.field, r.reason));
        m_result->setText(tr("Still not imported: %1").arg(reasons.join(u' ')));
        m_result->setStyleSheet(u"color: #a40000;"_s);
        return false;
    }
    const qint64 caseId = result->createdCaseIds.value(0);
    m_result->setText(result->imported > 0
                          ? tr("The row was imported as case %1.").arg(caseId)
                          : tr("The row was already in the database; nothing new was created."));
    m_result->setStyleSheet(QString());
    reload();
    selectRow(std::min(row, m_model->rowCount() - 1));
    if (caseId)
        Q_EMIT caseImported(caseId);
    return true;
}

bool QuarantinePage::discardCurrent()
{
    const qint64 id = currentEntryId();
    if (!id)
        return false;
    const QuarantineEntry *e = m_model->entryAt(m_table->currentIndex().row());
    const auto answer = MessageBox::question(
        this, tr("Discard row?"),
        tr("Row %1 of %2 will not be imported and leaves this list. The audit log keeps its values.")
            .arg(e->row)
            .arg(e->fileName),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Discard, tr("Discard row")}});
    if (answer != QMessageBox::Discard)
        return false;
    const int row = m_table->currentIndex().row();
    if (Status s = ImportService(m_db.connection()).discardQuarantined(id); !s) {
        MessageBox::critical(this, tr("Row not discarded"), s.error().message);
        return false;
    }
    m_result->setText(tr("The row was discarded."));
    m_result->setStyleSheet(QString());
    reload();
    selectRow(std::min(row, m_model->rowCount() - 1));
    return true;
}

} // namespace ch
