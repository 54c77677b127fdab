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
// A stable code for records ("live", "lost", "unreachable"...); Unknown for an unknown code.
QString stateCode(StreamState state);
StreamState stateFromCode(const QString &code);
StateSeverity stateSeverity(StreamState state);

} // namespace vigie::cameras
