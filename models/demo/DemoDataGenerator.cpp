#include "DemoDataGenerator.h"

#include "domain/CaseStatus.h"
#include "domain/DistrictCatalog.h"
#include "domain/ReasonCatalog.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/VolunteerRepository.h"
#include "storage/WriteTransaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

const QStringList kFirstNames = {
    u"James"_s, u"Robert"_s, u"Michael"_s, u"William"_s, u"David"_s, u"Richard"_s, u"Joseph"_s, u"Thomas"_s,
    u"Charles"_s, u"Anthony"_s, u"Marcus"_s, u"Darnell"_s, u"Terrence"_s, u"Andre"_s, u"Luis"_s, u"José"_s,
    u"Carlos"_s, u"Miguel"_s, u"Juan"_s, u"Jesús"_s, u"Rafael"_s, u"Francisco"_s, u"Raymond"_s, u"Gregory"_s,
    u"Dwayne"_s, u"Curtis"_s, u"Leon"_s, u"Walter"_s, u"Henry"_s, u"Samuel"_s, u"Mary"_s, u"Patricia"_s,
    u"Linda"_s, u"Barbara"_s, u"Maria"_s, u"Rosa"_s, u"Angela"_s, u"Denise"_s, u"Tamika"_s, u"Keisha"_s,
    u"Nguyen"_s, u"Tuan"_s, u"Ahmed"_s, u"Omar"_s, u"Kwame"_s, u"Dmitri"_s, u"Wei"_s, u"Hiroshi"_s};
const QStringList kLastNames = {
    u"Smith"_s, u"Johnson"_s, u"Williams"_s, u"Brown"_s, u"Jones"_s, u"Garcia"_s, u"Miller"_s, u"Davis"_s,
    u"Rodríguez"_s, u"Martínez"_s, u"Hernández"_s, u"López"_s, u"González"_s, u"Wilson"_s, u"Anderson"_s,
    u"Thomas"_s, u"Taylor"_s, u"Moore"_s, u"Jackson"_s, u"Martin"_s, u"Lee"_s, u"Pérez"_s, u"Thompson"_s,
    u"White"_s, u"Harris"_s, u"Sánchez"_s, u"Clark"_s, u"Ramírez"_s, u"Lewis"_s, u"Robinson"_s, u"Walker"_s,
    u"Young"_s, u"Allen"_s, u"King"_s, u"Wright"_s, u"Scott"_s, u"Torres"_s, u"Nguyen"_s, u"Hill"_s,
    u"Flores"_s, u"Green"_s, u"Adams"_s, u"Nelson"_s, u"Baker"_s, u"Hall"_s, u"Rivera"_s, u"Campbell"_s,
    u"Mitchell"_s, u"Carter"_s, u"Roberts"_s, u"O'Neal"_s, u"Washington"_s, u"Okafor"_s, u"Haddad"_s};
const QStringList kRelationships = {u"Mother"_s, u"Father"_s, u"Sister"_s, u"Brother"_s, u"Wife"_s,
                                    u"Husband"_s, u"Daughter"_s, u"Son"_s, u"Aunt"_s, u"Cousin"_s,
                                    u"Friend"_s, u"Partner"_s, u"Grandmother"_s};
const QStringList kFacilities = {
    u"FMC Butner"_s, u"FMC Carswell"_s, u"FMC Devens"_s, u"FMC Fort Worth"_s, u"FMC Lexington"_s,
    u"FMC Rochester"_s, u"USMCFP Springfield"_s, u"FCI Aliceville"_s, u"FCI Allenwood Low"_s,
    u"USP Atlanta"_s, u"FCI Berlin"_s, u"FCI Butner Medium I"_s, u"FCI Coleman Low"_s, u"FCI Danbury"_s,
    u"FCI Dublin"_s, u"FCI Elkton"_s, u"FCI Englewood"_s, u"FCI Fort Dix"_s, u"FCI Hazelton"_s,
    u"FCI Jesup"_s, u"FCI La Tuna"_s, u"FCI Marianna"_s, u"FCI Milan"_s, u"FCI Oakdale I"_s,
    u"FCI Otisville"_s, u"FCI Petersburg Medium"_s, u"FCI Ray Brook"_s, u"FCI Safford"_s,
    u"FCI Sandstone"_s, u"FCI Terminal Island"_s, u"FCI Tallahassee"_s, u"FCI Yazoo City Low"_s,
    u"USP Canaan"_s, u"USP Leavenworth"_s, u"USP Lee"_s, u"USP Marion"_s, u"USP Terre Haute"_s,
    u"FPC Bryan"_s, u"FPC Montgomery"_s, u"MDC Brooklyn"_s};
const QStringList kOffenses = {
    u"Conspiracy to distribute cocaine (21 U.S.C. §846)"_s,
    u"Possession with intent to distribute methamphetamine (21 U.S.C. §841)"_s,
    u"Felon in possession of a firearm (18 U.S.C. §922(g))"_s,
    u"Wire fraud (18 U.S.C. §1343)"_s,
    u"Bank robbery (18 U.S.C. §2113)"_s,
    u"Possession of a firearm in furtherance of a drug trafficking crime (18 U.S.C. §924(c))"_s,
    u"Conspiracy to commit health care fraud (18 U.S.C. §1349)"_s,
    u"Hobbs Act robbery (18 U.S.C. §1951)"_s,
    u"Distribution of crack cocaine (21 U.S.C. §841)"_s,
    u"Money laundering (18 U.S.C. §1956)"_s};
const QStringList kMedical = {
    u"Diagnosed with stage IV pancreatic cancer in March; oncologist estimates months, not years."_s,
    u"End-stage renal disease, dialysis three times a week; missed sessions after transfers."_s,
    u"Advanced Parkinson's disease; needs help dressing and eating, falls often."_s,
    u"Congestive heart failure (ejection fraction 20 %), two hospitalizations this year."_s,
    u"COPD on oxygen; facility has had repeated respiratory outbreaks."_s,
    u"Early-onset dementia; cellmate helps him find the dining hall."_s,
    u"Uses a wheelchair after a stroke; cannot transfer without help."_s,
    u"Type 1 diabetes with repeated hypoglycemic episodes; insulin schedule not followed."_s};
const QStringList kFamily = {
    u"Her mother, the only caregiver of his two children (ages 6 and 9), died in January."_s,
    u"His wife has multiple sclerosis and is now bedridden; no one else can care for her."_s,
    u"His father has advanced Alzheimer's disease; he is the only child."_s,
    u"The grandmother raising his daughter had a stroke and is in a nursing home."_s};
const QStringList kPlans = {
    u"Will live with his sister in her house; she has a room ready and can drive him to appointments."_s,
    u"Mother's apartment; church offered a job at the food pantry."_s,
    u"Hospice care arranged near his daughter's home; Medicaid application started."_s,
    u"Reentry program bed confirmed; brother will help with transportation."_s};
const QStringList kLanguages = {u"English"_s, u"English"_s, u"English"_s, u"Spanish"_s, u"Spanish"_s,
                                u"Vietnamese"_s, u"Haitian Creole"_s, u"Arabic"_s};
const QStringList kFirms = {u"Hartwell & Pierce LLP"_s, u"Morgan Lane Stuart LLP"_s, u"Kessler Obi LLP"_s,
                            u"Delgado Defense PLLC"_s, u"Ruiz & Ocampo"_s, u"Barnes Criminal Defense"_s,
                            u"Northeastern Law Clinic"_s, u"Lakeside Law School Clinic"_s, u"Sole practitioner"_s};
const QStringList kStates = {u"NY"_s, u"CA"_s, u"TX"_s, u"FL"_s, u"IL"_s, u"PA"_s, u"MA"_s, u"GA"_s,
                             u"DC"_s, u"NC"_s, u"OH"_s, u"MI"_s};

} // namespace

DemoDataGenerator::DemoDataGenerator(const Options &options) : m_options(options), m_rng(options.seed) {}

QString DemoDataGenerator::pick(const QStringList &list)
{
    return list.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(list.size()))));
}

QDate DemoDataGenerator::randomDate(QDate from, QDate to)
{
    const qint64 span = from.daysTo(to);
    return from.addDays(span <= 0 ? 0 : static_cast<qint64>(m_rng.bounded(static_cast<quint64>(span + 1))));
}

CaseRecord DemoDataGenerator::makeCase(int index)
{
    const QDate today = m_options.today;
    CaseRecord c;
    const QString last = pick(kLastNames);
    const QString person = pick(kFirstNames) + u' ' + last;
    c.setValue(u"submission_id"_s, u"DEMO-%1-%2"_s.arg(m_options.seed).arg(index + 1, 6, 10, QChar(u'0')));
    c.setValue(u"submitted_at"_s, randomDate(today.addYears(-2), today).toString(Qt::ISODate));
    const QString submitterFirst = pick(kFirstNames);
    c.setValue(u"submitter_name"_s, submitterFirst + u' ' + (m_rng.bounded(3) == 0 ? pick(kLastNames) : last));
    c.setValue(u"submitter_relationship"_s, pick(kRelationships));
    c.setValue(u"submitter_phone"_s, u"(%1) 555-%2"_s.arg(200 + m_rng.bounded(700)).arg(m_rng.bounded(10000), 4, 10, QChar(u'0')));
    c.setValue(u"submitter_email"_s,
               u"%1.%2%3@example.org"_s.arg(submitterFirst.toLower().normalized(QString::NormalizationForm_D).remove(QRegularExpression(u"[^a-z]"_s)))
                   .arg(index % 97)
                   .arg(m_rng.bounded(1000)));
    c.setValue(u"submitter_address"_s, u"%1 %2 Street, Apt %3"_s.arg(100 + m_rng.bounded(9000)).arg(pick(kLastNames)).arg(1 + m_rng.bounded(30)));
    const QString language = pick(kLanguages);
    c.setValue(u"submitter_language"_s, language);
    c.setValue(u"consent_to_contact"_s, m_rng.bounded(10) == 0 ? u"no"_s : u"yes"_s);
    c.setValue(u"person_name"_s, person);
    if (m_rng.bounded(5) == 0)
        c.setValue(u"aliases"_s, pick(kFirstNames) + u' ' + last);
    if (m_rng.bounded(20) != 0) {
        c.setValue(u"register_number"_s,
                   u"%1-%2"_s.arg(10000 + (index * 7919 + m_rng.bounded(9)) % 89999, 5, 10, QChar(u'0'))
                       .arg(m_rng.bounded(1000), 3, 10, QChar(u'0')));
    }
    const QDate dob = randomDate(today.addYears(-82), today.addYears(-24));
    c.setValue(u"date_of_birth"_s, dob.toString(Qt::ISODate));
    c.setValue(u"person_language"_s, language);
    c.setValue(u"facility"_s, pick(kFacilities));

    // Most requests are federal compassionate-release requests; some are not and will be referred.
    const quint32 kind = m_rng.bounded(100);
    c.setValue(u"court_type"_s, kind < 86 ? u"federal"_s : kind < 93 ? u"state"_s : kind < 96 ? u"dc_superior"_s : kind < 97 ? u"military"_s : u"unknown"_s);
    const quint32 relief = m_rng.bounded(100);
    c.setValue(u"relief_sought"_s, relief < 88 ? u"compassionate_release"_s : relief < 93 ? u"clemency"_s : relief < 95 ? u"commutation"_s : relief < 97 ? u"expungement"_s : u"unknown"_s);
    const auto &districts = DistrictCatalog::all();
    c.setValue(u"sentencing_district"_s, districts.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(districts.size())))).code);
    c.setValue(u"case_number"_s, u"%1:%2-cr-%3"_s.arg(1 + m_rng.bounded(4)).arg(5 + m_rng.bounded(19), 2, 10, QChar(u'0')).arg(m_rng.bounded(1000), 5, 10, QChar(u'0')));
    if (m_rng.bounded(3) == 0)
        c.setValue(u"co_defendants"_s, pick(kFirstNames) + u' ' + pick(kLastNames) + u"; "_s + pick(kFirstNames) + u' ' + pick(kLastNames));
    c.setValue(u"offense"_s, pick(kOffenses));
    const quint32 st = m_rng.bounded(100);
    c.setValue(u"sentence_status"_s, st < 94 ? u"sentenced"_s : st < 96 ? u"awaiting_sentencing"_s : st < 98 ? u"released"_s : u"unknown"_s);
    const bool life = m_rng.bounded(25) == 0;
    const int months = 60 + static_cast<int>(m_rng.bounded(360));
    c.setValue(u"sentence_months"_s, life ? u"life"_s : QString::number(months));
    QDate custodyFrom = dob.addYears(19);
    if (custodyFrom > today.addYears(-1))
        custodyFrom = today.addYears(-1);
    const QDate custody = randomDate(std::max(custodyFrom, today.addYears(-35)), today.addMonths(-6));
    c.setValue(u"custody_start_date"_s, custody.toString(Qt::ISODate));
    if (!life)
        c.setValue(u"projected_release_date"_s, custody.addMonths(months * 85 / 100).toString(Qt::ISODate));
    c.setValue(u"sentenced_under_3559c"_s, life && m_rng.bounded(3) == 0 ? u"yes"_s : m_rng.bounded(8) == 0 ? u"unknown"_s : u"no"_s);

    QStringList reasons;
    const int age = dob.daysTo(today) / 365;
    if (m_rng.bounded(100) < 45)
        reasons << pick({u"terminal_illness"_s, u"self_care"_s, u"specialized_care"_s, u"outbreak"_s});
    if (age >= 63 && m_rng.bounded(2) == 0)
        reasons << u"age"_s;
    if (m_rng.bounded(100) < 25)
        reasons << pick({u"family_child_caregiver"_s, u"family_spouse"_s, u"family_parent"_s, u"family_other"_s});
    if (m_rng.bounded(100) < 4)
        reasons << u"abuse"_s;
    if (m_rng.bounded(100) < 10)
        reasons << u"unusually_long_sentence"_s;
    if (m_rng.bounded(100) < 8 || reasons.isEmpty())
        reasons << u"other"_s;
    if (m_rng.bounded(100) < 30)
        reasons << u"rehabilitation"_s;
    reasons.removeDuplicates();
    c.setValue(u"reasons"_s, reasons.join(u';'));
    if (reasons.contains(u"terminal_illness"_s) || reasons.contains(u"self_care"_s) || reasons.contains(u"specialized_care"_s) || reasons.contains(u"outbreak"_s))
        c.setValue(u"medical_summary"_s, pick(kMedical));
    if (std::any_of(reasons.begin(), reasons.end(), [](const QString &r) { return r.startsWith(u"family"_s); }))
        c.setValue(u"family_summary"_s, pick(kFamily));
    if (reasons.contains(u"abuse"_s))
        c.setValue(u"abuse_summary"_s, u"Reported assault by a correctional officer in 2022; the officer was later convicted."_s);
    if (reasons.contains(u"other"_s))
        c.setValue(u"other_summary"_s, u"Has served most of the sentence with no disciplinary reports and mentors younger men."_s);
    if (m_rng.bounded(100) < 70) {
        const QDate request = randomDate(std::max(custody, today.addYears(-1)), today);
        c.setValue(u"warden_request_date"_s, request.toString(Qt::ISODate));
        const quint32 resp = m_rng.bounded(100);
        if (resp < 40) {
            c.setValue(u"warden_response"_s, u"denied"_s);
            c.setValue(u"warden_response_date"_s, randomDate(request, std::min(today, request.addDays(60))).toString(Qt::ISODate));
        } else if (resp < 43) {
            c.setValue(u"warden_response"_s, u"approved"_s);
            c.setValue(u"warden_response_date"_s, randomDate(request, std::min(today, request.addDays(60))).toString(Qt::ISODate));
        } else {
            c.setValue(u"warden_response"_s, u"none"_s);
        }
    } else {
        c.setValue(u"warden_response"_s, u"none"_s);
    }
    c.setValue(u"release_plan"_s, pick(kPlans));
    return c;
}

Volunteer DemoDataGenerator::makeVolunteer(int index)
{
    Volunteer v;
    v.name = pick(kFirstNames) + u' ' + pick(kLastNames);
    v.kind = Volunteer::kinds().at(static_cast<int>(m_rng.bounded(index % 7 == 0 ? 5u : 3u)));
    v.organization = pick(kFirms);
    v.email = u"volunteer%1@example.net"_s.arg(index + 1);
    v.phone = u"(%1) 555-%2"_s.arg(200 + m_rng.bounded(700)).arg(m_rng.bounded(10000), 4, 10, QChar(u'0'));
    v.barStates = {pick(kStates)};
    const auto &districts = DistrictCatalog::all();
    for (int i = 0, n = 1 + static_cast<int>(m_rng.bounded(3)); i < n; ++i)
        v.districts << districts.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(districts.size())))).code;
    v.districts.removeDuplicates();
    v.capacity = 1 + static_cast<int>(m_rng.bounded(4));
    v.languages = {u"English"_s};
    if (m_rng.bounded(4) == 0)
        v.languages << u"Spanish"_s;
    const QStringList codes = ReasonCatalog::codes();
    for (int i = 0, n = 1 + static_cast<int>(m_rng.bounded(3)); i < n; ++i)
        v.expertise << codes.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(codes.size() - 1))));
    v.expertise.removeDuplicates();
    if (m_rng.bounded(6) == 0)
        v.conflicts << pick(kFirstNames) + u' ' + pick(kLastNames);
    if (m_rng.bounded(12) == 0)
        v.onLeaveUntil = m_options.today.addDays(10 + m_rng.bounded(120));
    v.active = m_rng.bounded(20) != 0;
    v.trainings << Training{randomDate(m_options.today.addMonths(-30), m_options.today), u"Compassionate release fundamentals"_s};
    return v;
}

Status DemoDataGenerator::generate(const Database &db, const Progress &progress)
{
    CaseRepository cases(db);
    VolunteerRepository volunteers(db);
    const int total = m_options.cases + m_options.volunteers;
    int done = 0;
    // Supervisors first, so that students can name one.
    QList<qint64> lawyers;
    for (int i = 0; i < m_options.volunteers; ++i) {
        Volunteer v = makeVolunteer(i);
        if (v.kind == u"law_clinic_student"_s) {
            if (lawyers.isEmpty())
                v.kind = u"large_firm"_s;
            else
                v.supervisorId = lawyers.at(static_cast<int>(m_rng.bounded(static_cast<quint32>(lawyers.size()))));
        }
        auto id = volunteers.create(v);
        if (!id)
            return id.error();
        if (v.kind != u"law_clinic_student"_s)
            lawyers << *id;
        if (progress && !progress(++done, total))
            return Status();
    }
    // Cases are written in batches: one outer transaction (one fsync) per batch, each case a savepoint.
    std::unique_ptr<WriteTransaction> batch;
    for (int i = 0; i < m_options.cases; ++i) {
        if (!batch) {
            batch = std::make_unique<WriteTransaction>(db.connection());
            if (Status s = batch->begin(); !s)
                return s;
        }
        CaseRecord c = makeCase(i);
        auto id = cases.create(c);
        if (!id)
            return Error::make(id.error().kind, tr("Demo case %1 could not be saved: %2").arg(i + 1).arg(id.error().message),
                               id.error().detail);
        // Walk part of the pipeline, the way staff would.
        const quint32 stage = m_rng.bounded(100);
        QStringList path;
        if (stage >= 35)
            path << u"screening"_s;
        if (stage >= 50) {
            if (c.value(u"court_type") != u"federal"_s || c.value(u"relief_sought") != u"compassionate_release"_s)
                path << u"screened_out"_s;
            else if (stage < 58)
                path << u"needs_info"_s;
            else {
                path << u"screened_in"_s;
                if (stage >= 75) path << u"matched"_s;
                if (stage >= 88) path << u"motion_filed"_s;
                if (stage >= 95) path << (stage % 2 ? u"granted"_s : u"denied"_s);
            }
        }
        for (const QString &to : path) {
            if (Status s = cases.changeStatus(*id, to); !s)
                return s;
        }
        if ((i + 1) % std::max(1, m_options.batchSize) == 0 || i + 1 == m_options.cases) {
            if (Status s = batch->commit(); !s)
                return s;
            batch.reset();
            if (m_options.committed)
                m_options.committed(i + 1);
        }
        if (progress && !progress(++done, total)) {
            if (batch)
                return batch->commit();
            return Status();
        }
    }
    return Status();
}

} // namespace ch
