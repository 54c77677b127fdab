// The conversion of decoded pictures for the tiles: what the operator sees must be the camera's
// picture at the tile's size, whichever way the converter gets there (box halving, cutting the
// border pixels, resampling the planes, or swscale's scaling).
#include "core/video/frame_converter.h"

#include <QColor>
#include <QImage>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdlib>
#include <memory>

extern "C" {
#include <libavutil/frame.h>
#include <libswscale/swscale.h>
}

using vigie::video::FrameConverter;

namespace {

struct FrameDeleter
{
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;

// A YUV 4:2:0 test card: a smooth luma gradient, a bright square left of centre, colour in the
// chroma, so that a shift, a stretch, a wrong plane or a lost colour all show.
FramePtr testCard(int width, int height)
{
    FramePtr frame(av_frame_alloc());
    frame->format = AV_PIX_FMT_YUV420P;
    frame->width = width;
    frame->height = height;
    frame->colorspace = AVCOL_SPC_BT709;
    REQUIRE(av_frame_get_buffer(frame.get(), 64) == 0);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool square
                = x > width / 8 && x < width * 3 / 8 && y > height / 4 && y < height * 3 / 4;
            frame->data[0][y * frame->linesize[0] + x]
                = uint8_t(square ? 235 : 16 + (x * 180) / width);
        }
    }
    for (int y = 0; y < height / 2; ++y) {
        for (int x = 0; x < width / 2; ++x) {
            frame->data[1][y * frame->linesize[1] + x] = uint8_t(96 + (y * 64) / (height / 2));
            frame->data[2][y * frame->linesize[2] + x] = uint8_t(160 - (x * 64) / (width / 2));
        }
    }
    return frame;
}

// The same picture as swscale's bicubic scaling straight from the source: the reference.
QImage reference(const AVFrame *frame, const QSize &size)
{
    SwsContext *sws
        = sws_getContext(frame->width, frame->height, AV_PIX_FMT_YUV420P, size.width(),
                         size.height(), AV_PIX_FMT_RGB32, SWS_BICUBIC, nullptr, nullptr, nullptr);
    REQUIRE(sws);
    sws_setColorspaceDetails(sws, sws_getCoefficients(SWS_CS_ITU709), 0,
                             sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
    QImage image(size, QImage::Format_RGB32);
    uint8_t *const out[4] = { image.bits(), nullptr, nullptr, nullptr };
    const int stride[4] = { int(image.bytesPerLine()), 0, 0, 0 };
    sws_scale(sws, frame->data, frame->linesize, 0, frame->height, out, stride);
    sws_freeContext(sws);
    return image;
}

double meanDifference(const QImage &a, const QImage &b)
{
    REQUIRE(a.size() == b.size());
    double total = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto *p = reinterpret_cast<const QRgb *>(a.constScanLine(y));
        const auto *q = reinterpret_cast<const QRgb *>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x)
            total += std::abs(qRed(p[x]) - qRed(q[x])) + std::abs(qGreen(p[x]) - qGreen(q[x]))
                + std::abs(qBlue(p[x]) - qBlue(q[x]));
    }
    return total / (3.0 * a.width() * a.height());
}

} // namespace

TEST_CASE("every way to the tile's size shows the same picture as a careful scaling",
          "[video][converter]")
{
    struct Case
    {
        QSize source;
        QSize tile;
        const char *what;
    };
    const Case cases[] = {
        { { 1920, 1080 }, { 956, 538 }, "1080p in a 2x2 tile: halved, then its border cut" },
        { { 1920, 1080 }, { 476, 268 }, "1080p in a 4x4 tile: halved twice, then its border cut" },
        { { 1280, 720 }, { 636, 358 }, "720p in a 3x3 tile" },
        { { 640, 360 }, { 476, 268 }, "a sub-stream in a 4x4 tile: resampled" },
        { { 640, 360 }, { 352, 198 }, "a sub-stream in a 5x5 tile: resampled by nearly half" },
        { { 704, 576 }, { 473, 387 }, "odd sizes: the chroma rounds up" },
        { { 704, 576 }, { 327, 268 }, "4CIF (4:3) in a 4x4 tile: halved, then resampled" },
        { { 1280, 720 }, { 896, 504 }, "720p in a 1+5 large tile: resampled" },
        { { 1920, 1080 }, { 1916, 1078 }, "1080p full screen: border cut only" },
        { { 1920, 1080 }, { 700, 394 }, "1080p in an odd tile: halved, then resampled" },
        { { 1000, 562 }, { 400, 225 }, "below half, and not halvable: swscale" },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        FramePtr card = testCard(c.source.width(), c.source.height());
        FrameConverter converter;
        auto frame = converter.convert(card.get(), c.tile);
        REQUIRE(frame);
        CHECK(frame->image.size() == c.tile);
        CHECK(frame->sourceSize == c.source);
        // Mean error per channel against bicubic scaling, in levels of 255: a shifted, stretched
        // or discoloured picture is tens of levels off.
        CHECK(meanDifference(frame->image, reference(card.get(), c.tile)) < 3.0);
        // The bright square is where it should be, and white.
        const QColor inside = frame->image.pixelColor(c.tile.width() / 4, c.tile.height() / 2);
        CHECK(inside.lightness() > 220);
        CHECK(std::abs(inside.red() - inside.blue()) < 40);
    }
}

TEST_CASE("converted pictures reuse their buffers and outlive the converter", "[video][converter]")
{
    FramePtr card = testCard(1280, 720);
    std::shared_ptr<vigie::video::VideoFrame> kept;
    {
        FrameConverter converter;
        const uchar *first = nullptr;
        {
            auto frame = converter.convert(card.get(), { 636, 358 });
            REQUIRE(frame);
            first = frame->image.constBits();
        }
        // The next picture takes the buffer the first one gave back.
        auto second = converter.convert(card.get(), { 636, 358 });
        REQUIRE(second);
        CHECK(second->image.constBits() == first);
        kept = converter.convert(card.get(), { 320, 180 });
        REQUIRE(kept);
        CHECK(converter.rebuilds() == 2);
    }
    // The converter is gone; its last picture is still whole (LeakSanitizer checks the rest).
    CHECK(kept->image.size() == QSize(320, 180));
    CHECK(kept->image.pixelColor(80, 90).lightness() > 220);
}
