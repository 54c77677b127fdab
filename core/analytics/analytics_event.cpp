#include "core/analytics/analytics_event.h"

namespace vigie::analytics {

QJsonObject AnalyticsEvent::toJson() const
{
    QJsonObject json { { QStringLiteral("type"), type },
                       { QStringLiteral("alarm"), alarm },
                       { QStringLiteral("t_ms"), t_ms } };
    if (!direction.isEmpty())
        json.insert(QStringLiteral("direction"), direction);
    if (track >= 0)
        json.insert(QStringLiteral("track"), track);
    if (value != 0)
        json.insert(QStringLiteral("value"), value);
    for (auto it = details.constBegin(); it != details.constEnd(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

} // namespace vigie::analytics
