#include "FollowUpsPanel.h"

#include "MessageBox.h"
#include "core/Actor.h"
#include "storage/FollowUpRepository.h"

#include <QEvent>
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
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_list, 1);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(u"followUpTitle"_s);
    m_title->setMaxLength(500);
    m_due = new QDateEdit(QDate::currentDate().addDays(7), this);
    m_due->setObjectName(u"followUpDue"_s);
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(u"yyyy-MM-dd"_s); // typed in: ISO is unambiguous in every language
    m_assignee = new QLineEdit(Actor::current(), this);
    m_assignee->setObjectName(u"followUpAssignee"_s);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setBuddy(m_title);
    m_dueLabel = new QLabel(this);
    m_dueLabel->setBuddy(m_due);
    m_forLabel = new QLabel(this);
    m_forLabel->setBuddy(m_assignee);
    form->addRow(m_titleLabel, m_title);
    form->addRow(m_dueLabel, m_due);
    form->addRow(m_forLabel, m_assignee);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(this);
    m_add = add;
    add->setObjectName(u"addFollowUp"_s);
    connect(add, &QPushButton::clicked, this, [this] { (void)addFollowUp(); });
    connect(m_title, &QLineEdit::returnPressed, this, [this] { (void)addFollowUp(); });
    m_done = new QPushButton(this);
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
    retranslateUi();
    reload();
}

void FollowUpsPanel::retranslateUi()
{
    m_list->setAccessibleName(tr("Follow-ups of this case"));
    m_list->setHeaderLabels({tr("What"), tr("Due"), tr("For"), tr("State")});
    m_title->setPlaceholderText(tr("e.g. Call the daughter about the medical records"));
    m_titleLabel->setText(tr("&What:"));
    m_dueLabel->setText(tr("D&ue:"));
    m_forLabel->setText(tr("F&or:"));
    m_add->setText(tr("&Add follow-up"));
    m_done->setText(tr("&Mark done"));
}

void FollowUpsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        const QVariant selected = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole) : QVariant();
        reload(); // the states and dates; what is being typed below the list stays
        for (int i = 0; selected.isValid() && i < m_list->topLevelItemCount(); ++i) {
            if (m_list->topLevelItem(i)->data(0, Qt::UserRole) == selected)
                m_list->setCurrentItem(m_list->topLevelItem(i));
        }
    }
    QWidget::changeEvent(event);
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
        auto *item = new QTreeWidgetItem({f.title, locale.toString(f.dueOn, QLocale::ShortFormat), f.assignedTo, state});
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
