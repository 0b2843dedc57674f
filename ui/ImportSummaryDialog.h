#pragma once

// ImportSummaryDialog: what an import did: how many submissions became cases, how many were already in the
// database, how many were rejected (each with its row, column and reason, kept in the quarantine list), and
// which new requests come from a person already known (flagged for staff to look at).

#include "io/ImportSummary.h"

#include <QDialog>

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
};

} // namespace ch
