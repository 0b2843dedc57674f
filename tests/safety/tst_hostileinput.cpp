// Hostile input: SQL-injection attempts, markup, bidi controls and over-long strings entered through the
// repository (as the GUI saves), the CLI import and the search box must come back as the literal text
// typed, change nothing else, and never be rendered as HTML in the case view.
#include "CaseDetailView.h"
#include "HostileCorpus.h"
#include "core/PlainToolTip.h"
#include "itemmodels/CaseListModel.h"
#include "storage/CaseRepository.h"
#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace ch;

namespace {

QStringList corpus()
{
    return test::hostileCorpus();
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static qint64 count(const Database &db, const QString &table)
    {
        return Sql::scalar(db.connection(), u"SELECT count(*) FROM "_s + table)->toLongLong();
    }

private Q_SLOTS:
    void repositoryAndSearchKeepHostileTextLiteral()
    {
        auto opened = Database::open(m_dir.filePath(u"repo.db"_s));
        QVERIFY(opened.ok());
        Database &db = **opened;
        CaseRepository repo(db);
        int saved = 0;
        int refused = 0;
        for (const QString &s : corpus()) {
            CaseRecord c;
            c.setValue(u"person_name"_s, s);
            c.setValue(u"medical_summary"_s, s);
            c.setValue(u"facility"_s, s.left(100));
            auto id = repo.create(c);
            if (!id) {
                // Refused with a sentence (e.g. a name over the length limit), never a crash or SQL error.
                QCOMPARE(id.error().kind, Error::Kind::InvalidInput);
                QVERIFY(!id.error().message.isEmpty());
                ++refused;
                c.setValue(u"person_name"_s, s.left(200));
                id = repo.create(c);
                QVERIFY2(id.ok(), qPrintable(id.error().fullText()));
            }
            auto back = repo.load(*id);
            QVERIFY(back.ok());
            QCOMPARE(back->value(u"medical_summary"_s), s.trimmed());
            ++saved;
        }
        QCOMPARE(count(db, u"cases"_s), qint64(corpus().size()));
        QVERIFY(count(db, u"audit_log"_s) >= corpus().size());

        CaseListModel model(db.connection());
        for (const QString &s : corpus()) {
            model.setSearchText(s); // each keystroke's text goes to FTS5 as data, never as syntax
            QVERIFY(model.rowCount() >= 0);
        }
        model.setSearchText(u"DROP TABLE"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(count(db, u"cases"_s), qint64(corpus().size()));
        qInfo("hostile strings: %lld tried, %d saved, %d names refused as too long", qint64(corpus().size()), saved, refused);
    }

    void tooltipsShowMarkupAsText()
    {
        // Tooltips are rich text when they look like HTML; user values go through PlainToolTip.
        for (const QString &s : corpus()) {
            const QString tip = PlainToolTip::from(s);
            QVERIFY(Qt::mightBeRichText(tip)); // always rendered: our paragraph, the value escaped
            QTextDocument doc;
            doc.setHtml(tip);
            QString expected = s;
            expected.replace(u"\r\n"_s, u"\n"_s);
            QCOMPARE(doc.toPlainText(), expected);
        }
        QCOMPARE(PlainToolTip::from(QString()), QString()); // no empty tooltip
    }

    void caseViewShowsMarkupAsText()
    {
        auto opened = Database::open(m_dir.filePath(u"view.db"_s));
        QVERIFY(opened.ok());
        for (const QString &s : corpus().mid(7, 6)) {
            CaseRecord c;
            c.setValue(u"person_name"_s, s);
            c.setValue(u"facility"_s, s);
            c.setValue(u"medical_summary"_s, s);
            auto id = CaseRepository(**opened).create(c);
            QVERIFY(id.ok());
            CaseDetailView view(**opened, *id);
            view.resize(1000, 700);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            bool shownLiterally = false;
            for (QLabel *label : view.findChildren<QLabel *>()) {
                const bool rich = label->textFormat() == Qt::RichText
                                  || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
                if (!rich) {
                    shownLiterally |= label->text().contains(s);
                    continue;
                }
                // Rich text may hold our own markup, but the user's value only escaped.
                QVERIFY2(!label->text().contains(s) || s == s.toHtmlEscaped(),
                         qPrintable(u"label %1 renders user markup: %2"_s.arg(label->objectName(), label->text())));
                QTextDocument doc;
                doc.setHtml(label->text());
                shownLiterally |= doc.toPlainText().contains(s);
            }
            QVERIFY2(shownLiterally, qPrintable(s));
        }
    }

    void importAndExportKeepHostileTextLiteral()
    {
        const QString db = m_dir.filePath(u"import.db"_s);
        const QString csv = m_dir.filePath(u"hostile.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("submission_id,person_name,register_number,court_type,release_plan\r\n");
        const QStringList values = corpus();
        for (int i = 0; i < values.size(); ++i) {
            QString v = values.at(i);
            v.replace(u'"', u"\"\""_s);
            const QString name = values.at(i).size() > 200 ? u"Long Plan Person"_s : values.at(i);
            QString n = name;
            n.replace(u'"', u"\"\""_s);
            f.write(u"H-%1,\"%2\",%3-054,federal,\"%4\"\r\n"_s.arg(i).arg(n).arg(20000 + i).arg(v).toUtf8());
        }
        f.close();
        QProcess p;
        p.start(QStringLiteral(CH_CLI_PATH), {u"--db"_s, db, u"import"_s, csv});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject summary = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(summary.value(u"imported"_s).toInt() + summary.value(u"rejected"_s).toInt(), int(values.size()));
        const QString out = m_dir.filePath(u"out.json"_s);
        QProcess e;
        e.start(QStringLiteral(CH_CLI_PATH), {u"--db"_s, db, u"export"_s, u"--out"_s, out});
        QVERIFY(e.waitForFinished(120000));
        QCOMPARE(e.exitCode(), 0);
        QFile o(out);
        QVERIFY(o.open(QIODevice::ReadOnly));
        const QJsonDocument doc = QJsonDocument::fromJson(o.readAll());
        const QJsonArray cases = doc.isArray() ? doc.array() : doc.object().value(u"cases"_s).toArray();
        QStringList plans;
        for (const QJsonValue &c : cases) {
            const QJsonObject obj = c.toObject();
            const QJsonValue plan = obj.contains(u"fields"_s) ? obj.value(u"fields"_s).toObject().value(u"release_plan"_s)
                                                               : obj.value(u"release_plan"_s);
            plans << plan.toString();
        }
        int found = 0;
        for (const QString &v : values) {
            if (plans.contains(v.trimmed()))
                ++found;
        }
        QCOMPARE(found, summary.value(u"imported"_s).toInt());
    }
};

QTEST_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
