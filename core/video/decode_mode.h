// How much of a stream the decoder works on, so that a governor can shed load under CPU
// pressure: every frame, only the frames others refer to, or keyframes alone.
#pragma once

#include <QMetaType>
#include <QString>

namespace vigie::video {

enum class DecodeMode {
    AllFrames,
    SkipNonReference, // AVDISCARD_NONREF: costs nothing to the picture's integrity
    KeyframesOnly, // AVDISCARD_NONKEY: one picture per GOP, the tile shows it is degraded
};

QString decodeModeLabel(DecodeMode mode);

} // namespace vigie::video

Q_DECLARE_METATYPE(vigie::video::DecodeMode)
