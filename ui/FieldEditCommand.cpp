#include "FieldEditCommand.h"

#include "IntakeForm.h"
#include "domain/FieldCatalog.h"

namespace ch {

FieldEditCommand::FieldEditCommand(IntakeForm *form, QString key, QString before, QString after)
    : m_form(form), m_key(std::move(key)), m_before(std::move(before)), m_after(std::move(after))
{
    setText(IntakeForm::tr("edit “%1”").arg(FieldCatalog::label(m_key)));
}

void FieldEditCommand::undo()
{
    if (m_form)
        m_form->applyValue(m_key, m_before, true);
}

void FieldEditCommand::redo()
{
    // On push the widget already shows the new value; applyValue leaves it (and its cursor) alone then.
    if (m_form)
        m_form->applyValue(m_key, m_after, false);
}

bool FieldEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FieldEditCommand *>(other);
    if (next->m_key != m_key)
        return false;
    m_after = next->m_after;
    setObsolete(m_after == m_before);
    return true;
}

} // namespace ch
