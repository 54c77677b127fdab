#include "core/video/decode_mode.h"

#include <QCoreApplication>

namespace vigie::video {

QString decodeModeLabel(DecodeMode mode)
{
    switch (mode) {
    case DecodeMode::AllFrames:
        return QCoreApplication::translate("vigie::video", "All frames");
    case DecodeMode::SkipNonReference:
        return QCoreApplication::translate("vigie::video", "Reduced frame rate");
    case DecodeMode::KeyframesOnly:
        return QCoreApplication::translate("vigie::video", "Keyframes only");
    }
    return QString();
}

} // namespace vigie::video
