#pragma once

// ConflictMergeDialog: shown when saving a case that someone else saved in the meantime. Lists every field
// that differs (original, their value, your value), says which value each field will keep, and lets the
// person choose where both changed the same field. Nothing is overwritten without being shown.

#include "domain/CaseMerge.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QTableWidget;

namespace ch {

class ConflictMergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictMergeDialog)
public:
    enum Outcome { Cancelled = QDialog::Rejected, SaveMerged = QDialog::Accepted, ReloadTheirs = 2 };

    ConflictMergeDialog(const CaseRecord &base, const CaseRecord &mine, const CaseRecord &theirs,
                        QWidget *parent = nullptr);
    ~ConflictMergeDialog() override = default;

    QHash<QString, CaseMerge::Side> choices() const;
    int conflictCount() const { return static_cast<int>(m_choosers.size()); }

private:
    QTableWidget *m_table = nullptr;
    QHash<QString, QComboBox *> m_choosers; // field key -> "keep" chooser, for conflicting fields only
};

} // namespace ch
