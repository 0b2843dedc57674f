#include "ColumnMapping.h"

#include "domain/FieldCatalog.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

QString fold(const QString &column)
{
    return column.trimmed().toCaseFolded();
}

// Lower case, accents and punctuation dropped, words separated by one space: "BOP Number:" -> "bop number".
QString words(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.isLetterOrNumber())
            out += c.toLower();
        else if (c.category() != QChar::Mark_NonSpacing)
            out += u' ';
    }
    return out.simplified();
}

// Headers seen in other questionnaire services, in the form words() gives them.
const QHash<QString, QString> &knownHeaders()
{
    static const QHash<QString, QString> headers = [] {
        const std::pair<const char *, const char *> pairs[] = {
            {"form id", "submission_id"}, {"response id", "submission_id"}, {"entry id", "submission_id"},
            {"submission", "submission_id"}, {"date submitted", "submitted_at"}, {"submitted", "submitted_at"},
            {"submission date", "submitted_at"}, {"timestamp", "submitted_at"}, {"your name", "submitter_name"},
            {"submitter", "submitter_name"}, {"contact name", "submitter_name"}, {"relationship", "submitter_relationship"},
            {"your relationship", "submitter_relationship"}, {"phone", "submitter_phone"},
            {"your phone", "submitter_phone"}, {"telephone", "submitter_phone"}, {"email", "submitter_email"},
            {"your email", "submitter_email"}, {"e mail", "submitter_email"}, {"address", "submitter_address"},
            {"your address", "submitter_address"}, {"language", "submitter_language"},
            {"consent", "consent_to_contact"}, {"may we contact you", "consent_to_contact"},
            {"incarcerated person", "person_name"}, {"name of incarcerated person", "person_name"},
            {"inmate name", "person_name"}, {"prisoner name", "person_name"}, {"person in custody", "person_name"},
            {"loved one", "person_name"}, {"loved one s name", "person_name"}, {"defendant", "person_name"},
            {"defendant name", "person_name"}, {"other names", "aliases"}, {"aka", "aliases"},
            {"bop number", "register_number"}, {"bop register number", "register_number"},
            {"register no", "register_number"}, {"reg no", "register_number"}, {"reg number", "register_number"},
            {"inmate number", "register_number"}, {"register", "register_number"}, {"birth date", "date_of_birth"},
            {"dob", "date_of_birth"}, {"birthday", "date_of_birth"}, {"birthdate", "date_of_birth"},
            {"prison", "facility"}, {"institution", "facility"}, {"bop facility", "facility"},
            {"court", "court_type"}, {"court district", "sentencing_district"}, {"district", "sentencing_district"},
            {"federal district", "sentencing_district"}, {"docket number", "case_number"},
            {"case no", "case_number"}, {"crime", "offense"}, {"charge", "offense"}, {"relief", "relief_sought"},
            {"sentence length", "sentence_months"}, {"sentence", "sentence_months"},
            {"months", "sentence_months"}, {"custody start", "custody_start_date"},
            {"release date", "projected_release_date"}, {"warden request", "warden_request_date"},
            {"reasons for release", "reasons"}, {"medical", "medical_summary"}, {"health", "medical_summary"},
            {"family", "family_summary"}, {"abuse", "abuse_summary"}, {"other", "other_summary"},
            {"plan", "release_plan"}};
        QHash<QString, QString> out;
        for (const auto &[header, key] : pairs)
            out.insert(QString::fromLatin1(header), QString::fromLatin1(key));
        return out;
    }();
    return headers;
}

} // namespace

QHash<QString, QString> ColumnMapping::suggest(const QStringList &columns)
{
    QHash<QString, QString> out;
    QSet<QString> taken;
    for (const QString &c : columns) { // exact template names keep their fields
        if (const FieldInfo *f = FieldCatalog::find(fold(c)))
            taken.insert(f->key);
    }
    // Exact matches on key, label or a known header first, so a weak guess never takes a field from a sure one.
    QHash<QString, QString> byWords;
    for (const FieldInfo &f : FieldCatalog::fields()) {
        byWords.insert(words(f.key), f.key);
        byWords.insert(words(FieldCatalog::label(f.key)), f.key);
    }
    for (const QString &c : columns) {
        if (FieldCatalog::find(fold(c)))
            continue;
        const QString w = words(c);
        QString key = byWords.value(w);
        if (key.isEmpty())
            key = knownHeaders().value(w);
        if (!key.isEmpty() && !taken.contains(key)) {
            out.insert(c, key);
            taken.insert(key);
        }
    }
    return out;
}

ColumnMapping::ColumnMapping(const QHash<QString, QString> &userMapping) : m_original(userMapping)
{
    for (auto it = userMapping.cbegin(); it != userMapping.cend(); ++it)
        m_user.insert(fold(it.key()), it.value().trimmed());
}

Status ColumnMapping::checkMapping(const QHash<QString, QString> &userMapping)
{
    for (auto it = userMapping.cbegin(); it != userMapping.cend(); ++it) {
        if (!FieldCatalog::find(it.value().trimmed())) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("The column mapping sends “%1” to “%2”, which is not a questionnaire field.")
                                   .arg(it.key(), it.value()));
        }
    }
    return Status();
}

QString ColumnMapping::fieldFor(const QString &column) const
{
    const QString folded = fold(column);
    if (auto it = m_user.constFind(folded); it != m_user.cend())
        return it.value();
    if (const FieldInfo *f = FieldCatalog::find(folded))
        return f->key;
    return {};
}

Status ColumnMapping::checkColumns(const QStringList &columns) const
{
    QSet<QString> seen;
    QHash<QString, QString> fieldSource;
    for (const QString &c : columns) {
        const QString folded = fold(c);
        if (seen.contains(folded)) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("The column “%1” appears twice in the file. Rename one of them and import again.")
                                   .arg(c.trimmed()));
        }
        seen.insert(folded);
        const QString key = fieldFor(c);
        if (key.isEmpty())
            continue;
        if (fieldSource.contains(key)) {
            return Error::make(Error::Kind::InvalidInput,
                               tr("The columns “%1” and “%2” would both fill the field “%3”. Change the column "
                                  "mapping so that each field comes from one column.")
                                   .arg(fieldSource.value(key), c.trimmed(), key));
        }
        fieldSource.insert(key, c.trimmed());
    }
    return Status();
}

bool ColumnMapping::identifiesPerson(const QStringList &columns) const
{
    for (const QString &c : columns) {
        const QString key = fieldFor(c);
        if (key == "person_name"_L1 || key == "register_number"_L1)
            return true;
    }
    return false;
}

} // namespace ch
