// What an engine says about its stream (state, reason in the operator's language, when it will
// try again) and what it has done (counters), for tiles, the governor and the tests.
#pragma once

#include "core/cameras/stream_state.h"
#include "core/video/decode_mode.h"

#include <QDeadlineTimer>
#include <QMetaType>
#include <QSize>
#include <QString>

namespace vigie::video {

struct StreamStatus
{
    cameras::StreamState state = cameras::StreamState::Connecting;
    QString detail; // why, translated; empty when live
    // When the next connection attempt starts, for a countdown on the tile. Forever while
    // connected or while an attempt is running.
    QDeadlineTimer nextAttempt { QDeadlineTimer::Forever };
    int failedAttempts = 0; // since the last picture

    bool waitingToRetry() const { return !nextAttempt.isForever(); }
    bool operator==(const StreamStatus &other) const;
};

struct StreamStats
{
    quint64 packets = 0; // video packets read from the source
    quint64 decoded = 0; // pictures out of the decoder
    quint64 published = 0; // pictures put into the latest-frame slot
    quint64 delivered = 0; // pictures taken by at least one viewer
    quint64 dropped = 0; // pictures replaced in the slot before anyone took them
    quint64 skippedLate = 0; // packets not decoded to catch up with a live camera
    // The share of the last pictures that no other picture refers to (what skipping them
    // saves), -1 while unknown: too few pictures yet, or a codec whose headers we do not read.
    double nonReferenceShare = -1;
    quint64 connections = 0; // sessions opened with the source
    quint64 attempts = 0; // connection attempts, successful or not
    DecodeMode mode = DecodeMode::AllFrames;
    bool active = true; // some viewer can see the picture
    bool connected = false;
    bool hardware = false; // decoding on the GPU
    QString codec;
    QSize sourceSize;
    QSize outputSize;
    int firstPicture_ms = -1; // from the start of the last attempt to its first picture
};

// A short line for logs and the tile's tooltip: "Reconnecting (next try in 4 s): ...".
QString describe(const StreamStatus &status);

} // namespace vigie::video

Q_DECLARE_METATYPE(vigie::video::StreamStatus)
Q_DECLARE_METATYPE(vigie::video::StreamStats)
