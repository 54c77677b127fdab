// Whether a compressed picture is one that later pictures are predicted from, read from its NAL
// headers (H.264, H.265). The governor's first shedding step skips the other pictures; a camera
// that sends none (most CCTV cameras: I and P pictures only, every P a reference) gains nothing
// from that step, so the governor must know before it spends a step on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>

namespace vigie::video {

enum class NalCodec { H264, H265 };

// How the NAL units of a stream's packets are delimited, from the codec's extradata: 0 for
// Annex B start codes (RTSP, raw streams, MPEG-TS), else the size of the big-endian length in
// front of each unit (1 to 4 bytes, from an avcC or hvcC record: MP4, Matroska).
int nalLengthSize(NalCodec codec, const uint8_t *extradata, size_t size);

// true: a reference picture; false: no other picture refers to it (H.264 nal_ref_idc 0, H.265
// a sub-layer non-reference type); nullopt: no picture NAL in the packet (parameter sets only,
// garbage, cut short). Reads headers only, never past size.
std::optional<bool> isReferencePicture(NalCodec codec, const uint8_t *data, size_t size,
                                       int lengthSize);

// The share of non-reference pictures among the last 64 seen.
class ReferenceShare
{
public:
    static constexpr int kWindow = 64;
    static constexpr int kEnough = 16; // fewer pictures seen: unknown

    void add(bool reference);
    // 0..1, or -1 while fewer than kEnough pictures were seen.
    double nonReferenceShare() const;

private:
    uint64_t m_nonReference = 0; // bit i: the i-th last picture was non-reference
    int m_seen = 0;
};

} // namespace vigie::video
