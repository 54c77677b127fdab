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

namespace vigie::cameras {
namespace {

struct StateCode
{
    StreamState state;
    const char *code;
};

constexpr StateCode kStateCodes[] = {
    { StreamState::Unknown, "unknown" },
    { StreamState::Connecting, "connecting" },
    { StreamState::Available, "available" },
    { StreamState::Live, "live" },
    { StreamState::Reconnecting, "reconnecting" },
    { StreamState::Lost, "lost" },
    { StreamState::AuthRefused, "auth_refused" },
    { StreamState::NotFound, "not_found" },
    { StreamState::UnsupportedCodec, "unsupported_codec" },
    { StreamState::Unreachable, "unreachable" },
};

} // namespace

QString stateCode(StreamState state)
{
    for (const StateCode &entry : kStateCodes) {
        if (entry.state == state)
            return QString::fromLatin1(entry.code);
    }
    return QStringLiteral("unknown");
}

StreamState stateFromCode(const QString &code)
{
    for (const StateCode &entry : kStateCodes) {
        if (code == QLatin1String(entry.code))
            return entry.state;
    }
    return StreamState::Unknown;
}

} // namespace vigie::cameras
