#pragma once

// ImportDialog: File > Import… after the file is chosen. Three steps: a preview of the file's first rows,
// the column mapping (ColumnMappingEditor), then the import itself on a worker thread (ImportJob) with a
// progress bar and Cancel. A cancelled import leaves the database exactly as before. When the import has run,
// imported() carries the summary and the dialog closes; the main window shows the summary.

#include "io/ImportService.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QThread;

namespace ch {

class ColumnMappingEditor;
class Database;
class ImportJob;

class ImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)
public:
    enum Page
    {
        PreviewPage,
        MappingPage,
        ProgressPage
    };

    // Reads the preview; check isReady() (else the dialog says why the file cannot be imported).
    ImportDialog(Database &database, const QString &filePath, QWidget *parent = nullptr);
    ~ImportDialog() override;

    bool isReady() const { return m_ready; }
    QString problem() const { return m_problem; }
    int currentPage() const;
    ColumnMappingEditor *mappingEditor() const { return m_mapping; }
    ImportJob *runningJob() const { return m_job; } // while the import runs, for tests

    void startImport();
    void cancelImport();

Q_SIGNALS:
    void importStarted();
    void imported(const ch::ImportSummary &summary);
    void importCancelled();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    void retranslateUi();
    void updatePreviewNote();
    void buildPreview(const QString &filePath);
    void showPage(Page page);
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void stopThread();

    Database &m_db;
    QString m_filePath;
    bool m_ready = false;
    bool m_closeRequested = false;
    QString m_problem;
    QString m_previewFile;
    QString m_previewFormat;
    int m_previewShown = 0;
    bool m_previewMore = false;
    QStackedWidget *m_pages = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_previewNote = nullptr;
    ColumnMappingEditor *m_mapping = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QThread *m_thread = nullptr;
    ImportJob *m_job = nullptr;
};

} // namespace ch
