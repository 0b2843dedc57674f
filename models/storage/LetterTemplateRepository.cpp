#include "LetterTemplateRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "SqlHelpers.h"
#include "WriteTransaction.h"
#include "core/Actor.h"

#include <QFile>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ch {

LetterTemplateRepository::LetterTemplateRepository(const Database &database) : m_db(database.connection()) {}
LetterTemplateRepository::LetterTemplateRepository(QSqlDatabase connection) : m_db(std::move(connection)) {}

QStringList LetterTemplateRepository::kinds()
{
    return {u"referral"_s, u"received"_s, u"in_review"_s, u"matched"_s};
}

QStringList LetterTemplateRepository::languages()
{
    return {u"en"_s, u"es"_s};
}

QString LetterTemplateRepository::kindLabel(QStringView kind)
{
    if (kind == u"referral")
        return tr("Referral (screened out)");
    if (kind == u"received")
        return tr("Request received");
    if (kind == u"in_review")
        return tr("In review");
    if (kind == u"matched")
        return tr("Matched with a volunteer");
    return kind.toString();
}

QString LetterTemplateRepository::languageLabel(QStringView language)
{
    return language == u"es" ? tr("Spanish") : tr("English");
}

QStringList LetterTemplateRepository::placeholders()
{
    return {u"family_name"_s, u"person_name"_s,    u"register_number"_s, u"case_id"_s,
            u"facility"_s,    u"volunteer_name"_s, u"referral_text"_s,   u"date"_s};
}

Result<QString> LetterTemplateRepository::defaultBody(const QString &kind, const QString &language)
{
    QFile f(u":/clearinghouse/letters/%1.%2.txt"_s.arg(kind, language));
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::NotFound,
                           tr("There is no letter “%1” in %2.").arg(kind, languageLabel(language)));
    return QString::fromUtf8(f.readAll());
}

Status LetterTemplateRepository::check(const QString &kind, const QString &language) const
{
    if (!kinds().contains(kind))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("“%1” is not a kind of letter; the kinds are: %2.").arg(kind, kinds().join(u", "_s)));
    if (!languages().contains(language))
        return Error::make(
            Error::Kind::InvalidInput,
            tr("Letters are written in English (en) or Spanish (es), not “%1”.").arg(language));
    return Status();
}

Result<LetterTemplate> LetterTemplateRepository::load(const QString &kind, const QString &language) const
{
    if (Status s = check(kind, language); !s)
        return s.error();
    auto q = Sql::run(
        m_db,
        u"SELECT body, updated_at, updated_by FROM letter_templates WHERE kind = :k AND language = :l"_s,
        {{":k", kind}, {":l", language}});
    if (!q)
        return q.error();
    LetterTemplate t{kind, language, {}, true, {}, {}};
    if (q->next()) {
        t.body = q->value(0).toString();
        t.isDefault = false;
        t.updatedAt = QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs);
        t.updatedBy = q->value(2).toString();
        return t;
    }
    auto body = defaultBody(kind, language);
    if (!body)
        return body.error();
    t.body = *body;
    return t;
}

Status LetterTemplateRepository::save(const QString &kind, const QString &language, const QString &body)
{
    if (Status s = check(kind, language); !s)
        return s;
    if (body.trimmed().isEmpty())
        return Error::make(Error::Kind::InvalidInput,
                           tr("A letter cannot be empty. Write the letter, or reset it to "
                              "the default."));
    auto before = load(kind, language);
    if (!before)
        return before.error();
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto q = Sql::run(m_db,
                      u"INSERT INTO letter_templates(kind, language, body, updated_at, updated_by)"
                      " VALUES (:k, :l, :b, :at, :by)"
                      " ON CONFLICT(kind, language) DO UPDATE SET body = excluded.body,"
                      " updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
                      {{":k", kind},
                       {":l", language},
                       {":b", body},
                       {":at", QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                       {":by", Sql::text(Actor::current())}});
    if (!q)
        return q.error();
    auto id = Sql::scalar(m_db, u"SELECT id FROM letter_templates WHERE kind = :k AND language = :l"_s,
                          {{":k", kind}, {":l", language}});
    if (!id)
        return id.error();
    if (Status s = AuditLog::record(
            m_db, u"letter_template"_s, id->toLongLong(), u"update"_s,
            QJsonObject{{u"kind"_s, kind}, {u"language"_s, language}, {u"body"_s, before->body}},
            QJsonObject{{u"kind"_s, kind}, {u"language"_s, language}, {u"body"_s, body}});
        !s)
        return s;
    return tx.commit();
}

Status LetterTemplateRepository::resetToDefault(const QString &kind, const QString &language)
{
    if (Status s = check(kind, language); !s)
        return s;
    WriteTransaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    auto id = Sql::scalar(m_db, u"SELECT id FROM letter_templates WHERE kind = :k AND language = :l"_s,
                          {{":k", kind}, {":l", language}});
    if (!id)
        return id.error();
    if (!id->isValid())
        return tx.commit(); // already the default
    auto q = Sql::run(m_db, u"DELETE FROM letter_templates WHERE id = :id"_s, {{":id", *id}});
    if (!q)
        return q.error();
    if (Status s = AuditLog::record(m_db, u"letter_template"_s, id->toLongLong(), u"reset"_s,
                                    QJsonObject{{u"kind"_s, kind}, {u"language"_s, language}}, {});
        !s)
        return s;
    return tx.commit();
}

} // namespace ch
