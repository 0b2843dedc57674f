#pragma once

// FieldEditor: the input widget(s) for one questionnaire field, chosen by its FieldKind. It turns what
// the widgets show into the field's canonical text value and back, and reports edits made by the user
// (never the ones made through setValue), so that the form can turn each edit into an undo command.

#include "domain/FieldCatalog.h"

#include <QList>
#include <QObject>
#include <QString>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QWidget;

namespace ch {

class FieldEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldEditor)
public:
    FieldEditor(const FieldInfo &info, QWidget *parentWidget);

    const FieldInfo &info() const { return m_info; }
    QString key() const { return m_info.key; }
    QWidget *widget() const { return m_widget; }      // what the form lays out
    QWidget *firstInput() const { return m_chain.value(0); }
    const QList<QWidget *> &tabChain() const { return m_chain; } // focusable inputs, in order
    bool owns(const QWidget *w) const;

    QString value() const;
    void setValue(const QString &value);
    // Labels, choices, placeholders and accessible texts in the current language; the value is kept.
    void retranslate();

Q_SIGNALS:
    void edited(const QString &key);

private:
    void build(QWidget *parentWidget);
    static void describe(QWidget *input, const QString &name, const QString &description);
    void notify();
    QString comboValue() const;

    FieldInfo m_info;
    QWidget *m_widget = nullptr;
    QList<QWidget *> m_chain;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QSpinBox *m_spin = nullptr;
    QCheckBox *m_life = nullptr;
    QList<QCheckBox *> m_reasons;
    bool m_applying = false;
};

} // namespace ch
