#include "core/verbalisation/verbalisation_settings.h"

#include <QSettings>

namespace vigie::verbalisation {

VerbalisationSettings readVerbalisationSettings(const QSettings &settings)
{
    VerbalisationSettings v;
    v.authorisationRef
        = settings.value(QStringLiteral("verbalisation/authorisation")).toString().trimmed();
    v.duplicateWindow_min
        = settings
              .value(QStringLiteral("verbalisation/duplicate_window_min"), v.duplicateWindow_min)
              .toInt();
    v.maxFrames = qBound(
        1, settings.value(QStringLiteral("verbalisation/max_frames"), v.maxFrames).toInt(), 3);
    return v;
}

} // namespace vigie::verbalisation
