// What a tile says about its camera's stream, and the reason, in the operator's language.
#pragma once

#include <QString>

namespace vigie::cameras {

enum class StreamState {
    Unknown,
    Connecting,
    Available, // the camera answers and offers its stream; no picture decoded yet
    Live,
    Reconnecting,
    Lost,
    AuthRefused,
    NotFound,
    UnsupportedCodec,
    Unreachable,
};

enum class StateSeverity { Neutral, Good, Warning, Bad };

QString stateLabel(StreamState state);
StateSeverity stateSeverity(StreamState state);

} // namespace vigie::cameras
