#include "PacketBatchDialog.h"

#include "FormRows.h"

#include "FileDialog.h"
#include "packets/PacketBatch.h"
#include "packets/RedactionProfile.h"
#include "storage/Database.h"

#include <QEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

PacketBatchDialog::PacketBatchDialog(Database &database, QWidget *parent) : QDialog(parent), m_db(database)
{
    setObjectName(u"packetBatchDialog"_s);
    resize(520, 320);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_form = form;

    m_since = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_since->setObjectName(u"batchSinceEdit"_s);
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(u"yyyy-MM-dd"_s); // typed in: ISO is unambiguous in every language
    m_since->setMaximumDate(QDate::currentDate());
    FormRows::add(form, m_since);
    m_count = new QLabel(this);
    m_count->setObjectName(u"batchCountLabel"_s);
    form->addRow(QString(), m_count);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"batchProfileCombo"_s);
    for (const QString &name : RedactionProfile::names())
        m_profile->addItem(QString(), name);
    FormRows::add(form, m_profile);

    m_oneFile = new QRadioButton(this);
    m_oneFile->setObjectName(u"batchOneFileRadio"_s);
    m_oneFile->setChecked(true);
    m_perCase = new QRadioButton(this);
    m_perCase->setObjectName(u"batchPerCaseRadio"_s);
    auto *modes = new QVBoxLayout;
    modes->addWidget(m_oneFile);
    modes->addWidget(m_perCase);
    m_writeLabel = new QLabel(this);
    form->addRow(m_writeLabel, modes);
    layout->addLayout(form);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"batchProgress"_s);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(u"batchStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"batchStartButton"_s);
    m_cancel = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"batchCancelButton"_s);
    m_cancel->setEnabled(false);
    connect(m_start, &QPushButton::clicked, this, [this] { (void)start(); });
    connect(m_cancel, &QPushButton::clicked, this, &PacketBatchDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_since, &QDateEdit::dateChanged, this, &PacketBatchDialog::updateCount);
    retranslateUi();
    updateCount();
}

void PacketBatchDialog::retranslateUi()
{
    setWindowTitle(tr("Packets for assigned cases"));
    FormRows::setLabel(m_form, m_since, tr("Cases assigned &since:"));
    for (int i = 0; i < m_profile->count(); ++i) {
        if (const auto p = RedactionProfile::byName(m_profile->itemData(i).toString()))
            m_profile->setItemText(i, p->label());
    }
    FormRows::setLabel(m_form, m_profile, tr("&Profile:"));
    m_oneFile->setText(tr("&One PDF with every packet"));
    m_perCase->setText(tr("One PDF &per case, in a folder"));
    m_writeLabel->setText(tr("Write:"));
    m_start->setText(tr("&Write packets…"));
    m_cancel->setText(tr("&Stop"));
}

void PacketBatchDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!isRunning())
            updateCount();
    }
    QDialog::changeEvent(event);
}

QList<qint64> PacketBatchDialog::matchingCases() const
{
    const QDateTime since(m_since->date(), QTime(0, 0));
    auto ids = PacketBatch::casesAssignedSince(m_db.connection(), since.toUTC());
    return ids ? *ids : QList<qint64>{};
}

void PacketBatchDialog::updateCount()
{
    const qsizetype n = matchingCases().size();
    m_count->setText(tr("%n case(s) assigned since then and still open.", nullptr, static_cast<int>(n)));
    m_start->setEnabled(n > 0 && !isRunning());
    if (!isRunning()) {
        m_progress->setMaximum(qMax<int>(1, static_cast<int>(n)));
        m_progress->setValue(0);
        m_progress->setFormat(n > 0 ? tr("%v of %m") : QString());
    }
}

bool PacketBatchDialog::isRunning() const
{
    return m_batch && m_batch->isRunning();
}

bool PacketBatchDialog::start()
{
    const QList<qint64> ids = matchingCases();
    if (ids.isEmpty() || isRunning())
        return false;
    const bool oneFile = m_oneFile->isChecked();
    const QString target = oneFile ? FileDialog::getSaveFileName(
                                         this, tr("Save packets as one PDF"),
                                         u"packets-since-%1.pdf"_s.arg(m_since->date().toString(Qt::ISODate)),
                                         tr("PDF files (*.pdf)"))
                                   : FileDialog::getExistingDirectory(this, tr("Folder for the packets"));
    if (target.isEmpty())
        return false;
    const auto profile =
        RedactionProfile::byName(m_profile->currentData().toString()).value_or(RedactionProfile::volunteer());
    if (m_batch)
        m_batch->deleteLater();
    m_batch =
        new PacketBatch(m_db.connection(), ids, profile,
                        oneFile ? PacketBatch::Mode::OneFile : PacketBatch::Mode::FilePerCase, target, this);
    connect(m_batch, &PacketBatch::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total);
        m_progress->setValue(done);
    });
    connect(m_batch, &PacketBatch::finished, this, [this, target](bool ok, const QString &message) {
        setRunning(false);
        m_status->setText(ok ? tr("%1 Written to %2.").arg(message, QDir::toNativeSeparators(target))
                             : message);
        Q_EMIT batchFinished(ok);
    });
    m_status->setText(tr("Writing packets…"));
    setRunning(true);
    m_batch->start();
    return true;
}

void PacketBatchDialog::setRunning(bool running)
{
    m_cancel->setEnabled(running);
    m_start->setEnabled(!running && !matchingCases().isEmpty());
    m_since->setEnabled(!running);
    m_profile->setEnabled(!running);
    m_oneFile->setEnabled(!running);
    m_perCase->setEnabled(!running);
}

void PacketBatchDialog::cancel()
{
    if (isRunning()) {
        m_status->setText(tr("Stopping after the current packet…"));
        m_batch->cancel();
    }
}

void PacketBatchDialog::reject()
{
    cancel(); // closing the window stops the batch; a one-file batch then leaves no file
    QDialog::reject();
}

} // namespace ch
