#include "CasePacketPanel.h"

#include "DocumentOutput.h"
#include "FileDialog.h"
#include "LetterDialog.h"
#include "MessageBox.h"
#include "packets/PacketBuilder.h"
#include "packets/PacketService.h"
#include "packets/PacketWriter.h"
#include "storage/Database.h"

#include <QEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace ch {

namespace {

DocumentOutput::Paint packetPainter(Database *db, qint64 id, const RedactionProfile &profile)
{
    return [db, id, profile](QPagedPaintDevice *device) -> Status {
        auto doc = PacketService(db->connection()).packet(id, profile);
        if (!doc)
            return doc.error();
        PacketWriter writer(device);
        if (Status s =
                writer.write(**doc, {PacketBuilder::headerText(id), PacketService::tr("Confidential"), true});
            !s)
            return s;
        return writer.finish();
    };
}

} // namespace

CasePacketPanel::CasePacketPanel(Database &database, qint64 caseId, QWidget *parent)
    : QWidget(parent), m_db(database), m_caseId(caseId)
{
    setObjectName(u"casePacketPanel"_s);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 4, 0, 4);
    auto *label = new QLabel(this);
    m_label = label;
    label->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
    row->addWidget(label);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"packetProfileCombo"_s);
    for (const QString &name : RedactionProfile::names())
        m_profile->addItem(QString(), name);
    label->setBuddy(m_profile);
    row->addWidget(m_profile);

    auto button = [this, row](const QString &name) {
        auto *b = new QPushButton(this);
        b->setObjectName(name);
        row->addWidget(b);
        return b;
    };
    m_preview = button(u"packetPreviewButton"_s);
    connect(m_preview, &QPushButton::clicked, this, [this] { (void)preview(); });
    m_print = button(u"packetPrintButton"_s);
    connect(m_print, &QPushButton::clicked, this, [this] { (void)print(); });
    m_save = button(u"packetSaveButton"_s);
    connect(m_save, &QPushButton::clicked, this, [this] { (void)saveAsPdf(); });
    row->addStretch(1);
    m_letters = button(u"lettersButton"_s);
    connect(m_letters, &QPushButton::clicked, this, &CasePacketPanel::openLetters);
    retranslateUi();
}

void CasePacketPanel::retranslateUi()
{
    m_label->setText(tr("Volunteer packet:"));
    m_profile->setAccessibleName(tr("Redaction profile"));
    for (int i = 0; i < m_profile->count(); ++i) {
        if (const auto p = RedactionProfile::byName(m_profile->itemData(i).toString())) {
            m_profile->setItemText(i, tr("%1 profile").arg(p->label()));
            m_profile->setItemData(i, p->description(), Qt::ToolTipRole);
        }
    }
    m_preview->setText(tr("Print pre&view…"));
    m_preview->setToolTip(tr("See the packet page by page before printing"));
    m_print->setText(tr("&Print…"));
    m_print->setToolTip(tr("Print the packet"));
    m_save->setText(tr("Save as P&DF…"));
    m_save->setToolTip(tr("Save the packet as a PDF only you can open"));
    m_letters->setText(tr("&Letters to the family…"));
    m_letters->setToolTip(tr("Referral, received, in review and matched letters in the family's language"));
}

void CasePacketPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

RedactionProfile CasePacketPanel::profile() const
{
    return RedactionProfile::byName(m_profile->currentData().toString())
        .value_or(RedactionProfile::volunteer());
}

QPrintPreviewDialog *CasePacketPanel::preview()
{
    const RedactionProfile p = profile();
    const qint64 id = m_caseId;
    Database *db = &m_db;
    return DocumentOutput::preview(
        this, tr("Packet for case %1").arg(id), packetPainter(db, id, p), [this, db, id, p] {
            if (Status s = PacketService(db->connection()).recordPacket(id, p, u"printer"_s); s)
                Q_EMIT recorded();
        });
}

bool CasePacketPanel::print()
{
    const RedactionProfile p = profile();
    const qint64 id = m_caseId;
    Database *db = &m_db;
    const bool printed =
        DocumentOutput::print(this, tr("Packet for case %1").arg(id), packetPainter(db, id, p));
    if (!printed)
        return false;
    if (Status s = PacketService(m_db.connection()).recordPacket(id, p, u"printer"_s); !s) {
        MessageBox::warning(this, tr("Printing not recorded"), s.error().message);
        return true;
    }
    Q_EMIT recorded();
    return true;
}

bool CasePacketPanel::saveAsPdf()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save packet as PDF"), u"case-%1-packet.pdf"_s.arg(m_caseId), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (Status s = PacketService(m_db.connection()).savePacket(m_caseId, profile(), path); !s) {
        MessageBox::critical(this, tr("Packet not saved"), s.error().message);
        return false;
    }
    Q_EMIT recorded();
    return true;
}

void CasePacketPanel::openLetters()
{
    auto *dialog = new LetterDialog(m_db, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &LetterDialog::recorded, this, &CasePacketPanel::recorded);
    dialog->open();
}

} // namespace ch
