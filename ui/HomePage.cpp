#include "HomePage.h"

#include "itemmodels/WorkQueueModel.h"
#include "storage/Database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

HomePage::HomePage(Database &database, QWidget *parent) : QWidget(parent)
{
    setObjectName(u"homePage"_s);
    m_model = new WorkQueueModel(database.connection(), this);

    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *heading = new QLabel(this);
    m_heading = heading;
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    heading->setFont(f);
    top->addWidget(heading);
    top->addStretch();
    auto *refresh = new QPushButton(this);
    m_refresh = refresh;
    refresh->setObjectName(u"refreshQueues"_s);
    connect(refresh, &QPushButton::clicked, this, &HomePage::reload);
    top->addWidget(refresh);
    outer->addLayout(top);

    m_error = new QLabel(this);
    m_error->setObjectName(u"queueError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    outer->addWidget(m_error);

    auto *split = new QSplitter(this);
    m_queues = new QListWidget(split);
    m_queues->setObjectName(u"queueList"_s);
    m_queues->setMinimumWidth(300);
    m_queues->setSpacing(3);
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_description = new QLabel(right);
    m_description->setObjectName(u"queueDescription"_s);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    rightLayout->addWidget(m_description);
    m_table = new QTableView(right);
    m_table->setObjectName(u"queueTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionResizeMode(WorkQueueModel::DetailColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(WorkQueueModel::NameColumn, 240);
    rightLayout->addWidget(m_table);
    split->setStretchFactor(1, 1);
    outer->addWidget(split, 1);

    for (WorkItem::Queue q : WorkQueues::queues()) {
        auto *item = new QListWidgetItem(m_queues);
        item->setData(Qt::UserRole, static_cast<int>(q));
    }
    connect(m_queues, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const auto q = static_cast<WorkItem::Queue>(m_queues->item(row)->data(Qt::UserRole).toInt());
        m_model->setQueue(q);
        m_description->setText(WorkQueues::description(q));
    });
    connect(m_table, &QTableView::activated, this, &HomePage::activate);
    retranslateUi();
    connect(m_model, &WorkQueueModel::reloaded, this, [this](bool ok) {
        if (!m_loaded && m_queues->currentItem()) {
            m_loaded = true;
            m_description->setText(WorkQueues::description(
                static_cast<WorkItem::Queue>(m_queues->currentItem()->data(Qt::UserRole).toInt())));
        }
        if (!ok) {
            m_error->setText(tr("Some queues could not be read: %1").arg(m_model->lastError()));
            m_error->show();
        } else {
            m_error->hide();
        }
        updateQueueList();
    });
    m_queues->setCurrentRow(0);
    // The queues are computed when the page is shown (MainWindow::showHome), never while the window is
    // being built: at 100,000 cases they take longer than a first paint may.
}

void HomePage::retranslateUi()
{
    m_heading->setText(tr("What needs doing"));
    m_refresh->setText(tr("&Refresh"));
    m_queues->setAccessibleName(tr("Work queues"));
    m_table->setAccessibleName(tr("Items in the chosen queue"));
    updateQueueList();
    if (!m_loaded && m_model->isReloading())
        m_description->setText(tr("Working out what needs doing…"));
    else if (QListWidgetItem *current = m_queues->currentItem())
        m_description->setText(WorkQueues::description(static_cast<WorkItem::Queue>(current->data(Qt::UserRole).toInt())));
}

void HomePage::changeEvent(QEvent *event)
{
    // The items' own texts are read again by the model (WorkQueueModel watches the language).
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HomePage::reload()
{
    m_model->reloadInBackground();
    if (!m_loaded)
        m_description->setText(tr("Working out what needs doing…"));
}

void HomePage::selectQueue(int index)
{
    m_queues->setCurrentRow(index);
}

void HomePage::updateQueueList()
{
    for (int i = 0; i < m_queues->count(); ++i) {
        QListWidgetItem *item = m_queues->item(i);
        const auto q = static_cast<WorkItem::Queue>(item->data(Qt::UserRole).toInt());
        const int n = m_model->count(q);
        item->setText(tr("%1 (%2)").arg(WorkQueues::title(q)).arg(n));
        QFont f = item->font();
        f.setBold(n > 0);
        item->setFont(f);
    }
    // Wide enough for the longest title in bold, in whichever language: titles are not to be guessed at.
    m_queues->setMinimumWidth(m_queues->sizeHintForColumn(0) + 2 * m_queues->frameWidth() + 8);
}

void HomePage::activate(const QModelIndex &index)
{
    const qint64 caseId = index.data(WorkQueueModel::CaseIdRole).toLongLong();
    const qint64 volunteerId = index.data(WorkQueueModel::VolunteerIdRole).toLongLong();
    if (caseId > 0)
        Q_EMIT openCaseRequested(caseId);
    else if (volunteerId > 0)
        Q_EMIT openVolunteerRequested(volunteerId);
}

} // namespace ch
