#pragma once

// PacketBatchDialog: packets for every case assigned since a date, into one PDF or one PDF per case, with
// progress and cancel. The work runs a case per event-loop turn (PacketBatch), so the window stays alive.

#include <QDialog>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace ch {

class Database;
class PacketBatch;

class PacketBatchDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PacketBatchDialog)
public:
    explicit PacketBatchDialog(Database &database, QWidget *parent = nullptr);

    QList<qint64> matchingCases() const;
    bool start(); // asks where to write (FileDialog seam), then runs
    void cancel();
    bool isRunning() const;

    void reject() override; // also stops a running batch

Q_SIGNALS:
    void batchFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCount();
    void setRunning(bool running);

    Database &m_db;
    QDateEdit *m_since = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_writeLabel = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_profile = nullptr;
    QRadioButton *m_oneFile = nullptr;
    QRadioButton *m_perCase = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    PacketBatch *m_batch = nullptr;
};

} // namespace ch
