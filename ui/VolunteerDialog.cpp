#include "VolunteerDialog.h"

#include "FormRows.h"

#include "domain/ReasonCatalog.h"
#include "domain/VolunteerValidator.h"
#include "storage/Database.h"
#include "storage/VolunteerRepository.h"
#include "core/Collation.h"

#include <QEvent>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(QRegularExpression(u"[;,]"_s), Qt::SkipEmptyParts)) {
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    }
    return out;
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    for (const QString &l : edit->toPlainText().split(u'\n')) {
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    }
    return out;
}

} // namespace

VolunteerDialog::VolunteerDialog(Database &database, const Volunteer &volunteer, const QList<Volunteer> &roster,
                                 QWidget *parent)
    : QDialog(parent), m_db(database), m_original(volunteer), m_roster(roster)
{
    setObjectName(u"volunteerDialog"_s);
    auto *outer = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    m_left = left;
    m_right = right;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    outer->addLayout(columns);

    auto line = [this](const QString &name, const QString &text, const QString &field) {
        auto *e = new QLineEdit(text, this);
        e->setObjectName(name);
        m_fieldWidgets.insert(field, e);
        return e;
    };
    m_name = line(u"volunteerName"_s, volunteer.name, u"name"_s);
    m_email = line(u"volunteerEmail"_s, volunteer.email, u"email"_s);
    m_phone = line(u"volunteerPhone"_s, volunteer.phone, u"phone"_s);
    m_organization = line(u"volunteerOrganization"_s, volunteer.organization, u"organization"_s);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"volunteerKind"_s);
    for (const QString &k : Volunteer::kinds())
        m_kind->addItem(QString(), k);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(volunteer.kind.isEmpty() ? u"large_firm"_s : volunteer.kind)));
    m_fieldWidgets.insert(u"kind"_s, m_kind);
    m_supervisor = new QComboBox(this);
    m_supervisor->setObjectName(u"volunteerSupervisor"_s);
    m_supervisor->addItem(QString(), qint64(0));
    // Supervisors by name as the reader's language orders them, accents and case aside.
    QList<Volunteer> supervisors;
    for (const Volunteer &r : roster) {
        if (r.id != volunteer.id && !r.isStudent() && r.active)
            supervisors << r;
    }
    const QCollator collator = Collation::forNames();
    std::stable_sort(supervisors.begin(), supervisors.end(),
                     [&collator](const Volunteer &a, const Volunteer &b) { return collator.compare(a.name, b.name) < 0; });
    for (const Volunteer &r : std::as_const(supervisors))
        m_supervisor->addItem(r.organization.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.organization), r.id);
    m_supervisor->setCurrentIndex(std::max(0, m_supervisor->findData(volunteer.supervisorId)));
    m_fieldWidgets.insert(u"supervisor_id"_s, m_supervisor);
    m_barStates = line(u"volunteerBarStates"_s, volunteer.barStates.join(u"; "_s), u"bar_states"_s);
    m_districts = line(u"volunteerDistricts"_s, volunteer.districts.join(u"; "_s), u"districts"_s);
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"volunteerCapacity"_s);
    m_capacity->setRange(0, 100);
    m_capacity->setValue(volunteer.capacity);
    m_fieldWidgets.insert(u"capacity"_s, m_capacity);
    m_languages = line(u"volunteerLanguages"_s, volunteer.languages.join(u"; "_s), u"languages"_s);
    m_active = new QCheckBox(this);
    m_active->setObjectName(u"volunteerActive"_s);
    m_active->setChecked(volunteer.active);

    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_email, m_phone, m_organization, m_kind, m_supervisor,
                                                         m_barStates, m_districts, m_capacity, m_languages, m_active})
        FormRows::add(left, w);

    m_expertise = new QListWidget(this);
    m_expertise->setObjectName(u"volunteerExpertise"_s);
    for (const QString &code : ReasonCatalog::codes()) {
        auto *item = new QListWidgetItem(m_expertise);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(volunteer.expertise.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
    m_expertise->setMaximumHeight(150);
    m_fieldWidgets.insert(u"expertise"_s, m_expertise);
    auto text = [this](const QString &name, const QString &value, const QString &field, int height) {
        auto *e = new QPlainTextEdit(value, this);
        e->setObjectName(name);
        e->setTabChangesFocus(true);
        e->setMaximumHeight(height);
        m_fieldWidgets.insert(field, e);
        return e;
    };
    QStringList trainingLines;
    for (const Training &t : volunteer.trainings)
        trainingLines << u"%1 %2"_s.arg(t.completedOn.toString(Qt::ISODate), t.course);
    QStringList leaveLines;
    for (const LeavePeriod &p : volunteer.leaves)
        leaveLines << u"%1 %2 %3"_s.arg(p.from.toString(Qt::ISODate), p.until.toString(Qt::ISODate), p.note).trimmed();
    m_trainings = text(u"volunteerTrainings"_s, trainingLines.join(u'\n'), u"trainings"_s, 70);
    m_onLeaveUntil = line(u"volunteerOnLeaveUntil"_s, volunteer.onLeaveUntil.toString(Qt::ISODate), u"on_leave_until"_s);
    m_leaves = text(u"volunteerLeaves"_s, leaveLines.join(u'\n'), u"leaves"_s, 60);
    m_conflicts = text(u"volunteerConflicts"_s, volunteer.conflicts.join(u'\n'), u"conflicts"_s, 60);
    m_notes = text(u"volunteerNotes"_s, volunteer.notes, u"notes"_s, 60);
    for (QWidget *w : std::initializer_list<QWidget *>{m_expertise, m_trainings, m_onLeaveUntil, m_leaves, m_conflicts, m_notes})
        FormRows::add(right, w);

    m_problems = new QLabel(this);
    m_problems->setObjectName(u"volunteerProblems"_s);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #a40000;"_s);
    m_problems->hide();
    outer->addWidget(m_problems);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = box->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"volunteerSaveButton"_s);
    outer->addWidget(box);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &VolunteerDialog::updateSupervisorState);
    retranslateUi();
    resize(920, 560);
}

void VolunteerDialog::retranslateUi()
{
    setWindowTitle(m_original.id ? tr("Edit %1").arg(m_original.name) : tr("Add volunteer"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, Volunteer::kindLabel(m_kind->itemData(i).toString()));
    m_supervisor->setItemText(0, tr("No supervisor"));
    for (int i = 1; i < m_supervisor->count(); ++i) {
        for (const Volunteer &r : std::as_const(m_roster)) {
            if (r.id == m_supervisor->itemData(i).toLongLong())
                m_supervisor->setItemText(i, r.organization.isEmpty() ? r.name : tr("%1 (%2)").arg(r.name, r.organization));
        }
    }
    m_barStates->setPlaceholderText(tr("NY; MA"));
    m_districts->setPlaceholderText(tr("nysd; S.D.N.Y.; Eastern District of New York"));
    m_capacity->setSuffix(tr(" open cases"));
    m_active->setText(tr("Takes new cases"));
    for (int i = 0; i < m_expertise->count(); ++i)
        m_expertise->item(i)->setText(ReasonCatalog::label(m_expertise->item(i)->data(Qt::UserRole).toString()));
    m_trainings->setPlaceholderText(tr("One per line: 2026-03-01 Compassionate release fundamentals"));
    m_onLeaveUntil->setPlaceholderText(tr("YYYY-MM-DD, or empty"));
    m_leaves->setPlaceholderText(tr("One per line: first day, last day, note"));
    m_conflicts->setPlaceholderText(tr("Names or organizations, one per line"));
    const QList<std::pair<QWidget *, QString>> left = {
        {m_name, tr("&Name:")},          {m_email, tr("&Email:")},
        {m_phone, tr("&Phone:")},        {m_organization, tr("&Organization:")},
        {m_kind, tr("&Kind:")},          {m_supervisor, tr("&Supervisor:")},
        {m_barStates, tr("&Bar admissions:")}, {m_districts, tr("&Districts:")},
        {m_capacity, tr("&Capacity:")},  {m_languages, tr("&Languages:")},
        {m_active, tr("Status:")}};
    for (const auto &[w, text] : left)
        FormRows::setLabel(m_left, w, text);
    const QList<std::pair<QWidget *, QString>> right = {
        {m_expertise, tr("E&xpertise:")},     {m_trainings, tr("&Trainings:")},
        {m_onLeaveUntil, tr("On leave &until:")}, {m_leaves, tr("Leave &periods:")},
        {m_conflicts, tr("Con&flicts:")},     {m_notes, tr("N&otes:")}};
    for (const auto &[w, text] : right)
        FormRows::setLabel(m_right, w, text);
    updateSupervisorState();
}

void VolunteerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // what is typed stays
    QDialog::changeEvent(event);
}

void VolunteerDialog::updateSupervisorState()
{
    const bool student = m_kind->currentData().toString() == u"law_clinic_student";
    m_supervisor->setEnabled(student || m_supervisor->currentIndex() > 0);
    m_supervisor->setToolTip(student ? tr("A law-clinic student works under an attorney from the roster.") : QString());
}

bool VolunteerDialog::collect(Volunteer &v, QStringList &parseProblems) const
{
    v.name = m_name->text();
    v.email = m_email->text();
    v.phone = m_phone->text();
    v.organization = m_organization->text();
    v.kind = m_kind->currentData().toString();
    v.supervisorId = m_supervisor->currentData().toLongLong();
    v.barStates = splitList(m_barStates->text());
    v.districts = splitList(m_districts->text());
    v.capacity = m_capacity->value();
    v.languages = splitList(m_languages->text());
    v.expertise.clear();
    for (int i = 0; i < m_expertise->count(); ++i) {
        if (m_expertise->item(i)->checkState() == Qt::Checked)
            v.expertise << m_expertise->item(i)->data(Qt::UserRole).toString();
    }
    v.conflicts = lines(m_conflicts);
    v.notes = m_notes->toPlainText().trimmed();
    v.active = m_active->isChecked();
    v.trainings.clear();
    for (const QString &l : lines(m_trainings)) {
        const QDate d = QDate::fromString(l.section(u' ', 0, 0), Qt::ISODate);
        if (!d.isValid())
            parseProblems << tr("Trainings: “%1” does not start with a date written YYYY-MM-DD.").arg(l);
        else
            v.trainings << Training{d, l.section(u' ', 1).trimmed()};
    }
    v.leaves.clear();
    for (const QString &l : lines(m_leaves)) {
        const QDate from = QDate::fromString(l.section(u' ', 0, 0), Qt::ISODate);
        const QDate until = QDate::fromString(l.section(u' ', 1, 1), Qt::ISODate);
        if (!from.isValid() || !until.isValid())
            parseProblems << tr("Leave periods: “%1” needs a first and a last day written YYYY-MM-DD.").arg(l);
        else
            v.leaves << LeavePeriod{from, until, l.section(u' ', 2).trimmed()};
    }
    const QString leave = m_onLeaveUntil->text().trimmed();
    v.onLeaveUntil = leave.isEmpty() ? QDate() : QDate::fromString(leave, Qt::ISODate);
    if (!leave.isEmpty() && !v.onLeaveUntil.isValid())
        parseProblems << tr("On leave until: “%1” is not a date written YYYY-MM-DD.").arg(leave);
    return parseProblems.isEmpty();
}

void VolunteerDialog::showProblems(const QStringList &messages, const QStringList &fields)
{
    for (auto it = m_fieldWidgets.begin(); it != m_fieldWidgets.end(); ++it)
        it.value()->setStyleSheet(fields.contains(it.key()) ? u"border: 1px solid #c00000;"_s : QString());
    m_problems->setText(messages.join(u'\n'));
    m_problems->setVisible(!messages.isEmpty());
}

QString VolunteerDialog::problemsText() const
{
    return m_problems->isVisible() ? m_problems->text() : QString();
}

bool VolunteerDialog::save()
{
    Volunteer v = m_original;
    QStringList messages;
    QStringList fields;
    if (!collect(v, messages)) {
        for (const QString &m : messages)
            fields << (m.startsWith(tr("Trainings:")) ? u"trainings"_s : m.startsWith(tr("Leave periods:")) ? u"leaves"_s : u"on_leave_until"_s);
    }
    VolunteerValidator::normalize(v);
    const auto problems = VolunteerValidator::validate(v, [this](qint64 id) -> const Volunteer * {
        for (const Volunteer &r : m_roster) {
            if (r.id == id)
                return &r;
        }
        return nullptr;
    });
    for (const VolunteerProblem &p : problems) {
        messages << p.message;
        fields << p.field;
    }
    if (!messages.isEmpty()) {
        showProblems(messages, fields);
        return false;
    }
    VolunteerRepository repo(m_db);
    Status s;
    if (v.id) {
        s = repo.update(v);
    } else if (auto id = repo.create(v); !id) {
        s = id.error();
    }
    if (!s) {
        showProblems({tr("The volunteer was not saved: %1").arg(s.error().message)}, {});
        return false;
    }
    showProblems({}, {});
    Q_EMIT saved(v.id);
    accept();
    return true;
}

} // namespace ch
