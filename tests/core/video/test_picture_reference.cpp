// What the governor is told about a stream's pictures: which ones no other picture refers to,
// read from the NAL headers of H.264 and H.265 packets in both framings, and nothing believed
// from a packet that is garbage or cut short.
#include "core/video/picture_reference.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <catch2/catch.hpp>

using namespace vigie::video;

namespace {

const QByteArray kStart4("\x00\x00\x00\x01", 4);
const QByteArray kStart3("\x00\x00\x01", 3);

// A NAL unit: its header bytes, then a few payload bytes with no start code in them.
QByteArray nal(std::initializer_list<unsigned char> header)
{
    QByteArray unit;
    for (const unsigned char byte : header)
        unit.append(char(byte));
    return unit + QByteArray("\x88\x84\x21\xa0\x7f\x10", 6);
}

QByteArray annexB(const QList<QByteArray> &units)
{
    QByteArray out;
    bool first = true;
    for (const QByteArray &unit : units) {
        out += (first ? kStart4 : kStart3) + unit;
        first = false;
    }
    return out;
}

QByteArray lengthPrefixed(const QList<QByteArray> &units, int lengthSize)
{
    QByteArray out;
    for (const QByteArray &unit : units) {
        for (int i = lengthSize - 1; i >= 0; --i)
            out.append(char((unit.size() >> (8 * i)) & 0xFF));
        out += unit;
    }
    return out;
}

std::optional<bool> reference(NalCodec codec, const QByteArray &packet, int lengthSize = 0)
{
    return isReferencePicture(codec, reinterpret_cast<const uint8_t *>(packet.constData()),
                              size_t(packet.size()), lengthSize);
}

// H.264 headers: nal_ref_idc in bits 5-6, the type in bits 0-4.
const QByteArray kSps264 = nal({ 0x67, 0x64, 0x00, 0x1f });
const QByteArray kPps264 = nal({ 0x68, 0xee });
const QByteArray kSei264 = nal({ 0x06, 0x05 });
const QByteArray kIdr264 = nal({ 0x65 }); // ref_idc 3, IDR
const QByteArray kP264 = nal({ 0x41 }); // ref_idc 2, non-IDR slice
const QByteArray kB264 = nal({ 0x01 }); // ref_idc 0: nobody refers to it
// H.265 headers: the type in bits 1-6 of the first byte, temporal id + 1 in the second.
const QByteArray kVps265 = nal({ 0x40, 0x01 });
const QByteArray kSps265 = nal({ 0x42, 0x01 });
const QByteArray kIdr265 = nal({ 0x26, 0x01 }); // IDR_W_RADL (19)
const QByteArray kTrailR265 = nal({ 0x02, 0x01 }); // TRAIL_R (1)
const QByteArray kTrailN265 = nal({ 0x00, 0x01 }); // TRAIL_N (0)
const QByteArray kRaslN265 = nal({ 0x10, 0x01 }); // RASL_N (8)
const QByteArray kCra265 = nal({ 0x2a, 0x01 }); // CRA (21)

} // namespace

TEST_CASE("H.264: a picture's nal_ref_idc says whether others refer to it", "[video][nal]")
{
    CHECK(reference(NalCodec::H264, annexB({ kSps264, kPps264, kIdr264 })) == true);
    CHECK(reference(NalCodec::H264, annexB({ kSei264, kP264 })) == true);
    CHECK(reference(NalCodec::H264, annexB({ kSei264, kB264 })) == false);
    // The same pictures in MP4's framing, with 4- and 2-byte lengths.
    CHECK(reference(NalCodec::H264, lengthPrefixed({ kSei264, kB264 }, 4), 4) == false);
    CHECK(reference(NalCodec::H264, lengthPrefixed({ kSps264, kIdr264 }, 2), 2) == true);
    // Parameter sets alone are no picture.
    CHECK_FALSE(reference(NalCodec::H264, annexB({ kSps264, kPps264 })).has_value());
}

TEST_CASE("H.265: the sub-layer non-reference types are the ones nobody refers to", "[video][nal]")
{
    CHECK(reference(NalCodec::H265, annexB({ kVps265, kSps265, kIdr265 })) == true);
    CHECK(reference(NalCodec::H265, annexB({ kTrailR265 })) == true);
    CHECK(reference(NalCodec::H265, annexB({ kCra265 })) == true);
    CHECK(reference(NalCodec::H265, annexB({ kTrailN265 })) == false);
    CHECK(reference(NalCodec::H265, annexB({ kRaslN265 })) == false);
    CHECK(reference(NalCodec::H265, lengthPrefixed({ kVps265, kTrailN265 }, 4), 4) == false);
    CHECK_FALSE(reference(NalCodec::H265, annexB({ kVps265, kSps265 })).has_value());
}

TEST_CASE("garbage and packets cut short give no verdict and are never read past their end",
          "[video][nal]")
{
    CHECK_FALSE(reference(NalCodec::H264, QByteArray()).has_value());
    CHECK_FALSE(reference(NalCodec::H264, QByteArray("\x00\x00\x01", 3)).has_value());
    CHECK_FALSE(reference(NalCodec::H265, QByteArray("\x00\x00\x01\x02", 4)).has_value());
    // A length that runs past the packet: nothing after it is believed.
    QByteArray cut = lengthPrefixed({ kSei264, kB264 }, 4);
    cut[0] = char(0x7f);
    CHECK_FALSE(reference(NalCodec::H264, cut, 4).has_value());
    // The forbidden bit set: not a NAL header.
    CHECK_FALSE(reference(NalCodec::H264, annexB({ nal({ 0x81 }) })).has_value());
    // Every prefix of a real packet, and random bytes (under ASan: no read out of bounds).
    const QByteArray packet = annexB({ kSps264, kPps264, kSei264, kB264 });
    for (qsizetype n = 0; n <= packet.size(); ++n) {
        const auto verdict = reference(NalCodec::H264, packet.left(n));
        CHECK((!verdict || *verdict == false));
        reference(NalCodec::H264, packet.left(n), 4);
        reference(NalCodec::H265, packet.left(n), 1);
    }
    uint32_t seed = 20261203;
    for (int round = 0; round < 2000; ++round) {
        QByteArray noise(1 + round % 97, '\0');
        for (char &byte : noise) {
            seed = seed * 1664525u + 1013904223u;
            byte = char(seed >> 24);
        }
        for (const int lengthSize : { 0, 1, 2, 4 }) {
            reference(NalCodec::H264, noise, lengthSize);
            reference(NalCodec::H265, noise, lengthSize);
        }
    }
}

TEST_CASE("the packets' framing comes from the codec's extradata", "[video][nal]")
{
    auto lengthSize = [](NalCodec codec, const QByteArray &extradata) {
        return nalLengthSize(codec, reinterpret_cast<const uint8_t *>(extradata.constData()),
                             size_t(extradata.size()));
    };
    // avcC: version 1, profile, compatibility, level, 0xFC | (length size - 1).
    CHECK(lengthSize(NalCodec::H264, QByteArray("\x01\x64\x00\x1f\xff\xe1\x00\x10", 8)) == 4);
    CHECK(lengthSize(NalCodec::H264, QByteArray("\x01\x64\x00\x1f\xfd\xe1\x00\x10", 8)) == 2);
    // Annex B parameter sets, or nothing at all: start codes.
    CHECK(lengthSize(NalCodec::H264, annexB({ kSps264, kPps264 })) == 0);
    CHECK(lengthSize(NalCodec::H264, QByteArray()) == 0);
    // hvcC: the length size is in byte 21.
    QByteArray hvcc(23, '\0');
    hvcc[0] = 1;
    hvcc[21] = char(0x0f);
    CHECK(lengthSize(NalCodec::H265, hvcc) == 4);
    CHECK(lengthSize(NalCodec::H265, annexB({ kVps265, kSps265 })) == 0);
    CHECK(lengthSize(NalCodec::H265, hvcc.left(10)) == 0); // too short to be a record
}

TEST_CASE("the share of non-reference pictures is over the last 64, unknown before 16",
          "[video][nal]")
{
    ReferenceShare share;
    for (int i = 0; i < ReferenceShare::kEnough - 1; ++i)
        share.add(i % 3 == 0);
    CHECK(share.nonReferenceShare() < 0);
    share = ReferenceShare();
    // I B B P B B P...: two pictures in three are non-reference.
    for (int i = 0; i < 30; ++i)
        share.add(i % 3 == 0);
    CHECK(share.nonReferenceShare() == Approx(20.0 / 30.0));
    // A camera switched to I and P only: the old pictures leave the window.
    for (int i = 0; i < ReferenceShare::kWindow; ++i)
        share.add(true);
    CHECK(share.nonReferenceShare() == 0.0);
}
