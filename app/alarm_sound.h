// The alarms' sound on this desk: one sound per severity, looped until the alarms that call for
// it are acknowledged or snoozed. An interface so that the desk's rules (which sound, until when)
// are tested on machines with no audio device; QtAlarmSound plays it through Qt Multimedia.
#pragma once

#include <QUrl>

#include <memory>

class QSoundEffect;

namespace vigie::app {

class AlarmSound
{
public:
    virtual ~AlarmSound() = default;
    // 0: silence; 1: the medium sound; 2: the urgent one. The same level again changes nothing
    // (the loop goes on).
    virtual void play(int severity) = 0;
    virtual int playing() const = 0;
};

class QtAlarmSound : public AlarmSound
{
public:
    QtAlarmSound();
    ~QtAlarmSound() override;
    void play(int severity) override;
    int playing() const override { return m_playing; }

    // The WAV of a severity (1 or 2), in the program's resources.
    static QUrl source(int severity);
    // The effect of a severity, for the tests.
    QSoundEffect *effect(int severity) const;

private:
    std::unique_ptr<QSoundEffect> m_medium;
    std::unique_ptr<QSoundEffect> m_high;
    int m_playing = 0;
};

} // namespace vigie::app
