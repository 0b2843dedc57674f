#include "FollowUpsPanel.h"

#include "MessageBox.h"
#include "core/Actor.h"
#include "storage/FollowUpRepository.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

FollowUpsPanel::FollowUpsPanel(Database &database, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_db(database), m_caseId(caseId)
{
    setObjectName(u"followUpsPanel"_s);
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"followUpList"_s);
    m_list->setAccessibleName(tr("Follow-ups of this case"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("What"), tr("Due"), tr("For"), tr("State")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"followUpTitle"_s);
    m_title->setPlaceholderText(tr("e.g. Call the daughter about the medical records"));
    m_title->setMaxLength(500);
    m_due = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_due->setObjectName(u"followUpDue"_s);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_assignee = new QLineEdit(Actor::current(), this);
    m_assignee->setObjectName(u"followUpAssignee"_s);
    auto *titleLabel = new QLabel(tr("&What:"), this);
    titleLabel->setBuddy(m_title);
    auto *dueLabel = new QLabel(tr("D&ue:"), this);
    dueLabel->setBuddy(m_due);
    auto *forLabel = new QLabel(tr("F&or:"), this);
    forLabel->setBuddy(m_assignee);
    form->addRow(titleLabel, m_title);
    form->addRow(dueLabel, m_due);
    form->addRow(forLabel, m_assignee);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add follow-up"), this);
    add->setObjectName(u"addFollowUp"_s);
    connect(add, &QPushButton::clicked, this, [this] { (void)addFollowUp(); });
    connect(m_title, &QLineEdit::returnPressed, this, [this] { (void)addFollowUp(); });
    m_done = new QPushButton(tr("&Mark done"), this);
    m_done->setObjectName(u"completeFollowUp"_s);
    m_done->setEnabled(false);
    connect(m_done, &QPushButton::clicked, this, [this] { (void)completeSelected(); });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        const auto items = m_list->selectedItems();
        m_done->setEnabled(!items.isEmpty() && !items.first()->data(0, Qt::UserRole + 1).toBool());
    });
    buttons->addWidget(add);
    buttons->addWidget(m_done);
    buttons->addStretch();
    layout->addLayout(buttons);
    reload();
}

void FollowUpsPanel::reload()
{
    m_list->clear();
    auto all = FollowUpRepository(m_db).forCase(m_caseId);
    if (!all)
        return;
    const QLocale locale;
    for (const FollowUp &f : *all) {
        QString state = f.isDone() ? tr("Done %1 by %2").arg(locale.toString(f.doneAt.toLocalTime().date(), QLocale::ShortFormat), f.doneBy)
                        : f.isOverdue() ? tr("Overdue")
                                        : tr("Open");
        auto *item = new QTreeWidgetItem({f.title, f.dueOn.toString(Qt::ISODate), f.assignedTo, state});
        item->setData(0, Qt::UserRole, f.id);
        item->setData(0, Qt::UserRole + 1, f.isDone());
        if (f.isOverdue()) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 4; ++c)
                item->setFont(c, bold);
        }
        m_list->addTopLevelItem(item);
    }
}

bool FollowUpsPanel::addFollowUp()
{
    FollowUp f;
    f.caseId = m_caseId;
    f.title = m_title->text();
    f.dueOn = m_due->date();
    f.assignedTo = m_assignee->text();
    auto id = FollowUpRepository(m_db).add(f);
    if (!id) {
        MessageBox::warning(this, tr("Follow-up not added"), id.error().message);
        return false;
    }
    m_title->clear();
    reload();
    Q_EMIT changed();
    return true;
}

bool FollowUpsPanel::completeSelected()
{
    const auto items = m_list->selectedItems();
    if (items.isEmpty())
        return false;
    if (Status s = FollowUpRepository(m_db).complete(items.first()->data(0, Qt::UserRole).toLongLong()); !s) {
        MessageBox::warning(this, tr("Follow-up not changed"), s.error().message);
        return false;
    }
    reload();
    Q_EMIT changed();
    return true;
}

} // namespace ch
