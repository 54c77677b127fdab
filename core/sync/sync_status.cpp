#include "core/sync/sync_status.h"

#include <QLocale>

namespace vigie::sync {
QString SyncStatus::text() const
{
    QString state_text;
    switch (state) {
    case State::Disabled:
        return tr("Central: not configured");
    case State::Connecting:
        state_text = tr("Central: connecting");
        break;
    case State::Connected:
        state_text = tr("Central: connected");
        break;
    case State::Offline:
        state_text = tr("Central: offline");
        break;
    case State::Refused:
        state_text = tr("Central: journal refused");
        break;
    }
    if (lastSuccess.isValid())
        state_text += QStringLiteral(" · ")
            + tr("synced %1")
                  .arg(QLocale().toString(lastSuccess.toLocalTime().time(), QLocale::ShortFormat));
    if (waiting > 0)
        state_text += QStringLiteral(" · ") + tr("%n waiting", nullptr, int(waiting));
    return state_text;
}

QString SyncStatus::details() const
{
    QStringList lines;
    if (lastSuccess.isValid())
        lines.append(tr("Last sync: %1").arg(lastReport.summary()));
    else if (state != State::Disabled)
        lines.append(tr("Not synced yet since the workstation started."));
    if (!lastError.isEmpty())
        lines.append(lastError);
    return lines.join(QLatin1Char('\n'));
}

} // namespace vigie::sync
