#pragma once

// CaseRecord: one request for compassionate release as staff see it: the questionnaire answers (keyed by
// the canonical field names of FieldCatalog), the submitters, and the bookkeeping the program adds
// (ids, status, row version). A person can come back with a new request; personId links them.

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace ch {

struct Submitter
{
    qint64 id = 0;
    QString name;
    QString relationship;
    QString phone;
    QString email;
    QString address;
    QString language;

    bool isEmpty() const;
    friend bool operator==(const Submitter &, const Submitter &) = default;
};

class CaseRecord
{
public:
    qint64 id = 0;
    qint64 personId = 0;
    int rowVersion = 0;
    QString status = QStringLiteral("received");
    bool returningPerson = false;    // an earlier request exists for the same person
    QJsonObject extraAnswers;        // import columns the template does not know
    QList<Submitter> moreSubmitters; // submitters beyond the first (the first lives in the submitter_* fields)
    QDateTime createdAt;
    QDateTime updatedAt;

    QString value(QStringView key) const;
    void setValue(const QString &key, const QString &value);
    const QMap<QString, QString> &values() const { return m_values; }

    // Typed views of the answers. An empty or malformed value gives an empty QDate / nullopt.
    QDate date(QStringView key) const;
    QStringList list(QStringView key) const;
    bool isLifeSentence() const;
    std::optional<int> sentenceMonths() const;

    Submitter primarySubmitter() const;
    void setPrimarySubmitter(const Submitter &s);
    QList<Submitter> allSubmitters() const;

    QJsonObject toJson() const; // every field, for export
    friend bool operator==(const CaseRecord &a, const CaseRecord &b);

private:
    QMap<QString, QString> m_values;
};

} // namespace ch
