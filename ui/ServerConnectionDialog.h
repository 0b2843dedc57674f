#pragma once

// ServerConnectionDialog (File → Connect to shared database…): where a team's shared PostgreSQL database
// is (host, port, database, user, sslmode) and the password for this session. "Test connection" and OK
// both try the server on a worker thread, so an unreachable host (up to its connect timeout) never freezes
// the window, and show the sentence Database gives for what went wrong. OK closes the dialog only once the
// server has answered. The last address is remembered (QSettings "server/lastAddress") without the
// password, which is never stored: an empty password lets libpq read the password file (PGPASSFILE, else
// ~/.pgpass).

#include "storage/ServerAddress.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QThread;

namespace ch {

class ServerConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnectionDialog)
public:
    // Offers the remembered address, if any.
    explicit ServerConnectionDialog(QWidget *parent = nullptr);
    ~ServerConnectionDialog() override; // lets a try still running end by itself, without waiting

    void setAddress(const ServerAddress &address);
    // The address in the fields, or why it cannot be one (a sentence for the user).
    Result<ServerAddress> address() const;
    QString password() const;
    // Shows a problem found elsewhere (e.g. at start-up with --server), as a failed test would.
    void showProblem(const QString &message);
    bool isChecking() const { return m_check != nullptr; }

    // The last address connected to, without a password; empty when none was.
    static QString lastAddress();
    static void rememberAddress(const ServerAddress &address);

public Q_SLOTS:
    void testConnection();
    void accept() override; // tries the server first; closes only when it answered

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void startCheck(bool thenAccept);
    void finishCheck(const QString &problem, const QString &detail, bool thenAccept);
    void showResult(bool ok, const QString &text, const QString &detail = {});
    void setBusy(bool busy);

    QFormLayout *m_form = nullptr;
    QLabel *m_intro = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
    QComboBox *m_sslMode = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_result = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QThread *m_check = nullptr;
};

} // namespace ch
