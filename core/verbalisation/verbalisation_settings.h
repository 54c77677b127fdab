// The desk's video-verbalisation settings as vigie.conf's [verbalisation] group gives them, read
// the same way by vigie and vigiectl.
#pragma once

#include "core/verbalisation/ticket_service.h"

class QSettings;

namespace vigie::verbalisation {

// `authorisation` (the prefectoral authorisation's reference; empty: no ticket is drafted),
// `duplicate_window_min`, `max_frames` (1 to 3).
VerbalisationSettings readVerbalisationSettings(const QSettings &settings);

} // namespace vigie::verbalisation
