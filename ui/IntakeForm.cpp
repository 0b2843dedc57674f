#include "IntakeForm.h"

#include "ConflictMergeDialog.h"
#include "DraftPayload.h"
#include "DuplicateBanner.h"
#include "FieldEditCommand.h"
#include "FieldEditor.h"
#include "MessageBox.h"
#include "storage/Database.h"

#include <QEvent>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

constexpr int kValidateDelayMs = 250;
constexpr int kDuplicateDelayMs = 300;
constexpr int kAutosaveMs = 5000;

// Changing one of these may turn up the same request under another case.
bool affectsDuplicates(const QString &key)
{
    return key == u"register_number" || key == u"person_name" || key == u"date_of_birth"
        || key == u"submitter_phone" || key == u"submitter_email";
}

QString issueText(const FieldIssue &issue)
{
    // Not colour alone: a symbol and a word say what kind of problem it is.
    return issue.severity == FieldIssue::Severity::Error ? IntakeForm::tr("✖ Error: %1").arg(issue.message)
                                                         : IntakeForm::tr("⚠ Check: %1").arg(issue.message);
}

// One label width for every section, so that the fields line up down the whole form.
int labelColumnWidth(const QFontMetrics &metrics)
{
    int widest = 0;
    for (const FieldInfo &f : FieldCatalog::fields())
        widest = qMax(widest, metrics.horizontalAdvance(FieldCatalog::label(f.key) + IntakeForm::tr(":")));
    return widest + 4;
}

} // namespace

IntakeForm::IntakeForm(Database &database, QWidget *parent)
    : QWidget(parent), m_db(database), m_repo(database), m_undo(new QUndoStack(this))
{
    setObjectName(u"intakeForm"_s);
    buildUi();

    m_validateTimer.setSingleShot(true);
    m_validateTimer.setInterval(kValidateDelayMs);
    connect(&m_validateTimer, &QTimer::timeout, this, &IntakeForm::validateNow);
    m_duplicateTimer.setSingleShot(true);
    m_duplicateTimer.setInterval(kDuplicateDelayMs);
    connect(&m_duplicateTimer, &QTimer::timeout, this, &IntakeForm::checkDuplicatesNow);
    m_autosaveTimer.setInterval(kAutosaveMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &IntakeForm::autosave);
    m_autosaveTimer.start();

    connect(m_undo, &QUndoStack::cleanChanged, this, &IntakeForm::titleChanged);
    m_focusConnection = connect(qApp, &QApplication::focusChanged, this,
                                [this](QWidget *, QWidget *now) { syncGroupList(now); });
    validateNow();
}

IntakeForm::~IntakeForm()
{
    // Child widgets lose focus while ~QWidget runs; by then this is no longer an IntakeForm.
    disconnect(m_focusConnection);
    for (FieldEditor *e : std::as_const(m_order))
        e->disconnect(this);
    m_undo->disconnect(this);
    m_banner->disconnect(this);
}

void IntakeForm::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 10, 12, 10);
    outer->setSpacing(8);

    auto *header = new QHBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::PlainText);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_heading->setFont(big);
    auto *hint = new QLabel(this);
    m_hint = hint;
    hint->setTextFormat(Qt::PlainText);
    hint->setStyleSheet(u"color: palette(placeholder-text);"_s);
    m_saveButton = new QPushButton(this);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setDefault(true);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    header->addWidget(m_heading);
    header->addSpacing(16);
    header->addWidget(hint, 1);
    header->addWidget(m_saveButton);
    outer->addLayout(header);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"validationSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(
        u"QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e5a29c; border-radius: 4px; padding: 6px 10px; }"_s);
    m_summary->hide();
    outer->addWidget(m_summary);

    m_banner = new DuplicateBanner(this);
    connect(m_banner, &DuplicateBanner::openCaseRequested, this, &IntakeForm::openCaseRequested);
    outer->addWidget(m_banner);

    auto *body = new QHBoxLayout;
    m_groupList = new QListWidget(this);
    m_groupList->setObjectName(u"groupList"_s);
    m_groupList->setFocusPolicy(Qt::ClickFocus);
    m_groupList->setFixedWidth(220);
    m_groupList->setSpacing(2);
    body->addWidget(m_groupList);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"formScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *page = new QWidget(m_scroll);
    auto *pageRow = new QHBoxLayout(page);
    auto *column = new QVBoxLayout;
    column->setSpacing(14);
    m_groups = FieldCatalog::groups();
    for (int i = 0; i < m_groups.size(); ++i) {
        column->addWidget(buildGroup(m_groups.at(i), i));
        m_groupList->addItem(QString());
    }
    column->addStretch(1);
    auto *columnHolder = new QWidget(page);
    columnHolder->setLayout(column);
    columnHolder->setMaximumWidth(980); // long lines are hard to read on wide screens
    pageRow->addWidget(columnHolder, 1);
    pageRow->addStretch(0);
    m_scroll->setWidget(page);
    body->addWidget(m_scroll, 1);
    outer->addLayout(body, 1);
    connect(m_groupList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { goToGroup(m_groupList->row(item)); });

    // Tab order: the fields as the paper form reads, then Save.
    QWidget *previous = nullptr;
    for (FieldEditor *e : std::as_const(m_order)) {
        for (QWidget *w : e->tabChain()) {
            if (previous)
                QWidget::setTabOrder(previous, w);
            previous = w;
        }
    }
    if (previous)
        QWidget::setTabOrder(previous, m_saveButton);

    auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    addShortcut(QKeySequence::Save, [this] { (void)save(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { goToGroup(currentGroupIndex() + 1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { goToGroup(currentGroupIndex() - 1); });

    retranslateUi();
}

void IntakeForm::retranslateUi()
{
    m_hint->setText(tr("Ctrl+PgDown / Ctrl+PgUp: next / previous section · Ctrl+S: save"));
    m_saveButton->setText(tr("&Save case"));
    m_saveButton->setToolTip(tr("Save the case (Ctrl+S)"));
    m_groupList->setAccessibleName(tr("Sections"));
    for (int i = 0; i < m_groups.size(); ++i) {
        m_groupBoxes.at(i)->setTitle(FieldCatalog::groupTitle(m_groups.at(i)));
        m_groupList->item(i)->setText(FieldCatalog::groupTitle(m_groups.at(i))); // error counts: validateNow()
    }
    for (auto it = m_fieldLabels.cbegin(); it != m_fieldLabels.cend(); ++it) {
        it.value()->setText(FieldCatalog::label(it.key()) + tr(":"));
        it.value()->setMinimumWidth(labelColumnWidth(it.value()->fontMetrics()));
    }
    for (auto it = m_helpLabels.cbegin(); it != m_helpLabels.cend(); ++it)
        it.value()->setText(FieldCatalog::help(it.key()));
    for (FieldEditor *e : std::as_const(m_order))
        e->retranslate();
    m_heading->setText(title());
}

void IntakeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Only texts change: what is typed, the undo history and the focus stay as they are.
        retranslateUi();
        validateNow(); // the problems shown, in the new language
        Q_EMIT titleChanged();
    }
    QWidget::changeEvent(event);
}

QWidget *IntakeForm::buildGroup(FieldGroup group, int index)
{
    auto *box = new QGroupBox;
    box->setObjectName(u"group_"_s + QString::number(index));
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setVerticalSpacing(10);
    form->setHorizontalSpacing(14);
    form->setContentsMargins(14, 14, 14, 14);

    for (const FieldInfo *info : FieldCatalog::fieldsInGroup(group)) {
        auto *editor = new FieldEditor(*info, box);
        m_order << editor;
        m_editors.insert(info->key, editor);
        connect(editor, &FieldEditor::edited, this, &IntakeForm::onEdited);
        for (QWidget *w : editor->tabChain()) {
            w->installEventFilter(this);
            if (auto *combo = qobject_cast<QComboBox *>(w); combo && combo->lineEdit())
                combo->lineEdit()->installEventFilter(this);
        }

        auto *cell = new QWidget(box);
        auto *v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(3);
        v->addWidget(editor->widget());
        const QString help = FieldCatalog::help(info->key);
        if (!help.isEmpty()) {
            auto *helpLabel = new QLabel(cell);
            m_helpLabels.insert(info->key, helpLabel);
            helpLabel->setTextFormat(Qt::PlainText);
            helpLabel->setWordWrap(true);
            helpLabel->setStyleSheet(u"color: palette(placeholder-text); font-size: small;"_s);
            v->addWidget(helpLabel);
        }
        auto *error = new QLabel(cell);
        error->setObjectName(u"error_"_s + info->key);
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        error->hide();
        v->addWidget(error);
        m_errorLabels.insert(info->key, error);

        auto *label = new QLabel(box);
        m_fieldLabels.insert(info->key, label);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(editor->firstInput());
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->addRow(label, cell);
    }
    m_groupBoxes << box;
    return box;
}

bool IntakeForm::isDirty() const
{
    return !m_undo->isClean();
}

QString IntakeForm::title() const
{
    return m_base.id ? tr("Case %1 (editing)").arg(m_base.id) : tr("New case");
}

CaseRecord IntakeForm::record() const
{
    CaseRecord r = m_base;
    for (const FieldEditor *e : m_order)
        r.setValue(e->key(), m_committed.value(e->key()));
    return r;
}

void IntakeForm::onEdited(const QString &key)
{
    FieldEditor *e = m_editors.value(key);
    const QString now = e->value();
    const QString before = m_committed.value(key);
    if (now == before)
        return;
    m_undo->push(new FieldEditCommand(this, key, before, now));
}

void IntakeForm::applyValue(const QString &key, const QString &value, bool fromUndo)
{
    FieldEditor *e = m_editors.value(key);
    if (!e)
        return;
    m_committed.insert(key, value);
    e->setValue(value);
    ++m_changes;
    m_touched.insert(key);
    m_validateTimer.start();
    if (affectsDuplicates(key))
        m_duplicateTimer.start();
    if (fromUndo)
        focusField(key); // show what was taken back
}

bool IntakeForm::eventFilter(QObject *watched, QEvent *event)
{
    // Line edits keep their own undo for Ctrl+Z; let it reach the form's undo stack instead.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void IntakeForm::validateNow()
{
    m_validateTimer.stop();
    m_issues = CaseValidator::validate(record(), QDate::currentDate());
    QHash<QString, QStringList> errors;
    QHash<QString, QStringList> warnings;
    int errorCount = 0;
    int warningCount = 0;
    for (const FieldIssue &issue : std::as_const(m_issues)) {
        if (!m_saveAttempted && !m_touched.contains(issue.field))
            continue;
        if (issue.severity == FieldIssue::Severity::Error) {
            errors[issue.field] << issueText(issue);
            ++errorCount;
        } else {
            warnings[issue.field] << issueText(issue);
            ++warningCount;
        }
    }
    for (auto it = m_errorLabels.cbegin(); it != m_errorLabels.cend(); ++it) {
        const QStringList lines = errors.value(it.key()) + warnings.value(it.key());
        QLabel *label = it.value();
        label->setText(lines.join(u'\n'));
        label->setStyleSheet(errors.contains(it.key()) ? u"color: #b3261e;"_s : u"color: #7a5200;"_s);
        label->setVisible(!lines.isEmpty());
        if (FieldEditor *e = m_editors.value(it.key())) {
            // Screen readers hear the problem with the field.
            const QString help = FieldCatalog::help(it.key());
            e->firstInput()->setAccessibleDescription(lines.isEmpty() ? help : lines.join(u' '));
        }
    }
    for (int i = 0; i < m_groups.size(); ++i) {
        int inGroup = 0;
        for (const FieldInfo *f : FieldCatalog::fieldsInGroup(m_groups.at(i)))
            inGroup += static_cast<int>(errors.value(f->key).size());
        const QString title = FieldCatalog::groupTitle(m_groups.at(i));
        m_groupList->item(i)->setText(inGroup ? tr("%1  ✖ %2").arg(title).arg(inGroup) : title);
    }
    if (errorCount > 0) {
        m_summary->setText(tr("✖ %n answer(s) must be fixed before the case can be saved.", nullptr, errorCount)
                           + (warningCount ? u' ' + tr("⚠ %n answer(s) to check.", nullptr, warningCount)
                                           : QString()));
    } else if (warningCount > 0) {
        m_summary->setText(tr("⚠ %n answer(s) to check; the case can still be saved.", nullptr, warningCount));
    }
    m_summary->setStyleSheet(errorCount > 0
        ? u"QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e5a29c; border-radius: 4px; padding: 6px 10px; }"_s
        : u"QLabel { background: #fff4d6; color: #5c4300; border: 1px solid #d9a400; border-radius: 4px; padding: 6px 10px; }"_s);
    m_summary->setVisible(errorCount + warningCount > 0);
}

void IntakeForm::checkDuplicatesNow()
{
    m_duplicateTimer.stop();
    const auto found = m_repo.findDuplicates(record(), m_base.id);
    if (!found) {
        qWarning("Duplicate check failed: %s", qPrintable(found.error().fullText()));
        return;
    }
    m_banner->setCandidates(*found);
}

void IntakeForm::focusField(const QString &key)
{
    FieldEditor *e = m_editors.value(key);
    if (!e)
        return;
    QWidget *w = e->firstInput();
    w->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(w, 50, 80);
}

void IntakeForm::focusFirstField()
{
    if (!m_order.isEmpty())
        focusField(m_order.constFirst()->key());
}

int IntakeForm::currentGroupIndex() const
{
    const QWidget *focused = QApplication::focusWidget();
    for (const FieldEditor *e : m_order) {
        if (focused && e->owns(focused))
            return static_cast<int>(m_groups.indexOf(e->info().group));
    }
    return m_groupList->currentRow();
}

void IntakeForm::goToGroup(int index)
{
    if (index < 0 || index >= m_groupBoxes.size())
        return;
    const FieldGroup group = m_groups.at(index);
    for (const FieldEditor *e : std::as_const(m_order)) {
        if (e->info().group == group) {
            e->firstInput()->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    m_scroll->verticalScrollBar()->setValue(m_groupBoxes.at(index)->mapTo(m_scroll->widget(), QPoint(0, 0)).y() - 6);
    m_groupList->setCurrentRow(index);
}

void IntakeForm::syncGroupList(QWidget *focused)
{
    if (!focused || !isAncestorOf(focused))
        return;
    for (const FieldEditor *e : std::as_const(m_order)) {
        if (e->owns(focused)) {
            const QSignalBlocker block(m_groupList);
            m_groupList->setCurrentRow(static_cast<int>(m_groups.indexOf(e->info().group)));
            return;
        }
    }
}

void IntakeForm::loadCase(const CaseRecord &record)
{
    m_base = record;
    for (FieldEditor *e : std::as_const(m_order)) {
        m_committed.insert(e->key(), record.value(e->key()));
        e->setValue(record.value(e->key()));
    }
    m_undo->clear();
    m_touched.clear();
    m_saveAttempted = false;
    m_heading->setText(title());
    validateNow();
    m_banner->setCandidates({});
    Q_EMIT titleChanged();
}

bool IntakeForm::restoreDraft(qint64 draftId, const QByteArray &payload)
{
    const auto draft = DraftPayload::fromJson(payload);
    if (!draft)
        return false;
    CaseRecord base;
    if (draft->caseId) {
        auto loaded = m_repo.load(draft->caseId);
        if (loaded) {
            base = *loaded;
            base.rowVersion = draft->rowVersion; // a case changed since will be reported as a conflict
        }
    }
    loadCase(base);
    m_draftId = draftId;
    m_undo->beginMacro(tr("restore draft"));
    for (FieldEditor *e : std::as_const(m_order)) {
        const QString v = draft->values.value(e->key());
        if (v != m_committed.value(e->key())) {
            e->setValue(v);
            m_undo->push(new FieldEditCommand(this, e->key(), m_committed.value(e->key()), v));
        }
    }
    m_undo->endMacro();
    m_draftedChanges = m_changes;
    validateNow();
    checkDuplicatesNow();
    return true;
}

void IntakeForm::setAutosaveInterval(int milliseconds)
{
    m_autosaveTimer.start(milliseconds);
}

void IntakeForm::autosave()
{
    if (isDirty() && m_changes != m_draftedChanges)
        (void)saveDraftNow();
}

bool IntakeForm::saveDraftNow()
{
    DraftPayload p;
    p.caseId = m_base.id;
    p.rowVersion = m_base.rowVersion;
    p.values = m_committed;
    const auto saved = m_repo.saveDraft(m_draftId, m_base.id, p.toJson());
    if (!saved) {
        qWarning("Autosave failed: %s", qPrintable(saved.error().fullText()));
        return false;
    }
    m_draftId = *saved;
    m_draftedChanges = m_changes;
    return true;
}

void IntakeForm::discardDraft()
{
    if (m_draftId == 0)
        return;
    if (Status s = m_repo.deleteDraft(m_draftId); !s)
        qWarning("Could not delete draft: %s", qPrintable(s.error().fullText()));
    m_draftId = 0;
}

bool IntakeForm::save()
{
    m_saveAttempted = true;
    validateNow();
    if (CaseValidator::hasErrors(m_issues)) {
        for (const FieldEditor *e : std::as_const(m_order)) {
            const bool bad = std::any_of(m_issues.cbegin(), m_issues.cend(), [e](const FieldIssue &i) {
                return i.field == e->key() && i.severity == FieldIssue::Severity::Error;
            });
            if (bad) {
                focusField(e->key());
                break;
            }
        }
        return false;
    }

    checkDuplicatesNow();
    if (m_banner->hasUnacknowledged()) {
        const auto answer = MessageBox::question(
            this, tr("Possible duplicate"),
            tr("This request may already be in the database:\n%1\n\nSave it as a new request anyway?")
                .arg(m_banner->lines().join(u'\n')),
            QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel,
            {{QMessageBox::Save, tr("Save anyway")}, {QMessageBox::Cancel, tr("Review the matches")}});
        if (answer != QMessageBox::Save)
            return false;
        m_banner->acknowledgeAll();
    }

    CaseRecord rec = record();
    if (rec.id == 0) {
        const auto created = m_repo.create(rec);
        if (!created) {
            MessageBox::critical(this, tr("Case not saved"), created.error().message);
            qWarning("Create failed: %s", qPrintable(created.error().fullText()));
            return false;
        }
    } else if (Status s = m_repo.update(rec); !s) {
        if (s.error().kind == Error::Kind::Conflict)
            return handleConflict(s.error());
        MessageBox::critical(this, tr("Changes not saved"), s.error().message);
        qWarning("Update failed: %s", qPrintable(s.error().fullText()));
        return false;
    }
    discardDraft();
    loadCase(rec); // shows the values as stored (normalized) and marks the form clean
    Q_EMIT saved(rec.id);
    return true;
}

bool IntakeForm::handleConflict(const Error &error)
{
    Q_UNUSED(error); // the dialog says it in full, with the fields
    auto fresh = m_repo.load(m_base.id);
    if (!fresh) {
        MessageBox::critical(this, tr("Case not reloaded"), fresh.error().message);
        return false;
    }
    const CaseRecord mine = record();
    ConflictMergeDialog dialog(m_base, mine, *fresh, this);
    const int outcome = dialog.exec();
    if (outcome == ConflictMergeDialog::ReloadTheirs) {
        discardDraft();
        loadCase(*fresh);
        return false;
    }
    if (outcome != ConflictMergeDialog::SaveMerged)
        return false; // keep editing: the form keeps the person's values, the next save compares again
    CaseRecord merged = CaseMerge::merge(m_base, mine, *fresh, dialog.choices());
    m_base = *fresh; // what the merge was made against: a further conflict compares with this
    if (Status s = m_repo.update(merged); !s) {
        if (s.error().kind == Error::Kind::Conflict)
            return handleConflict(s.error());
        MessageBox::critical(this, tr("Changes not saved"), s.error().message);
        return false;
    }
    discardDraft();
    loadCase(merged);
    Q_EMIT saved(merged.id);
    return true;
}

} // namespace ch
