#include "ScreeningQueuePage.h"

#include "MessageBox.h"
#include "itemmodels/ScreeningQueueModel.h"
#include "screening/ScreeningStore.h"
#include "storage/Database.h"

#include <QEvent>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

ScreeningQueuePage::ScreeningQueuePage(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database), m_model(new ScreeningQueueModel(database.connection(), this))
{
    setObjectName(u"screeningQueuePage"_s);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(this);
    m_filterLabel = label;
    m_filter = new QComboBox(this);
    m_filter->setObjectName(u"queueOutcomeFilter"_s);
    for (const QString &outcome : {QString(), u"needs_info"_s, u"screened_in"_s, u"screened_out"_s})
        m_filter->addItem(QString(), outcome);
    label->setBuddy(m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setOutcomeFilter(m_filter->currentData().toString()); });
    m_pendingOnly = new QCheckBox(this);
    m_pendingOnly->setObjectName(u"queuePendingOnly"_s);
    m_pendingOnly->setChecked(true);
    connect(m_pendingOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setPendingOnly(on);
        updateCounts();
    });
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"queueCounts"_s);
    m_counts->setTextFormat(Qt::PlainText);
    auto *rescreen = new QPushButton(this);
    m_rescreen = rescreen;
    rescreen->setObjectName(u"rescreenAllButton"_s);
    connect(rescreen, &QPushButton::clicked, this, [this] { (void)rescreenAll(); });
    bar->addWidget(label);
    bar->addWidget(m_filter);
    bar->addWidget(m_pendingOnly);
    bar->addSpacing(16);
    bar->addWidget(m_counts, 1);
    bar->addWidget(rescreen);
    outer->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(u"screeningQueueTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(false); // the queue's own order (outcome, then nearest date) is the default
    m_table->horizontalHeader()->setSectionsClickable(true);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) { m_model->sort(column, order); });
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // the queue's own order
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->caseIdAt(index.row()))
            Q_EMIT openCaseRequested(id);
    });
    outer->addWidget(m_table, 1);
    connect(m_model, &ScreeningQueueModel::queryFailed, this, [this](const QString &message) {
        m_counts->setText(tr("The queue could not be read: %1").arg(message));
    });
    retranslateUi();
    // Read when first shown (showEvent), not while the main window is being built.
}

void ScreeningQueuePage::retranslateUi()
{
    m_filterLabel->setText(tr("&Show:"));
    const QStringList outcomes = {tr("Every outcome"), tr("Needs information"), tr("Screened in"),
                                  tr("Screened out, referral to send")};
    for (int i = 0; i < outcomes.size(); ++i)
        m_filter->setItemText(i, outcomes.at(i));
    m_pendingOnly->setText(tr("Only cases &waiting for a decision"));
    m_pendingOnly->setToolTip(tr("Cases whose status is received, screening or needs information."));
    m_rescreen->setText(tr("&Re-screen all…"));
    m_rescreen->setToolTip(tr("Screen every case again as of today. Earlier results stay in each case's history."));
    m_table->setAccessibleName(tr("Screening queue"));
}

void ScreeningQueuePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateCounts(); // the rows follow the model (LanguageWatcher); the selection stays
    }
    QWidget::changeEvent(event);
}

void ScreeningQueuePage::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    load();
}

void ScreeningQueuePage::ensureLoaded()
{
    if (m_stale)
        load();
}

void ScreeningQueuePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensureLoaded();
}

void ScreeningQueuePage::load()
{
    m_stale = false;
    const qint64 selected = selectedCaseId();
    if (!m_model->reload())
        return;
    updateCounts();
    m_table->resizeColumnsToContents();
    // "What to do" takes the room that is left: it lists what is missing or why a case is out.
    m_table->horizontalHeader()->setSectionResizeMode(ScreeningQueueModel::DetailColumn,
                                                      QHeaderView::Stretch);
    if (const int row = m_model->rowOfCase(selected); row >= 0)
        m_table->selectRow(row);
}

void ScreeningQueuePage::updateCounts()
{
    m_counts->setText(tr("Needs information: %1 · Screened in: %2 · Screened out: %3")
                          .arg(m_model->countOf(u"needs_info"_s))
                          .arg(m_model->countOf(u"screened_in"_s))
                          .arg(m_model->countOf(u"screened_out"_s)));
}

qint64 ScreeningQueuePage::selectedCaseId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->caseIdAt(current.row()) : 0;
}

void ScreeningQueuePage::setOutcomeFilter(const QString &outcome)
{
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(outcome)));
}

bool ScreeningQueuePage::rescreenAll()
{
    QProgressDialog progress(tr("Screening every case again as of today…"), tr("Stop"), 0, 0, this);
    progress.setObjectName(u"rescreenProgress"_s);
    progress.setWindowTitle(tr("Re-screen all"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    auto done =
        ScreeningStore::rescreenAll(m_db.connection(), QDate::currentDate(), [&progress](int n, int total) {
            progress.setMaximum(total);
            progress.setValue(n);
            QApplication::processEvents();
            return !progress.wasCanceled();
        });
    progress.reset();
    reload();
    Q_EMIT rescreened();
    if (!done) {
        MessageBox::critical(this, tr("Re-screening stopped"),
                             tr("Not every case could be screened again: %1 The cases done so far are saved.")
                                 .arg(done.error().message));
        return false;
    }
    const QString summary =
        done->cancelled ? tr("Stopped after %1 of %n case(s).", nullptr, done->total).arg(done->screened)
                        : tr("Screened %n case(s) again as of today.", nullptr, done->screened);
    m_counts->setText(summary + u"  "_s + m_counts->text());
    return true;
}

} // namespace ch
