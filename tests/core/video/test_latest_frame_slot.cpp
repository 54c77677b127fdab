// The one-frame hand-over, the output size rule and the reconnection delays, without a stream.
#include "core/video/frame_converter.h"
#include "core/video/latest_frame_slot.h"
#include "core/video/reconnect_backoff.h"

#include <catch2/catch.hpp>

#include <thread>

using namespace vigie::video;

namespace {

std::shared_ptr<VideoFrame> makeFrame()
{
    auto frame = std::make_shared<VideoFrame>();
    frame->image = QImage(4, 4, QImage::Format_RGB32);
    return frame;
}

} // namespace

TEST_CASE("the slot keeps only the newest frame and counts the ones nobody took", "[video][slot]")
{
    LatestFrameSlot slot;
    CHECK(slot.take() == nullptr);
    CHECK(slot.sequence() == 0);

    slot.publish(makeFrame());
    auto first = slot.take();
    REQUIRE(first);
    CHECK(first->sequence == 1);

    for (int i = 0; i < 20; ++i)
        slot.publish(makeFrame());
    const auto counters = slot.counters();
    CHECK(counters.published == 21);
    CHECK(counters.delivered == 1);
    CHECK(counters.dropped == 19); // the 20th is still waiting in the slot
    CHECK(slot.hasUntaken());

    auto newest = slot.take();
    REQUIRE(newest);
    CHECK(newest->sequence == 21);
    // A second viewer gets the same frame; it is delivered once.
    CHECK(slot.take() == newest);
    CHECK(slot.counters().delivered == 2);
    CHECK_FALSE(slot.hasUntaken());
}

TEST_CASE("the slot holds one frame however fast the producer goes", "[video][slot]")
{
    const int before = VideoFrame::liveCount();
    LatestFrameSlot slot;
    std::thread producer([&] {
        for (int i = 0; i < 2000; ++i)
            slot.publish(makeFrame());
    });
    quint64 last = 0;
    int taken = 0;
    while (slot.sequence() < 2000) {
        if (auto frame = slot.take()) {
            CHECK(frame->sequence >= last);
            last = frame->sequence;
            ++taken;
        }
        // The producer's frame being built, the slot's, and the one just taken: never more.
        CHECK(VideoFrame::liveCount() - before <= 3);
    }
    producer.join();
    const auto counters = slot.counters();
    CHECK(counters.published == 2000);
    CHECK(counters.delivered + counters.dropped + (slot.hasUntaken() ? 1 : 0) == 2000);
    slot.clear();
    CHECK(VideoFrame::liveCount() == before);
}

TEST_CASE("the output size fits what was asked, keeps the aspect and never grows", "[video]")
{
    const QSize sub(640, 360);
    CHECK(fitOutputSize(sub, QSize()) == sub);
    CHECK(fitOutputSize(sub, QSize(1920, 1080)) == sub);
    CHECK(fitOutputSize(sub, QSize(320, 180)) == QSize(320, 180));
    CHECK(fitOutputSize(sub, QSize(320, 320)) == QSize(320, 180));
    CHECK(fitOutputSize(sub, QSize(1000, 200)) == QSize(355, 200));
    CHECK(fitOutputSize(QSize(), QSize(320, 180)).isEmpty());
}

TEST_CASE("reconnection waits double from half a second up to thirty, forever", "[video]")
{
    ReconnectBackoff backoff(500, 30000);
    QList<int> delays;
    for (int i = 0; i < 10; ++i)
        delays.append(backoff.nextDelay_ms());
    CHECK(delays == QList<int> { 500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000 });
    CHECK(backoff.failures() == 10);
    backoff.reset();
    CHECK(backoff.nextDelay_ms() == 500);

    ReconnectBackoff jittered(1000, 30000, 0.1);
    for (int i = 0; i < 100; ++i) {
        const int first = jittered.nextDelay_ms();
        CHECK(first >= 900);
        CHECK(first <= 1100);
        jittered.reset();
    }
}
