#include "RestoreBackupDialog.h"
#include "core/PlainToolTip.h"

#include "backup/BackupCrypto.h"
#include "backup/BackupService.h"

#include <QEvent>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

RestoreBackupDialog::RestoreBackupDialog(const QString &directory, QWidget *parent)
    : QDialog(parent), m_directory(directory)
{
    setObjectName(u"restoreBackupDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    m_intro = intro;
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"backupTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    const QLocale locale;
    if (auto all = BackupService::list(directory); all) {
        for (const BackupInfo &b : *all) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            auto *made = new QTableWidgetItem(locale.toString(b.createdAt.toLocalTime(), QLocale::ShortFormat));
            made->setData(Qt::UserRole, b.path);
            made->setToolTip(PlainToolTip::from(QDir::toNativeSeparators(b.path)));
            m_table->setItem(row, 0, made);
            auto *size = new QTableWidgetItem;
            size->setData(Qt::UserRole, b.size);
            m_table->setItem(row, 1, size);
            auto *encrypted = new QTableWidgetItem;
            encrypted->setData(Qt::UserRole, b.encrypted);
            m_table->setItem(row, 2, encrypted);
        }
    }
    layout->addWidget(m_table);
    if (m_table->rowCount() == 0) {
        auto *none = new QLabel(this);
        m_none = none;
        none->setObjectName(u"noBackupsLabel"_s);
        none->setTextFormat(Qt::PlainText);
        layout->addWidget(none);
    }

    auto *form = new QFormLayout;
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(u"backupPassphrase"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel = new QLabel(this);
    m_passphraseLabel->setBuddy(m_passphrase);
    form->addRow(m_passphraseLabel, m_passphrase);
    connect(m_passphrase, &QLineEdit::textChanged, this, &RestoreBackupDialog::updateState);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"restoreButton"_s);
    QPushButton *other = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_other = other;
    other->setObjectName(u"otherBackupButton"_s);
    connect(other, &QPushButton::clicked, this, &RestoreBackupDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RestoreBackupDialog::updateState);
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    retranslateUi();
    updateState();
    resize(560, 380);
}

void RestoreBackupDialog::retranslateUi()
{
    setWindowTitle(tr("Restore from backup"));
    m_intro->setText(tr("Choose a backup. It is checked before anything is replaced, and the database "
                        "you have open now is kept beside it."));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Size"), tr("Encrypted")});
    m_table->setAccessibleName(tr("Backups, newest first"));
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        m_table->item(row, 1)->setText(locale.formattedDataSize(m_table->item(row, 1)->data(Qt::UserRole).toLongLong()));
        m_table->item(row, 2)->setText(m_table->item(row, 2)->data(Qt::UserRole).toBool() ? tr("Yes") : tr("No"));
    }
    if (m_none)
        m_none->setText(tr("There are no backups in %1 yet.").arg(QDir::toNativeSeparators(m_directory)));
    m_passphrase->setAccessibleName(tr("Passphrase of the encrypted backup"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_ok->setText(tr("&Restore…"));
    m_other->setText(tr("&Other file…"));
}

void RestoreBackupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

int RestoreBackupDialog::backupCount() const
{
    return m_table->rowCount();
}

QString RestoreBackupDialog::selectedPath() const
{
    if (!m_otherFile.isEmpty())
        return m_otherFile;
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
}

QString RestoreBackupDialog::passphrase() const
{
    return m_passphrase->text();
}

void RestoreBackupDialog::chooseOtherFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a backup"), QString(),
                                                      tr("Clearinghouse backups (*.db *.chbackup);;All files (*)"));
    if (path.isEmpty())
        return;
    m_otherFile = path;
    m_table->clearSelection();
    updateState();
}

void RestoreBackupDialog::updateState()
{
    if (m_table->selectionModel()->hasSelection())
        m_otherFile.clear();
    const QString path = selectedPath();
    const bool encrypted = !path.isEmpty() && BackupCrypto::isEncrypted(path);
    m_passphrase->setEnabled(encrypted);
    m_passphraseLabel->setEnabled(encrypted);
    if (encrypted && m_passphrase->text().isEmpty())
        m_passphrase->setFocus(); // an encrypted backup cannot be checked or restored without it
    m_ok->setEnabled(!path.isEmpty() && (!encrypted || !m_passphrase->text().isEmpty()));
    m_ok->setToolTip(PlainToolTip::from(QDir::toNativeSeparators(path))); // a folder name may look like markup
}

} // namespace ch
