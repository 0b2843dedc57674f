#include "ImportDialog.h"
#include "core/PlainToolTip.h"

#include "ColumnMappingEditor.h"
#include "MessageBox.h"
#include "io/ImportJob.h"
#include "io/ImportPreview.h"
#include "storage/Database.h"

#include <QEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ch {

ImportDialog::ImportDialog(Database &database, const QString &filePath, QWidget *parent)
    : QDialog(parent), m_db(database), m_filePath(filePath)
{
    setObjectName(u"importDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"importPages"_s);
    layout->addWidget(m_pages, 1);

    // Step 1: the first rows, as read.
    auto *previewPage = new QWidget(m_pages);
    auto *previewLayout = new QVBoxLayout(previewPage);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previewNote = new QLabel(previewPage);
    m_previewNote->setObjectName(u"previewNote"_s);
    m_previewNote->setTextFormat(Qt::PlainText);
    m_previewNote->setWordWrap(true);
    previewLayout->addWidget(m_previewNote);
    m_preview = new QTableWidget(previewPage);
    m_preview->setObjectName(u"previewTable"_s);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(150);
    previewLayout->addWidget(m_preview, 1);
    m_pages->addWidget(previewPage);

    // Step 2: which field each column fills.
    m_mapping = new ColumnMappingEditor(database, m_pages);
    m_pages->addWidget(m_mapping);

    // Step 3: the import running.
    auto *progressPage = new QWidget(m_pages);
    auto *progressLayout = new QVBoxLayout(progressPage);
    progressLayout->addStretch();
    m_progressLabel = new QLabel(progressPage);
    m_progressLabel->setObjectName(u"progressLabel"_s);
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setWordWrap(true);
    progressLayout->addWidget(m_progressLabel);
    m_progress = new QProgressBar(progressPage);
    m_progress->setObjectName(u"importProgress"_s);
    m_progress->setRange(0, 1000);
    progressLayout->addWidget(m_progress);
    auto *cancelRow = new QHBoxLayout;
    cancelRow->addStretch();
    m_cancel = new QPushButton(progressPage);
    m_cancel->setObjectName(u"cancelImportButton"_s);
    cancelRow->addWidget(m_cancel);
    progressLayout->addLayout(cancelRow);
    progressLayout->addStretch();
    m_pages->addWidget(progressPage);

    m_notice = new QLabel(this);
    m_notice->setObjectName(u"importNotice"_s);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);

    // Back on the left, the way forward on the right, as in a wizard.
    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(u"backButton"_s);
    m_next = new QPushButton(this);
    m_next->setObjectName(u"nextButton"_s);
    m_import = new QPushButton(this);
    m_import->setObjectName(u"startImportButton"_s);
    m_close = new QPushButton(this);
    m_close->setObjectName(u"closeImportButton"_s);
    buttons->addWidget(m_back);
    buttons->addStretch();
    buttons->addWidget(m_next);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { showPage(PreviewPage); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(MappingPage); });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancelImport);
    connect(m_mapping, &ColumnMappingEditor::usableChanged, this, [this] { showPage(Page(currentPage())); });

    buildPreview(filePath);
    retranslateUi();
    showPage(PreviewPage);
    resize(980, 620);
}

void ImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import submissions — %1").arg(QFileInfo(m_filePath).fileName()));
    m_cancel->setText(tr("&Cancel import"));
    m_back->setText(tr("< &Back"));
    m_next->setText(tr("&Next: columns >"));
    m_import->setText(tr("&Import"));
    m_close->setText(tr("Close"));
    updatePreviewNote();
}

void ImportDialog::updatePreviewNote()
{
    if (!m_problem.isEmpty()) {
        m_previewNote->setText(tr("This file cannot be imported: %1").arg(m_problem));
        return;
    }
    m_previewNote->setText(
        m_previewMore
            ? tr("The first %n submission(s) in %1 (%2), as read. Check that this is the file you meant; "
                 "nothing is imported yet.",
                 nullptr, m_previewShown)
                  .arg(m_previewFile, m_previewFormat)
            : tr("All %n submission(s) in %1 (%2), as read. Check that this is the file you meant; "
                 "nothing is imported yet.",
                 nullptr, m_previewShown)
                  .arg(m_previewFile, m_previewFormat));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi(); // the chosen mapping and a running import carry on
    QDialog::changeEvent(event);
}

ImportDialog::~ImportDialog()
{
    if (m_job)
        m_job->cancel();
    stopThread();
}

void ImportDialog::buildPreview(const QString &filePath)
{
    auto preview = ImportPreview::read(filePath);
    if (!preview) {
        m_problem = preview.error().message;
        m_preview->hide();
        return;
    }
    m_ready = true;
    m_preview->setColumnCount(static_cast<int>(preview->columns.size()));
    m_preview->setHorizontalHeaderLabels(preview->columns);
    m_preview->setRowCount(static_cast<int>(preview->rows.size()));
    for (int r = 0; r < preview->rows.size(); ++r) {
        const QStringList &values = preview->rows.at(r);
        for (int c = 0; c < values.size(); ++c) {
            auto *item = new QTableWidgetItem(values.at(c).simplified());
            item->setToolTip(PlainToolTip::from(values.at(c))); // file values: never rendered as HTML
            m_preview->setItem(r, c, item);
        }
    }
    m_previewFormat = preview->format == ImportService::Format::Json ? u"JSON"_s : u"CSV"_s;
    m_previewShown = static_cast<int>(preview->rows.size());
    m_previewMore = preview->more;
    m_previewFile = preview->fileName;
    m_mapping->setColumns(preview->columns, preview->rows.value(0));
}

int ImportDialog::currentPage() const
{
    return m_pages->currentIndex();
}

void ImportDialog::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    const bool running = m_job != nullptr;
    m_back->setVisible(page == MappingPage);
    m_back->setEnabled(!running);
    m_next->setVisible(page == PreviewPage);
    m_next->setEnabled(m_ready);
    m_import->setVisible(page == MappingPage);
    m_import->setEnabled(m_ready && m_mapping->isUsable() && !running);
    m_close->setEnabled(!running);
    if (page == MappingPage && m_import->isEnabled())
        m_import->setDefault(true);
    else if (page == PreviewPage)
        m_next->setDefault(true);
}

void ImportDialog::startImport()
{
    if (m_job || !m_ready || !m_mapping->isUsable())
        return;
    ImportService::Options options;
    options.mapping = m_mapping->mapping();
    m_notice->hide();
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Importing %1… Nothing is kept until the whole file is in; Cancel leaves the "
                                "database as it was.")
                                 .arg(QFileInfo(m_filePath).fileName()));
    m_cancel->setEnabled(true);
    m_thread = new QThread(this);
    m_job = new ImportJob(m_db.path(), m_filePath, options);
    m_job->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_job, &ImportJob::run);
    connect(m_job, &ImportJob::progressed, this, &ImportDialog::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    connect(m_thread, &QThread::finished, m_job, &QObject::deleteLater);
    showPage(ProgressPage);
    Q_EMIT importStarted();
    m_thread->start();
}

void ImportDialog::cancelImport()
{
    if (!m_job)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling: undoing the rows imported so far…"));
}

void ImportDialog::onProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_progress->setRange(0, 0); // size unknown: a busy indicator
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(static_cast<int>(std::min<qint64>(1000, done * 1000 / total)));
}

void ImportDialog::stopThread()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread = nullptr;
}

void ImportDialog::onFinished()
{
    if (!m_job)
        return;
    const Result<ImportSummary> result = m_job->result();
    m_job = nullptr; // deleted with the thread
    stopThread();
    if (!result) {
        showPage(MappingPage);
        m_notice->setText(tr("Nothing was imported. %1").arg(result.error().message));
        m_notice->setStyleSheet(u"color: #a40000;"_s);
        m_notice->show();
        MessageBox::critical(this, tr("Import failed"), m_notice->text());
        return;
    }
    if (result->cancelled) {
        Q_EMIT importCancelled();
        if (m_closeRequested) {
            QDialog::reject();
            return;
        }
        showPage(MappingPage);
        m_notice->setText(
            tr("The import was cancelled. Nothing from the file was imported; the database is as it "
               "was before."));
        m_notice->setStyleSheet(QString());
        m_notice->show();
        return;
    }
    Q_EMIT imported(*result);
    accept();
}

void ImportDialog::reject()
{
    if (m_job) { // closing while it runs: Cancel, and close once the rollback is done
        m_closeRequested = true;
        cancelImport();
        return;
    }
    QDialog::reject();
}

} // namespace ch
