#include "core/cameras/stream_state.h"

#include <QCoreApplication>

namespace vigie::cameras {

QString stateLabel(StreamState state)
{
    const char *text = "";
    switch (state) {
    case StreamState::Unknown:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Not checked yet");
        break;
    case StreamState::Connecting:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Connecting");
        break;
    case StreamState::Available:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Stream available");
        break;
    case StreamState::Live:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Live");
        break;
    case StreamState::Reconnecting:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Reconnecting");
        break;
    case StreamState::Lost:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Signal lost");
        break;
    case StreamState::AuthRefused:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Authentication refused");
        break;
    case StreamState::NotFound:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Stream not found");
        break;
    case StreamState::UnsupportedCodec:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Unsupported codec");
        break;
    case StreamState::Unreachable:
        text = QT_TRANSLATE_NOOP("vigie::cameras", "Address unreachable");
        break;
    }
    return QCoreApplication::translate("vigie::cameras", text);
}

StateSeverity stateSeverity(StreamState state)
{
    switch (state) {
    case StreamState::Live:
    case StreamState::Available:
        return StateSeverity::Good;
    case StreamState::Connecting:
    case StreamState::Reconnecting:
        return StateSeverity::Warning;
    case StreamState::Lost:
    case StreamState::AuthRefused:
    case StreamState::NotFound:
    case StreamState::UnsupportedCodec:
    case StreamState::Unreachable:
        return StateSeverity::Bad;
    case StreamState::Unknown:
        break;
    }
    return StateSeverity::Neutral;
}

} // namespace vigie::cameras
