// Whether this workstation's clock is synchronised, read from the system when a ticket is
// drafted: the capture time of a ticket is stamped by the workstation's clock, so the ticket
// says how far that clock can be trusted (domain.md). The kernel's own view (adjtimex: the
// STA_UNSYNC flag and the maximum error) comes first; chrony's or systemd-timesyncd's word is
// added when they are installed. Nothing here needs root.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace vigie::verbalisation {

enum class ClockSyncState { Synchronised, NotSynchronised, Unknown };

// "synchronised", "not_synchronised", "unknown": as stored and exported.
QString clockSyncCode(ClockSyncState state);
std::optional<ClockSyncState> clockSyncFromCode(const QString &code);

struct ClockSync
{
    ClockSyncState state = ClockSyncState::Unknown;
    qint64 maxError_us = -1; // the kernel's estimate of the maximum error; -1 unknown
    QString source; // "adjtimex", "chrony", "timesyncd", or several joined by "+"
    QString detail; // what was read, for the ticket and the log ("chrony: Leap status Normal")

    // One line for the operator ("Horloge synchronisée (erreur max. 12 ms)").
    QString describe() const;
};

class ClockSyncReader
{
    Q_DECLARE_TR_FUNCTIONS(vigie::verbalisation::ClockSyncReader)
public:
    // Reads the kernel (adjtimex), then chronyc and timedatectl when present (a second at most
    // each). Never fails: what cannot be read is Unknown.
    static ClockSync read();

    // The pieces, public so that tests feed them the outputs of real tools.
    // adjtimex's answer: its return value (TIME_ERROR = 5 means unsynchronised), the status
    // bits and the maximum error (microseconds).
    static ClockSync fromKernel(int timeState, int statusBits, long maxError_us);
    // `chronyc -n tracking`: "Leap status : Not synchronised" says no; "Normal" yes.
    static std::optional<ClockSync> fromChronyTracking(const QString &output);
    // `timedatectl show -p NTPSynchronized`: "NTPSynchronized=yes|no".
    static std::optional<ClockSync> fromTimedatectl(const QString &output);
    // The kernel's reading, confirmed or contradicted by a daemon's: a daemon that says "not
    // synchronised" wins, so does the kernel's own TIME_ERROR.
    static ClockSync combine(const ClockSync &kernel, const std::optional<ClockSync> &daemon);
};

} // namespace vigie::verbalisation
