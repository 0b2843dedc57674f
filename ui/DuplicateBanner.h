#pragma once

// DuplicateBanner: the warning above the intake form that a request like this one is already in the
// database, listing each match and what matched, with "Open" per match and "Continue anyway".

#include "storage/CaseRepository.h"

#include <QFrame>
#include <QList>
#include <QSet>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace ch {

class DuplicateBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit DuplicateBanner(QWidget *parent = nullptr);

    // Shows the candidates not acknowledged yet; hides itself when there are none.
    void setCandidates(const QList<DuplicateCandidate> &candidates);
    const QList<DuplicateCandidate> &candidates() const { return m_candidates; }
    bool hasUnacknowledged() const;
    void acknowledgeAll();
    QStringList lines() const; // the text of each listed match, for tests and screen readers

    static QString describeMatch(const QStringList &matchedOn);

Q_SIGNALS:
    void openCaseRequested(qint64 caseId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();

    QList<DuplicateCandidate> m_candidates;
    QSet<qint64> m_acknowledged;
    QLabel *m_title = nullptr;
    QPushButton *m_continue = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QStringList m_lines;
};

} // namespace ch
