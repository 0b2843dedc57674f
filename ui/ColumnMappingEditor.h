#pragma once

// ColumnMappingEditor: the column-mapping step of File > Import: one line per column of the file with an
// example value and the questionnaire field it fills (guessed by ColumnMapping::suggest, changed by staff),
// and the saved presets (ImportPresets) to load or save. Says at once when the mapping cannot work (two
// columns filling one field, no name or register number column).

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ch {

class Database;

class ColumnMappingEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnMappingEditor)
public:
    ColumnMappingEditor(Database &database, QWidget *parent = nullptr);

    // columns as in the file; examples: the first row's values, same order.
    void setColumns(const QStringList &columns, const QStringList &examples);
    // Source column -> field key for the columns whose field differs from what their name gives.
    QHash<QString, QString> mapping() const;
    void applyMapping(const QHash<QString, QString> &mapping);
    bool isUsable() const { return m_usable; }
    QString problem() const;
    QComboBox *fieldChoice(const QString &column) const;

Q_SIGNALS:
    void usableChanged(bool usable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void retranslateRow(int row);
    void revalidate();
    void reloadPresets();
    void loadPreset();
    void savePreset();

    Database &m_db;
    QStringList m_columns;
    QTableWidget *m_table = nullptr;
    QComboBox *m_presets = nullptr;
    QPushButton *m_loadPreset = nullptr;
    QLineEdit *m_presetName = nullptr;
    QPushButton *m_savePreset = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_presetsLabel = nullptr;
    bool m_usable = false;
};

} // namespace ch
