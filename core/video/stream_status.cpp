#include "core/video/stream_status.h"

#include <QCoreApplication>

namespace vigie::video {

bool StreamStatus::operator==(const StreamStatus &other) const
{
    return state == other.state && detail == other.detail
        && nextAttempt.deadlineNSecs() == other.nextAttempt.deadlineNSecs()
        && failedAttempts == other.failedAttempts;
}

QString describe(const StreamStatus &status)
{
    QString text = cameras::stateLabel(status.state);
    if (status.waitingToRetry()) {
        const qint64 seconds = (status.nextAttempt.remainingTime() + 999) / 1000;
        text = QCoreApplication::translate("vigie::video", "%1 (next try in %2 s)")
                   .arg(text)
                   .arg(seconds);
    }
    if (!status.detail.isEmpty())
        text = QCoreApplication::translate("vigie::video", "%1: %2").arg(text, status.detail);
    return text;
}

} // namespace vigie::video
