#include "CaseStatus.h"

using namespace Qt::StringLiterals;

namespace ch {

const QStringList &CaseStatus::codes()
{
    static const QStringList all = {u"received"_s,    u"screening"_s, u"needs_info"_s,   u"screened_out"_s,
                                    u"screened_in"_s, u"matched"_s,   u"motion_filed"_s, u"granted"_s,
                                    u"denied"_s,      u"withdrawn"_s, u"closed"_s};
    return all;
}

bool CaseStatus::isValid(QStringView code)
{
    return codes().contains(code);
}

QString CaseStatus::label(QStringView code)
{
    if (code == u"received") return tr("Received");
    if (code == u"screening") return tr("Screening");
    if (code == u"needs_info") return tr("Needs information");
    if (code == u"screened_out") return tr("Screened out (referred)");
    if (code == u"screened_in") return tr("Screened in");
    if (code == u"matched") return tr("Matched");
    if (code == u"motion_filed") return tr("Motion filed");
    if (code == u"granted") return tr("Granted");
    if (code == u"denied") return tr("Denied");
    if (code == u"withdrawn") return tr("Withdrawn");
    if (code == u"closed") return tr("Closed");
    return code.toString();
}

QStringList CaseStatus::allowedNext(QStringView from)
{
    if (from == u"received") return {u"screening"_s, u"needs_info"_s, u"screened_out"_s, u"screened_in"_s, u"withdrawn"_s};
    if (from == u"screening") return {u"needs_info"_s, u"screened_out"_s, u"screened_in"_s, u"withdrawn"_s};
    if (from == u"needs_info") return {u"screening"_s, u"screened_out"_s, u"screened_in"_s, u"withdrawn"_s, u"closed"_s};
    if (from == u"screened_out") return {u"screening"_s, u"closed"_s};
    if (from == u"screened_in") return {u"matched"_s, u"needs_info"_s, u"withdrawn"_s, u"closed"_s};
    if (from == u"matched") return {u"motion_filed"_s, u"screened_in"_s, u"withdrawn"_s};
    if (from == u"motion_filed") return {u"granted"_s, u"denied"_s, u"withdrawn"_s};
    if (from == u"granted" || from == u"denied" || from == u"withdrawn") return {u"closed"_s};
    if (from == u"closed") return {u"screening"_s};
    return {};
}

bool CaseStatus::canMove(QStringView from, QStringView to)
{
    return allowedNext(from).contains(to);
}

} // namespace ch
