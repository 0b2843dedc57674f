#include "ScreeningPanel.h"

#include "MessageBox.h"
#include "domain/FieldCatalog.h"
#include "domain/ReasonCatalog.h"
#include "screening/KeyDate.h"
#include "screening/RuleSetRegistry.h"
#include "screening/ScreeningEngine.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"

#include <QEvent>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

const QStringList kDateCodes = {u"age_prong"_s, u"ten_years_served"_s, u"statutory_70_30"_s,
                                u"exhaustion_ripe"_s};

QString shortDate(QDate d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : ScreeningPanel::tr("No date");
}

QString badgeStyle(const QString &outcome)
{
    QString colors = u"background: #fff4d6; color: #6b4a00; border: 1px solid #e0b95a;"_s; // needs_info
    if (outcome == u"screened_in")
        colors = u"background: #e3f4e6; color: #1d5b2a; border: 1px solid #8cc79a;"_s;
    else if (outcome == u"screened_out")
        colors = u"background: #f0f0f0; color: #444; border: 1px solid #b5b5b5;"_s;
    return u"QLabel { %1 border-radius: 10px; padding: 4px 14px; font-weight: bold; }"_s.arg(colors);
}

QString timingText(const QString &timing, bool afterRelease)
{
    QString text = timing == u"reached"    ? ScreeningPanel::tr("Reached")
                   : timing == u"upcoming" ? ScreeningPanel::tr("Upcoming")
                                           : ScreeningPanel::tr("Not available");
    if (afterRelease)
        text = ScreeningPanel::tr("%1, after projected release").arg(text);
    return text;
}

void clearLayout(QLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            // Out of sight and out of findChild() at once; deleted once its own signal (a click) is done.
            w->hide();
            w->setParent(nullptr);
            w->deleteLater();
        } else if (QLayout *child = item->layout())
            clearLayout(child);
        delete item;
    }
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

// One block per date: its name, then the date and its state, then the explanation sentence. Stacked
// rather than side by side so that two views fit next to each other without a horizontal scroll bar.
void addDateRow(QVBoxLayout *column, const QString &code, const QString &title, QDate date,
                const QString &timing, bool afterRelease, const QString &explanation, QWidget *parent)
{
    auto *block = new QWidget(parent);
    auto *v = new QVBoxLayout(block);
    v->setContentsMargins(0, 4, 0, 6);
    v->setSpacing(2);
    auto *name = wrapped(title, block);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    auto *line = new QHBoxLayout;
    auto *when = new QLabel(shortDate(date), block);
    when->setObjectName(u"keyDate_"_s + code);
    when->setTextFormat(Qt::PlainText);
    auto *state = wrapped(timingText(timing, afterRelease), block);
    state->setObjectName(u"keyDateTiming_"_s + code);
    state->setStyleSheet(timing == u"reached"    ? u"color: #1d5b2a; font-weight: bold;"_s
                         : timing == u"upcoming" ? u"color: #1c3d6e; font-weight: bold;"_s
                                                 : u"color: #777;"_s);
    line->addWidget(when);
    line->addSpacing(12);
    line->addWidget(state, 1);
    auto *why = wrapped(explanation, block);
    why->setObjectName(u"keyDateExplanation_"_s + code);
    v->addWidget(name);
    v->addLayout(line);
    v->addWidget(why);
    column->addWidget(block);
}

} // namespace

ScreeningPanel::ScreeningPanel(Database &database, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_db(database), m_caseId(caseId)
{
    setObjectName(u"screeningPanel"_s);
    buildUi();
}

void ScreeningPanel::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *column = new QVBoxLayout(page);

    auto *head = new QHBoxLayout;
    m_outcome = new QLabel(page);
    m_outcome->setObjectName(u"screeningOutcome"_s);
    m_outcome->setTextFormat(Qt::PlainText);
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_outcome->setFont(big);
    head->addWidget(m_outcome, 0, Qt::AlignTop);
    auto *facts = new QVBoxLayout;
    m_gates = wrapped(QString(), page);
    m_gates->setObjectName(u"screeningReasons"_s);
    m_ruleSet = wrapped(QString(), page);
    m_ruleSet->setObjectName(u"screeningRuleSet"_s);
    m_ruleSet->setStyleSheet(u"color: #555;"_s);
    facts->addWidget(m_gates);
    facts->addWidget(m_ruleSet);
    head->addLayout(facts, 1);
    auto *again = new QPushButton(page);
    m_again = again;
    again->setObjectName(u"rescreenCaseButton"_s);
    connect(again, &QPushButton::clicked, this, [this] {
        auto record = CaseRepository(m_db).load(m_caseId);
        auto stored = record
                          ? ScreeningStore::screenAndStore(m_db.connection(), *record, QDate::currentDate())
                          : Result<ScreeningResult>(record.error());
        if (!stored) {
            MessageBox::critical(this, tr("Not screened"),
                                 tr("The case could not be screened again: %1").arg(stored.error().message));
            return;
        }
        reload(*record);
    });
    head->addWidget(again, 0, Qt::AlignTop);
    column->addLayout(head);

    m_exhaustionBox = new QGroupBox(page);
    m_exhaustionBox->setObjectName(u"exhaustionBox"_s);
    m_exhaustionBox->setStyleSheet(
        u"QGroupBox#exhaustionBox { background: #eef3fb; border: 1px solid #9db3d6; border-radius: 6px; "
        "margin-top: 1.4em; padding: 8px; font-weight: bold; }"
        " QGroupBox#exhaustionBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }"_s);
    auto *ex = new QVBoxLayout(m_exhaustionBox);
    m_exhaustionDate = new QLabel(m_exhaustionBox);
    m_exhaustionDate->setObjectName(u"exhaustionDate"_s);
    m_exhaustionDate->setTextFormat(Qt::PlainText);
    QFont huge = m_exhaustionDate->font();
    huge.setPointSizeF(huge.pointSizeF() * 1.5);
    huge.setBold(true);
    m_exhaustionDate->setFont(huge);
    m_exhaustionText = wrapped(QString(), m_exhaustionBox);
    m_exhaustionText->setObjectName(u"exhaustionExplanation"_s);
    m_exhaustionText->setStyleSheet(u"font-weight: normal;"_s);
    ex->addWidget(m_exhaustionDate);
    ex->addWidget(m_exhaustionText);
    column->addWidget(m_exhaustionBox);

    m_missingBox = new QGroupBox(page);
    m_missingBox->setObjectName(u"missingBox"_s);
    auto *missing = new QFormLayout(m_missingBox);
    m_missingGate = new QWidget(m_missingBox);
    m_missingGate->setLayout(new QHBoxLayout);
    m_missingGate->layout()->setContentsMargins(0, 0, 0, 0);
    m_missingDates = new QWidget(m_missingBox);
    m_missingDates->setLayout(new QHBoxLayout);
    m_missingDates->layout()->setContentsMargins(0, 0, 0, 0);
    m_missingGateLabel = new QLabel(m_missingBox);
    m_missingDatesLabel = new QLabel(m_missingBox);
    missing->addRow(m_missingGateLabel, m_missingGate);
    missing->addRow(m_missingDatesLabel, m_missingDates);
    column->addWidget(m_missingBox);

    m_referralBox = new QGroupBox(page);
    m_referralBox->setObjectName(u"referralBox"_s);
    auto *ref = new QVBoxLayout(m_referralBox);
    auto *refBar = new QHBoxLayout;
    auto *hint = wrapped(QString(), m_referralBox);
    m_referralHint = hint;
    m_referralLanguage = new QComboBox(m_referralBox);
    m_referralLanguage->setObjectName(u"referralLanguage"_s);
    m_referralLanguage->addItem(QString(), u"en"_s);
    m_referralLanguage->addItem(QString(), u"es"_s);
    connect(m_referralLanguage, &QComboBox::currentIndexChanged, this, &ScreeningPanel::showReferral);
    m_copyReferral = new QPushButton(m_referralBox);
    m_copyReferral->setObjectName(u"copyReferralButton"_s);
    connect(m_copyReferral, &QPushButton::clicked, this, &ScreeningPanel::copyReferral);
    m_copied = new QLabel(m_referralBox);
    m_copied->setObjectName(u"referralCopiedLabel"_s);
    m_copied->setTextFormat(Qt::PlainText);
    refBar->addWidget(hint, 1);
    refBar->addWidget(m_copied);
    refBar->addWidget(m_referralLanguage);
    refBar->addWidget(m_copyReferral);
    m_referralText = new QPlainTextEdit(m_referralBox);
    m_referralText->setObjectName(u"referralText"_s);
    m_referralText->setReadOnly(true);
    m_referralText->setMinimumHeight(90);
    m_referralText->setMaximumHeight(150); // a few sentences; more would push the dates out of sight
    ref->addLayout(refBar);
    ref->addWidget(m_referralText);
    column->addWidget(m_referralBox);

    auto *views = new QHBoxLayout;
    m_datesBox = new QGroupBox(page);
    m_datesBox->setObjectName(u"ussgDates"_s);
    m_datesBox->setLayout(new QVBoxLayout);
    m_bopBox = new QGroupBox(page);
    m_bopBox->setObjectName(u"bopDates"_s);
    m_bopBox->setLayout(new QVBoxLayout);
    m_bopBox->setVisible(false);
    views->addWidget(m_datesBox, 1, Qt::AlignTop);
    views->addWidget(m_bopBox, 1, Qt::AlignTop);
    m_bopToggle = new QCheckBox(page);
    m_bopToggle->setObjectName(u"bopViewToggle"_s);
    connect(m_bopToggle, &QCheckBox::toggled, m_bopBox, &QWidget::setVisible);
    column->addWidget(m_bopToggle);
    column->addLayout(views);

    m_contestedBox = new QGroupBox(page);
    m_contestedBox->setObjectName(u"contestedBox"_s);
    auto *con = new QVBoxLayout(m_contestedBox);
    m_contestedText = wrapped(QString(), m_contestedBox);
    m_contestedText->setObjectName(u"contestedText"_s);
    con->addWidget(m_contestedText);
    column->addWidget(m_contestedBox);

    auto *historyBox = new QGroupBox(page);
    m_historyBox = historyBox;
    auto *hist = new QVBoxLayout(historyBox);
    m_history = new QTreeWidget(historyBox);
    m_history->setObjectName(u"screeningHistory"_s);
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->header()->setStretchLastSection(true);
    m_history->setMinimumHeight(120);
    hist->addWidget(m_history);
    column->addWidget(historyBox);
    column->addStretch(1);

    scroll->setWidget(page);
    outer->addWidget(scroll);
    retranslateUi();
}

void ScreeningPanel::retranslateUi()
{
    m_again->setText(tr("Screen again &today"));
    m_again->setToolTip(tr("Screens this case again as of today and keeps the earlier result in the history."));
    m_exhaustionBox->setTitle(tr("Exhaustion: when a motion may be filed"));
    m_missingBox->setTitle(tr("Missing answers"));
    m_missingGateLabel->setText(tr("Needed to screen:"));
    m_missingDatesLabel->setText(tr("Needed for the dates:"));
    m_referralBox->setTitle(tr("Referral for the family"));
    m_referralHint->setText(tr("This request is outside what the Clearinghouse handles. Send the family this text:"));
    m_referralLanguage->setAccessibleName(tr("Language of the referral"));
    m_referralLanguage->setItemText(0, tr("English"));
    m_referralLanguage->setItemText(1, tr("Spanish"));
    m_copyReferral->setText(tr("&Copy text"));
    m_referralText->setAccessibleName(tr("Referral text"));
    m_datesBox->setTitle(tr("Key dates under USSG §1B1.13"));
    m_bopBox->setTitle(tr("BOP Program Statement 5050.50 (warden stage)"));
    m_bopToggle->setText(tr("Show the &BOP Program Statement 5050.50 criteria beside the USSG view"));
    m_bopToggle->setToolTip(tr("The BOP applies its own, stricter criteria when the warden decides a request."));
    m_contestedBox->setTitle(tr("Contested reasons and warnings"));
    m_historyBox->setTitle(tr("Earlier results"));
    m_history->setHeaderLabels({tr("Recorded"), tr("As of"), tr("Rule set"), tr("Outcome"), tr("Details")});
}

void ScreeningPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_record)
            reload(*m_record); // the result's sentences and dates; the stored result itself is unchanged
    }
    QWidget::changeEvent(event);
}

void ScreeningPanel::setBopViewVisible(bool visible)
{
    m_bopToggle->setChecked(visible);
}

bool ScreeningPanel::reload(const CaseRecord &record)
{
    m_record = record;
    auto current = ScreeningStore::current(m_db.connection(), m_caseId);
    auto history = ScreeningStore::history(m_db.connection(), m_caseId);
    if (!current || !history || !current->has_value()) {
        m_current.reset();
        m_outcome->setText(tr("Not screened"));
        m_outcome->setStyleSheet(badgeStyle(QString()));
        m_gates->setText(
            !current   ? current.error().message
            : !history ? history.error().message
                       : tr("There is no screening result for this case yet. Save the case to screen it."));
        for (QWidget *w : {static_cast<QWidget *>(m_exhaustionBox), static_cast<QWidget *>(m_missingBox),
                           static_cast<QWidget *>(m_referralBox), static_cast<QWidget *>(m_contestedBox)})
            w->setVisible(false);
        return current.ok() && history.ok();
    }
    m_current = **current;
    // The stored sentences are in the language of the day the case was screened. Where the same rules
    // as of the same day give the same date and state, the sentence is written again in today's language;
    // it says the same thing about the same numbers. Any other date keeps its recorded sentence.
    m_liveExplanations.clear();
    auto live = ScreeningEngine::screenWithBuiltInRules(record, m_current->asOf);
    if (live) {
        const QJsonObject dates = m_current->result.value(u"dates"_s).toObject();
        const QJsonObject timing = m_current->result.value(u"timing"_s).toObject();
        for (const KeyDate *d : live->keyDates()) {
            if (QDate::fromString(dates.value(d->code).toString(), Qt::ISODate) == d->date
                && timing.value(d->code).toString() == KeyDate::timingCode(d->timing()))
                m_liveExplanations.insert(d->code, d->explanation());
        }
    }
    showResult(*m_current);

    // The dates' own inputs are not part of the stored result; the engine tells which ones are empty.
    QStringList dateFields;
    if (m_current->outcome != u"screened_out" && live) {
        for (const KeyDate *d : live->keyDates()) {
            for (const QString &f : d->missingFields()) {
                if (!dateFields.contains(f) && !m_current->missing.contains(f) && FieldCatalog::find(f))
                    dateFields << f;
            }
        }
    }
    showMissing(m_current->outcome == u"needs_info" ? m_current->missing : QStringList(), dateFields);
    showHistory(*history);
    return true;
}

void ScreeningPanel::showResult(const StoredScreening &stored)
{
    const QJsonObject &r = stored.result;
    m_outcome->setText(ScreeningResult::outcomeLabel(stored.outcome));
    m_outcome->setStyleSheet(badgeStyle(stored.outcome));
    if (stored.outcome == u"screened_out") {
        QStringList labels;
        for (const QString &g : stored.reasons)
            labels << ScreeningResult::gateLabel(g);
        m_gates->setText(tr("Screened out because: %1.").arg(labels.join(u"; "_s)));
    } else if (stored.outcome == u"needs_info") {
        m_gates->setText(tr("No gate failed, but an answer the gates need is missing or unknown."));
    } else {
        m_gates->setText(tr("Federal, a compassionate-release request, sentenced and in custody."));
    }
    const QJsonObject rules = r.value(u"rule_set"_s).toObject();
    m_ruleSet->setText(
        tr("Rule set %1 (in effect from %2) · screened as of %3 · recorded %4")
            .arg(stored.ruleSetVersion,
                 QLocale().toString(
                     QDate::fromString(rules.value(u"effective_date"_s).toString(), Qt::ISODate),
                     QLocale::ShortFormat),
                 QLocale().toString(stored.asOf, QLocale::ShortFormat),
                 QLocale().toString(stored.screenedAt.toLocalTime(), QLocale::ShortFormat)));
    showDates(r);
    showBop(r);
    showContested(r);
    m_referralBox->setVisible(stored.outcome == u"screened_out");
    showReferral();
}

void ScreeningPanel::showDates(const QJsonObject &r)
{
    const QJsonObject dates = r.value(u"dates"_s).toObject();
    const QJsonObject timing = r.value(u"timing"_s).toObject();
    const QJsonObject explanations = r.value(u"explanations"_s).toObject();
    const QJsonArray after = r.value(u"after_release"_s).toArray();
    auto *list = static_cast<QVBoxLayout *>(m_datesBox->layout());
    clearLayout(list);
    for (const QString &code : kDateCodes) {
        addDateRow(list, code, KeyDate::title(code),
                   QDate::fromString(dates.value(code).toString(), Qt::ISODate),
                   timing.value(code).toString(), after.contains(QJsonValue(code)),
                   m_liveExplanations.value(code, explanations.value(code).toString()), m_datesBox);
    }

    // Exhaustion decides when the person may file, so it is shown first and large.
    const QDate ripe = QDate::fromString(dates.value(u"exhaustion_ripe"_s).toString(), Qt::ISODate);
    const QString ripeTiming = timing.value(u"exhaustion_ripe"_s).toString();
    m_exhaustionBox->setVisible(m_current && m_current->outcome != u"screened_out");
    if (!ripe.isValid())
        m_exhaustionDate->setText(tr("No date yet"));
    else if (ripeTiming == u"reached")
        m_exhaustionDate->setText(tr("Ripe since %1").arg(shortDate(ripe)));
    else
        m_exhaustionDate->setText(tr("Ripe on %1").arg(shortDate(ripe)));
    m_exhaustionText->setText(
        m_liveExplanations.value(u"exhaustion_ripe"_s, explanations.value(u"exhaustion_ripe"_s).toString()));
}

void ScreeningPanel::showBop(const QJsonObject &r)
{
    auto *list = static_cast<QVBoxLayout *>(m_bopBox->layout());
    clearLayout(list);
    const QJsonObject bop = r.value(u"bop_5050_50"_s).toObject();
    m_bopToggle->setEnabled(!bop.isEmpty());
    const auto &registry = RuleSetRegistry::builtIn();
    const RuleSet *rules = registry ? registry->inEffectOn(m_current ? m_current->asOf : QDate()) : nullptr;
    QList<std::pair<QString, QString>> criteria; // code, title; in the rule file's order when known
    if (rules) {
        for (const BopCriterion &c : rules->bopCriteria()) {
            if (bop.contains(c.code))
                criteria.append({c.code, KeyDate::bopTitle(c.code, c.title)});
        }
    }
    for (auto it = bop.begin(); it != bop.end(); ++it) {
        if (std::none_of(criteria.cbegin(), criteria.cend(),
                         [&it](const auto &c) { return c.first == it.key(); }))
            criteria.append({it.key(), it.key()});
    }
    for (const auto &[code, title] : std::as_const(criteria)) {
        const QJsonObject d = bop.value(code).toObject();
        addDateRow(list, u"bop_"_s + code, title,
                   QDate::fromString(d.value(u"date"_s).toString(), Qt::ISODate),
                   d.value(u"timing"_s).toString(), d.value(u"after_release"_s).toBool(),
                   d.value(u"explanation"_s).toString(), m_bopBox);
    }
}

void ScreeningPanel::showContested(const QJsonObject &r)
{
    // The stored result keeps the rule file's English notes; a Spanish reader gets the rule file's Spanish
    // ones when the rules in effect have them.
    const QString language = QLocale().language() == QLocale::Spanish ? u"es"_s : u"en"_s;
    const auto &registry = RuleSetRegistry::builtIn();
    const RuleSet *rules = registry ? registry->inEffectOn(m_current ? m_current->asOf : QDate()) : nullptr;
    QStringList paragraphs;
    for (const QJsonValue &v : r.value(u"contested"_s).toArray()) {
        const QJsonObject c = v.toObject();
        const QString reason = c.value(u"reason"_s).toString();
        const ContestedRule *rule = rules ? rules->contestedRule(reason) : nullptr;
        const QString note = rule ? rule->noteIn(language) : c.value(u"note"_s).toString();
        QString text = tr("%1 was claimed. %2").arg(ReasonCatalog::label(reason), note);
        const QString circuit = c.value(u"circuit"_s).toString();
        const QString status = c.value(u"circuit_status"_s).toString();
        if (!status.isEmpty()) {
            const QString verdict = status == u"rejected" ? tr("rejected") : tr("contested");
            const ContestedRule::Circuit *ruling = rule ? rule->forCircuit(circuit) : nullptr;
            const QString circuitNote = ruling ? ruling->noteIn(language) : c.value(u"circuit_note"_s).toString();
            text += u' ' + tr("In the sentencing circuit (circuit %1) it has been %2. %3")
                               .arg(circuit, verdict, circuitNote);
        } else if (circuit.isEmpty()) {
            text +=
                u' ' + tr("The sentencing district is not known, so the circuit's law cannot be checked.");
        } else {
            text += u' ' + tr("No ruling of the sentencing circuit (circuit %1) is recorded in the rule set.")
                               .arg(circuit);
        }
        paragraphs << text.trimmed();
    }
    for (const QJsonValue &w : r.value(u"warnings"_s).toArray())
        paragraphs << w.toString();
    m_contestedText->setText(paragraphs.join(u"\n\n"_s));
    m_contestedBox->setVisible(!paragraphs.isEmpty());
}

void ScreeningPanel::showReferral()
{
    if (!m_current)
        return;
    const QJsonObject ref = m_current->result.value(u"referral"_s).toObject();
    m_referralText->setPlainText(ref.value(m_referralLanguage->currentData().toString()).toString());
    m_copied->clear();
}

void ScreeningPanel::copyReferral()
{
    QApplication::clipboard()->setText(m_referralText->toPlainText());
    m_copied->setText(tr("Copied."));
    QTimer::singleShot(4000, m_copied, &QLabel::clear);
}

void ScreeningPanel::showMissing(const QStringList &gateFields, const QStringList &dateFields)
{
    auto fill = [this](QWidget *row, const QStringList &fields) {
        clearLayout(row->layout());
        for (const QString &f : fields) {
            auto *link = new QPushButton(FieldCatalog::label(f), row);
            link->setObjectName(u"missingField_"_s + f);
            link->setFlat(true);
            link->setCursor(Qt::PointingHandCursor);
            link->setStyleSheet(
                u"QPushButton { color: #1a56b0; text-decoration: underline; padding: 2px 4px; }"_s);
            link->setToolTip(tr("Open the intake form at “%1”").arg(FieldCatalog::label(f)));
            connect(link, &QPushButton::clicked, this, [this, f] { Q_EMIT fieldRequested(f); });
            row->layout()->addWidget(link);
        }
        if (fields.isEmpty()) {
            auto *none = new QLabel(tr("Nothing"), row);
            none->setStyleSheet(u"color: #777;"_s);
            row->layout()->addWidget(none);
        }
        static_cast<QHBoxLayout *>(row->layout())->addStretch(1);
    };
    fill(m_missingGate, gateFields);
    fill(m_missingDates, dateFields);
    m_missingBox->setVisible(!gateFields.isEmpty() || !dateFields.isEmpty());
}

void ScreeningPanel::showHistory(const QList<StoredScreening> &history)
{
    m_history->clear();
    for (const StoredScreening &s : history) {
        QStringList details;
        for (const QString &g : s.reasons)
            details << ScreeningResult::gateLabel(g);
        for (const QString &f : s.missing)
            details << tr("missing %1").arg(FieldCatalog::label(f));
        auto *item =
            new QTreeWidgetItem({QLocale().toString(s.screenedAt.toLocalTime(), QLocale::ShortFormat),
                                 QLocale().toString(s.asOf, QLocale::ShortFormat), s.ruleSetVersion,
                                 ScreeningResult::outcomeLabel(s.outcome), details.join(u"; "_s)});
        if (s.isCurrent) {
            QFont f = item->font(3);
            f.setBold(true);
            item->setFont(3, f);
            item->setToolTip(3, tr("The current result"));
        }
        m_history->addTopLevelItem(item);
    }
    for (int i = 0; i < 4; ++i)
        m_history->resizeColumnToContents(i);
}

} // namespace ch
