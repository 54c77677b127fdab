// Every threshold of the stream governor in one place: which stream a tile gets, and how much
// decoding is shed under CPU pressure. Tuned for a 2- to 8-core operator desk.
#pragma once

#include <QList>
#include <QSize>

namespace vigie::video {

struct GovernorParams
{
    // The sub-stream's size when the camera has not said yet (no picture so far).
    QSize assumedSubSize { 640, 360 };
    // A tile takes the main stream once it is this much larger than the sub-stream in either
    // direction, and goes back to the sub-stream once it fits again in it: between the two the
    // choice stays, so a tile at the boundary does not flap.
    double mainAbove = 1.25;
    double subBelow = 1.0;
    // A change of stream is asked for only when the tile has wanted it for this long, so that a
    // layout being dragged through sizes opens no sessions; a maximise still switches at once
    // to the eye (the old stream stays on screen until the new one has a picture).
    int switchDelay_ms = 300;

    // CPU pressure: the share of every core in use, 0..1. Above `pressureHigh` for
    // `pressureHold_ms`, one more step of tiles is shed; below `pressureLow` for `relief_ms`, one
    // step is restored. A step is `stepShare` of the visible tiles, at least one.
    double pressureHigh = 0.92;
    double pressureLow = 0.75;
    int pressureHold_ms = 2000;
    int relief_ms = 6000;
    // A step restored and shed again within `relapse_ms` (the load came back with it) doubles
    // the wait before the next restore, up to `reliefMax_ms`: a desk just past its capacity
    // stays degraded instead of flapping between full rate and degraded every few seconds. A
    // restore that holds for `relapse_ms` brings the wait back to `relief_ms`, so that a desk
    // relieved for good (a wall closed) gets every step back at the usual pace.
    int relapse_ms = 15000;
    int reliefMax_ms = 120000;
    double stepShare = 0.25;
    // Skipping non-reference pictures is a step for a tile only when at least this share of its
    // stream's pictures are non-reference (or while that is unknown). Most CCTV cameras send I
    // and P pictures alone, every P a reference: their tiles go straight to keyframes only.
    double skipWorthFrom = 0.1;
    // Tiles at this priority or above (a maximised tile) are shed last of all.
    int protectedPriority = 3;
    // The analytics' rate (pictures a second and camera) at each of their steps: while the desk
    // runs detectors, the first steps of pressure lower it, one step each, before any tile is
    // shed; the last steps restored bring it back. What operators watch goes first.
    QList<double> analyticsRates { 5.0, 2.5, 1.0 };
};

} // namespace vigie::video
