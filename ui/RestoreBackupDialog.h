#pragma once

// RestoreBackupDialog: pick a backup to restore: the backups in the backup folder, newest first, or any
// other file; asks for the passphrase when the chosen backup is encrypted.

#include <QDialog>

class QLineEdit;
class QTableWidget;
class QLabel;
class QPushButton;

namespace ch {

class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RestoreBackupDialog)
public:
    explicit RestoreBackupDialog(const QString &directory, QWidget *parent = nullptr);

    QString selectedPath() const;
    QString passphrase() const;
    int backupCount() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseOtherFile();
    void updateState();

    QTableWidget *m_table = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLabel *m_passphraseLabel = nullptr;
    QString m_otherFile;
    QPushButton *m_ok = nullptr;
    QPushButton *m_other = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_none = nullptr;
    QString m_directory;
};

} // namespace ch
