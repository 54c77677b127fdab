#include "core/video/picture_reference.h"

#include <bit>

namespace vigie::video {

namespace {

// The picture NAL's verdict from its header bytes, nullopt for a NAL that is no picture.
std::optional<bool> pictureVerdict(NalCodec codec, const uint8_t *nal, size_t size)
{
    if (size < 1 || (nal[0] & 0x80))
        return std::nullopt; // forbidden_zero_bit set: not a NAL header
    if (codec == NalCodec::H264) {
        const int type = nal[0] & 0x1F;
        if (type < 1 || type > 5)
            return std::nullopt;
        return (nal[0] & 0x60) != 0; // nal_ref_idc
    }
    if (size < 2)
        return std::nullopt;
    const int type = (nal[0] >> 1) & 0x3F;
    if (type > 31)
        return std::nullopt; // not VCL (VPS, SPS, PPS, SEI, AUD...)
    // TRAIL_N, TSA_N, STSA_N, RADL_N, RASL_N and the reserved RSV_VCL_N10/12/14: even types
    // below 16 are sub-layer non-reference pictures; IRAP and the _R types are referenced.
    return !(type < 16 && type % 2 == 0);
}

// The offset of the byte after the next 00 00 01 at or after from, or size.
size_t afterStartCode(const uint8_t *data, size_t size, size_t from)
{
    for (size_t i = from; i + 3 <= size; ++i) {
        if (data[i + 2] > 1) {
            i += 2; // none of the three bytes can end a start code here
            continue;
        }
        if (data[i] == 0 && data[i + 1] == 0 && data[i + 2] == 1)
            return i + 3;
    }
    return size;
}

} // namespace

int nalLengthSize(NalCodec codec, const uint8_t *extradata, size_t size)
{
    if (!extradata || size < 4)
        return 0;
    if (extradata[0] == 0 && extradata[1] == 0 && (extradata[2] == 1 || extradata[2] == 0))
        return 0; // starts with a start code: Annex B parameter sets
    if (codec == NalCodec::H264) {
        // avcC: version 1, profile, compatibility, level, 6 bits 1 + lengthSizeMinusOne.
        if (extradata[0] != 1 || size < 7)
            return 0;
        return (extradata[4] & 0x03) + 1;
    }
    // hvcC: 22 bytes of profile and format, then 6 bits + lengthSizeMinusOne (byte 21).
    if (size < 23)
        return 0;
    return (extradata[21] & 0x03) + 1;
}

std::optional<bool> isReferencePicture(NalCodec codec, const uint8_t *data, size_t size,
                                       int lengthSize)
{
    if (!data)
        return std::nullopt;
    if (lengthSize > 0) {
        size_t at = 0;
        while (at + size_t(lengthSize) <= size) {
            size_t length = 0;
            for (int i = 0; i < lengthSize; ++i)
                length = (length << 8) | data[at + size_t(i)];
            at += size_t(lengthSize);
            if (length == 0 || length > size - at)
                return std::nullopt; // a broken length: nothing after it can be trusted
            if (const auto verdict = pictureVerdict(codec, data + at, length))
                return verdict;
            at += length;
        }
        return std::nullopt;
    }
    size_t at = afterStartCode(data, size, 0);
    while (at < size) {
        const size_t next = afterStartCode(data, size, at);
        // The unit runs up to the next start code (its zero bytes included: harmless here).
        const size_t end = next == size ? size : next - 3;
        if (const auto verdict = pictureVerdict(codec, data + at, end - at))
            return verdict;
        at = next;
    }
    return std::nullopt;
}

void ReferenceShare::add(bool reference)
{
    m_nonReference = (m_nonReference << 1) | (reference ? 0 : 1);
    if (m_seen < kWindow)
        ++m_seen;
}

double ReferenceShare::nonReferenceShare() const
{
    if (m_seen < kEnough)
        return -1;
    const uint64_t mask = m_seen >= 64 ? ~uint64_t(0) : (uint64_t(1) << m_seen) - 1;
    return double(std::popcount(m_nonReference & mask)) / m_seen;
}

} // namespace vigie::video
