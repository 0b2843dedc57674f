#include "CaseDetailView.h"

#include "core/LocaleFormat.h"

#include "FollowUpsPanel.h"

#include "CasePacketPanel.h"
#include "ChangeStatusDialog.h"
#include "MessageBox.h"
#include "ReasonsChecklist.h"
#include "ScreeningPanel.h"
#include "domain/CaseStatus.h"
#include "domain/DistrictCatalog.h"
#include "domain/FieldCatalog.h"
#include "domain/ReasonCatalog.h"
#include "storage/ReasonRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QEvent>
#include <QCheckBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString when(const QDateTime &t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QTreeWidget *makeTable(const QString &objectName, QWidget *parent)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(objectName);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setWordWrap(true);
    t->header()->setStretchLastSection(true);
    return t;
}

// One label width for every section, so that the answers line up down the whole page.
int labelWidth(const QFontMetrics &metrics)
{
    int widest = 0;
    for (const FieldInfo &f : FieldCatalog::fields())
        widest = qMax(widest, metrics.horizontalAdvance(FieldCatalog::label(f.key) + CaseDetailView::tr(":")));
    return widest + 4;
}

} // namespace

CaseDetailView::CaseDetailView(Database &database, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_db(database), m_repo(database), m_caseId(caseId)
{
    setObjectName(u"caseDetailView"_s);
    buildUi();
    reload();
}

void CaseDetailView::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);

    auto *head = new QHBoxLayout;
    auto *who = new QVBoxLayout;
    m_name = new QLabel(this);
    m_name->setObjectName(u"detailPersonName"_s);
    m_name->setTextFormat(Qt::PlainText);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_facts = new QLabel(this);
    m_facts->setObjectName(u"detailFacts"_s);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    who->addWidget(m_name);
    who->addWidget(m_facts);
    head->addLayout(who, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"detailStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setStyleSheet(
        u"QLabel { background: #e8eef7; color: #1c3d6e; border: 1px solid #9db3d6; border-radius: 10px; padding: 3px 12px; font-weight: bold; }"_s);
    head->addWidget(m_status, 0, Qt::AlignTop);
    head->addSpacing(12);

    auto *edit = new QPushButton(this);
    m_editButton = edit;
    edit->setObjectName(u"editCaseButton"_s);
    connect(edit, &QPushButton::clicked, this, [this] { Q_EMIT editRequested(m_caseId); });
    auto *status = new QPushButton(this);
    m_statusButton = status;
    status->setObjectName(u"changeStatusButton"_s);
    connect(status, &QPushButton::clicked, this, &CaseDetailView::changeStatus);
    auto *note = new QPushButton(this);
    m_noteButton = note;
    note->setObjectName(u"addNoteHeaderButton"_s);
    connect(note, &QPushButton::clicked, this, &CaseDetailView::focusNewNote);
    for (QPushButton *b : {edit, status, note})
        head->addWidget(b, 0, Qt::AlignTop);
    outer->addLayout(head);

    m_packet = new CasePacketPanel(m_db, m_caseId, this);
    connect(m_packet, &CasePacketPanel::recorded, this, &CaseDetailView::showAudit);
    outer->addWidget(m_packet);

    m_showSensitive = new QCheckBox(this);
    m_showSensitive->setObjectName(u"showSensitiveToggle"_s);
    connect(m_showSensitive, &QCheckBox::toggled, this, [this] {
        showAnswers();
        showAudit();
    });
    outer->addWidget(m_showSensitive);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->addTab(buildAnswers(), QString()); // tab titles: retranslateUi()

    m_screening = new ScreeningPanel(m_db, m_caseId, m_tabs);
    connect(m_screening, &ScreeningPanel::fieldRequested, this,
            [this](const QString &key) { Q_EMIT editFieldRequested(m_caseId, key); });
    m_tabs->addTab(m_screening, QString());
    m_reasons = new ReasonsChecklist(m_db, m_caseId, m_tabs);
    connect(m_reasons, &ReasonsChecklist::changed, this, [this] {
        showAudit();
        Q_EMIT caseChanged(m_caseId);
    });
    m_tabs->addTab(m_reasons, QString());

    auto *notesPage = new QWidget(m_tabs);
    m_notesPage = notesPage;
    auto *notesLayout = new QVBoxLayout(notesPage);
    m_notes = makeTable(u"notesList"_s, notesPage);
    m_noteEdit = new QPlainTextEdit(notesPage);
    m_noteEdit->setObjectName(u"noteEdit"_s);
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setFixedHeight(90);
    auto *addNote = new QPushButton(notesPage);
    m_addNoteButton = addNote;
    addNote->setObjectName(u"addNoteButton"_s);
    connect(addNote, &QPushButton::clicked, this, [this] {
        if (this->addNote(m_noteEdit->toPlainText()))
            m_noteEdit->clear();
    });
    notesLayout->addWidget(m_notes, 1);
    notesLayout->addWidget(m_noteEdit);
    notesLayout->addWidget(addNote, 0, Qt::AlignRight);
    m_tabs->addTab(notesPage, QString());
    m_followUps = new FollowUpsPanel(m_db, m_caseId, m_tabs);
    connect(m_followUps, &FollowUpsPanel::changed, this, [this] {
        (void)reload();
        Q_EMIT caseChanged(m_caseId);
    });
    m_tabs->addTab(m_followUps, QString());

    m_history = makeTable(u"statusHistory"_s, m_tabs);
    m_tabs->addTab(m_history, QString());
    m_audit = makeTable(u"auditTrail"_s, m_tabs);
    m_tabs->addTab(m_audit, QString());
    outer->addWidget(m_tabs, 1);
    retranslateUi();
}

void CaseDetailView::retranslateUi()
{
    m_editButton->setText(tr("&Edit"));
    m_statusButton->setText(tr("Change &status…"));
    m_noteButton->setText(tr("Add &note"));
    m_showSensitive->setText(tr("Show medical and family details"));
    m_showSensitive->setToolTip(tr("Medical, family and abuse details are hidden until you ask to see them."));
    const QStringList titles = {tr("Answers"), tr("Screening"), tr("Reasons"), tr("Notes"), tr("Follow-ups"),
                                tr("Status history"), tr("Audit trail")};
    for (int i = 0; i < titles.size() && i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, titles.at(i));
    m_notes->setHeaderLabels({tr("When"), tr("By"), tr("Note")});
    m_noteEdit->setPlaceholderText(tr("Write a note about this case…"));
    m_noteEdit->setAccessibleName(tr("New note"));
    m_addNoteButton->setText(tr("Add note"));
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Comment")});
    m_audit->setHeaderLabels({tr("When"), tr("Who"), tr("Action"), tr("Changes")});
    for (const auto &[group, box] : std::as_const(m_groupBoxes))
        box->setTitle(FieldCatalog::groupTitle(group));
    for (const auto &[key, label] : std::as_const(m_labels)) {
        label->setText(FieldCatalog::label(key) + tr(":"));
        label->setMinimumWidth(labelWidth(label->fontMetrics()));
    }
}

void CaseDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Texts only: the tab shown, the note being written and the panels' state stay as they are.
        retranslateUi();
        showHeader();
        showAnswers();
        showNotes();
        showHistory();
        showAudit();
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

QWidget *CaseDetailView::buildAnswers()
{
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    auto *page = new QWidget(scroll);
    auto *column = new QVBoxLayout(page);
    for (FieldGroup group : FieldCatalog::groups()) {
        auto *box = new QGroupBox(page);
        m_groupBoxes << qMakePair(group, box);
        auto *form = new QFormLayout(box);
        form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
        form->setHorizontalSpacing(14);
        for (const FieldInfo *f : FieldCatalog::fieldsInGroup(group)) {
            auto *value = new QLabel(box);
            value->setObjectName(u"value_"_s + f->key);
            value->setTextFormat(Qt::PlainText); // user text is never interpreted as markup
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
            auto *label = new QLabel(box);
            m_labels << qMakePair(f->key, label);
            label->setTextFormat(Qt::PlainText);
            label->setAlignment(Qt::AlignRight | Qt::AlignTop);
            form->addRow(label, value);
            m_values << qMakePair(f->key, value);
        }
        column->addWidget(box);
    }
    column->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

QString CaseDetailView::title() const
{
    const QString name = m_record.value(u"person_name");
    return name.isEmpty() ? tr("Case %1").arg(m_caseId) : tr("%1 (case %2)").arg(name).arg(m_caseId);
}

bool CaseDetailView::reload()
{
    auto loaded = m_repo.load(m_caseId);
    if (!loaded) {
        m_name->setText(tr("Case %1 could not be loaded").arg(m_caseId));
        m_facts->setText(loaded.error().message);
        return false;
    }
    m_record = *loaded;
    showHeader();
    showAnswers();
    m_screening->reload(m_record);
    m_reasons->reload(); // the family's claims follow the answers
    m_followUps->reload();
    showNotes();
    showHistory();
    showAudit();
    Q_EMIT titleChanged();
    return true;
}

void CaseDetailView::showHeader()
{
    if (m_record.id == 0)
        return;
    m_name->setText(m_record.value(u"person_name").isEmpty() ? tr("Name not given")
                                                              : m_record.value(u"person_name"));
    QStringList facts;
    facts << tr("Case %1").arg(m_caseId);
    const QString reg = m_record.value(u"register_number");
    facts << (reg.isEmpty() ? tr("No register number") : tr("Register no. %1").arg(reg));
    if (const QString n = m_record.value(u"case_number"); !n.isEmpty())
        facts << tr("Court case %1").arg(n);
    if (const District *d = DistrictCatalog::byCode(m_record.value(u"sentencing_district")))
        facts << d->name;
    if (m_record.returningPerson)
        facts << tr("Returning person");
    m_facts->setText(facts.join(u"  ·  "_s));
    m_status->setText(CaseStatus::label(m_record.status));
}

QString CaseDetailView::sensitiveText(const QString &text) const
{
    // Reason narratives and evidence descriptions tell of illness and family: shown like the sensitive
    // answers, only when the details are shown (never to a role that may not see them).
    if (!m_showSensitive->isChecked())
        return text.isEmpty() ? tr("—") : tr("(hidden)");
    return text;
}

QString CaseDetailView::shownValue(const QString &key, const QString &value) const
{
    const FieldInfo *f = FieldCatalog::find(key);
    if (f && f->sensitive && !m_showSensitive->isChecked())
        return value.isEmpty() ? tr("—") : tr("(hidden)");
    if (value.isEmpty())
        return tr("—");
    if (f && (f->kind == FieldKind::Choice || f->kind == FieldKind::Months || f->kind == FieldKind::ReasonList))
        return FieldCatalog::valueLabel(key, value);
    if (f && (f->kind == FieldKind::Date || f->kind == FieldKind::DateTime))
        return LocaleFormat::isoText(value); // stored as ISO, shown as the reader's language writes dates
    if (f && f->kind == FieldKind::District) {
        if (const District *d = DistrictCatalog::byCode(value))
            return tr("%1 (%2)").arg(d->name, d->code);
    }
    return value;
}

void CaseDetailView::showAnswers()
{
    for (const auto &[key, label] : std::as_const(m_values)) {
        const QString v = m_record.value(key);
        label->setText(shownValue(key, v));
        label->setEnabled(!v.isEmpty());
    }
}

void CaseDetailView::showNotes()
{
    m_notes->clear();
    const auto notes = m_repo.notes(m_caseId);
    if (!notes)
        return;
    for (const CaseNote &n : *notes)
        m_notes->addTopLevelItem(new QTreeWidgetItem({when(n.createdAt), n.author, n.body}));
    m_notes->resizeColumnToContents(0);
    m_notes->resizeColumnToContents(1);
}

void CaseDetailView::showHistory()
{
    m_history->clear();
    const auto history = m_repo.statusHistory(m_caseId);
    if (!history)
        return;
    for (const StatusChange &c : *history) {
        const QString change = c.from.isEmpty() ? CaseStatus::label(c.to)
                                                : tr("%1 → %2").arg(CaseStatus::label(c.from), CaseStatus::label(c.to));
        m_history->addTopLevelItem(new QTreeWidgetItem({when(c.changedAt), c.changedBy, change, c.comment}));
    }
    for (int i = 0; i < 3; ++i)
        m_history->resizeColumnToContents(i);
}

void CaseDetailView::showAudit()
{
    m_audit->clear();
    const auto entries = AuditLog::entries(m_db.connection(), u"case"_s, m_caseId);
    if (!entries)
        return;
    for (const AuditEntry &e : *entries) {
        QString changes = auditChanges(e);
        QString action = e.action == u"create"            ? tr("Created")
                         : e.action == u"update"          ? tr("Changed")
                         : e.action == u"reason_update"   ? tr("Reason assessed")
                         : e.action == u"evidence_add"    ? tr("Evidence added")
                         : e.action == u"evidence_update" ? tr("Evidence changed")
                         : e.action == u"evidence_remove" ? tr("Evidence removed")
                         : e.action == u"follow_up_add"   ? tr("Follow-up added")
                         : e.action == u"follow_up_done"  ? tr("Follow-up done")
                                                          : e.action;
        if (e.action == u"follow_up_add" || e.action == u"follow_up_done")
            changes = tr("%1 (due %2)").arg(e.after.value(u"title").toString(), e.after.value(u"due_on").toString());
        if (e.action == u"packet_printed") {
            action = e.after.value(u"output").toString() == u"printer" ? tr("Packet printed") : tr("Packet saved as PDF");
            changes = tr("Profile: %1").arg(e.after.value(u"profile").toString());
        } else if (e.action == u"letter_printed") {
            action = e.after.value(u"output").toString() == u"printer" ? tr("Letter printed") : tr("Letter saved as PDF");
            changes = tr("Letter: %1, %2").arg(e.after.value(u"kind").toString(), e.after.value(u"language").toString());
        }
        m_audit->addTopLevelItem(new QTreeWidgetItem({when(e.at), e.actor, action, changes}));
    }
    for (int i = 0; i < 3; ++i)
        m_audit->resizeColumnToContents(i);
}

QString CaseDetailView::auditChanges(const AuditEntry &e) const
{
    QStringList changes;
    if (e.action.startsWith(u"evidence_")) {
        const QJsonObject item = e.after.isEmpty() ? e.before : e.after;
        const QDate received = QDate::fromString(item.value(u"received_on"_s).toString(), Qt::ISODate);
        changes << tr("%1 for %2: %3").arg(ReasonRepository::evidenceTypeLabel(item.value(u"type"_s).toString()),
                                           ReasonCatalog::label(item.value(u"reason"_s).toString()),
                                           sensitiveText(item.value(u"description"_s).toString().left(80)));
        if (received.isValid())
            changes << tr("received %1").arg(QLocale().toString(received, QLocale::ShortFormat));
        return changes.join(u'\n');
    }
    if (e.action == u"reason_update") {
        // A reason assessment: before and after hold the assessment and the narrative.
        const QString reason = ReasonCatalog::label(e.after.value(u"reason"_s).toString());
        const QString before = ReasonRepository::assessmentLabel(e.before.value(u"assessment"_s).toString());
        const QString after = ReasonRepository::assessmentLabel(e.after.value(u"assessment"_s).toString());
        changes << tr("%1: %2 → %3").arg(reason, before, after);
        if (e.before.value(u"narrative"_s) != e.after.value(u"narrative"_s))
            changes << tr("narrative: %1").arg(sensitiveText(e.after.value(u"narrative"_s).toString().left(80)));
        return changes.join(u'\n');
    }
    if (e.action == u"update") {
        for (auto it = e.after.begin(); it != e.after.end(); ++it) {
            const FieldInfo *f = FieldCatalog::find(it.key());
            if (!f)
                continue;
            const QString before = shownValue(it.key(), e.before.value(it.key()).toString());
            const QString after = shownValue(it.key(), it.value().toString());
            changes << tr("%1: %2 → %3").arg(FieldCatalog::label(it.key()), before.left(80), after.left(80));
        }
    }
    return changes.join(u'\n');
}

void CaseDetailView::showScreening()
{
    m_tabs->setCurrentWidget(m_screening);
}

void CaseDetailView::showReasons()
{
    m_tabs->setCurrentWidget(m_reasons);
}

void CaseDetailView::changeStatus()
{
    auto *dialog = new ChangeStatusDialog(m_record.status, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString to = dialog->chosenStatus();
        if (to.isEmpty())
            return;
        const QString comment = dialog->comment();
        // The history column is NOT NULL: an empty comment is '' rather than a null string.
        if (Status s = m_repo.changeStatus(m_caseId, to, comment.isNull() ? u""_s : comment); !s) {
            MessageBox::critical(this, tr("Status not changed"), s.error().message);
            return;
        }
        reload();
        Q_EMIT caseChanged(m_caseId);
    });
    dialog->open();
}

void CaseDetailView::focusNewNote()
{
    m_tabs->setCurrentWidget(m_notesPage);
    m_noteEdit->setFocus(Qt::OtherFocusReason);
}

bool CaseDetailView::addNote(const QString &body)
{
    if (body.trimmed().isEmpty())
        return false;
    const auto added = m_repo.addNote(m_caseId, body.trimmed());
    if (!added) {
        MessageBox::critical(this, tr("Note not added"), added.error().message);
        return false;
    }
    showNotes();
    showAudit();
    Q_EMIT caseChanged(m_caseId);
    return true;
}

} // namespace ch
