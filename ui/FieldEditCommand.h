#pragma once

// FieldEditCommand: one change of one intake field, as an undoable command (Subsurface style). Consecutive
// edits of the same field merge into one command, so undo takes back a whole word or answer, not a key.

#include <QPointer>
#include <QString>
#include <QUndoCommand>

namespace ch {

class IntakeForm;

class FieldEditCommand final : public QUndoCommand
{
public:
    static constexpr int kId = 0x4348; // all field edits share an id; mergeWith checks the field

    FieldEditCommand(IntakeForm *form, QString key, QString before, QString after);

    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    QString key() const { return m_key; }

private:
    QPointer<IntakeForm> m_form;
    QString m_key;
    QString m_before;
    QString m_after;
};

} // namespace ch
