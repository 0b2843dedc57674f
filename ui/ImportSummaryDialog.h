#pragma once

// ImportSummaryDialog: what an import did: how many submissions became cases, how many were already in the
// database, how many were rejected (each with its row, column and reason, kept in the quarantine list), and
// which new requests come from a person already known (flagged for staff to look at).

#include "io/ImportSummary.h"

#include <QDialog>
#include <QList>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ch {

class ImportSummaryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)
public:
    ImportSummaryDialog(const QString &fileName, const ImportSummary &summary, QWidget *parent = nullptr);

Q_SIGNALS:
    void openQuarantineRequested();
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_fileName;
    ImportSummary m_summary;
    QLabel *m_headline = nullptr;
    QFormLayout *m_counts = nullptr;
    QList<QLabel *> m_countLabels;
    QGroupBox *m_rejectsBox = nullptr;
    QTableWidget *m_rejects = nullptr;
    QGroupBox *m_returningBox = nullptr;
    QTableWidget *m_returning = nullptr;
    QPushButton *m_openQuarantine = nullptr;
};

} // namespace ch
