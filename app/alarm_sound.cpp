#include "app/alarm_sound.h"

#include <QSoundEffect>

namespace vigie::app {

QtAlarmSound::QtAlarmSound()
    : m_medium(std::make_unique<QSoundEffect>()), m_high(std::make_unique<QSoundEffect>())
{
    for (const int severity : { 1, 2 }) {
        QSoundEffect *e = effect(severity);
        e->setSource(source(severity));
        e->setLoopCount(QSoundEffect::Infinite);
    }
}

QtAlarmSound::~QtAlarmSound() = default;

QUrl QtAlarmSound::source(int severity)
{
    return QUrl(severity >= 2 ? QStringLiteral("qrc:/sounds/alarm-high.wav")
                              : QStringLiteral("qrc:/sounds/alarm-medium.wav"));
}

QSoundEffect *QtAlarmSound::effect(int severity) const
{
    return severity >= 2 ? m_high.get() : m_medium.get();
}

void QtAlarmSound::play(int severity)
{
    if (severity == m_playing)
        return;
    m_medium->stop();
    m_high->stop();
    m_playing = severity;
    if (severity > 0)
        effect(severity)->play();
}

} // namespace vigie::app
