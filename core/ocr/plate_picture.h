// The picture Tesseract reads a plate from: the operator's rectangle cropped, the blue EU band
// turned to background, grey, scaled up, black on white by Otsu's threshold; then what touches
// the rectangle's edge (the car, the plate's frame) cleared, and the characters left brought to
// the height Tesseract reads best, with a white margin.
#pragma once

#include <QImage>
#include <QRect>

namespace vigie::ocr {

// The rectangle is first scaled to this height, so that thresholding works on enough pixels.
inline constexpr int kPreparedPlateHeight_px = 110;
// The characters' height in the prepared picture, where Tesseract's LSTM reads most reliably.
inline constexpr int kPreparedCharacterHeight_px = 64;
// Around the plate: Tesseract misreads characters that touch the picture's edge.
inline constexpr int kPreparedMargin_px = 20;

// An 8-bit greyscale picture, black characters on white; a null image when the rectangle does
// not meet the picture, is too small, or holds nothing dark free of its edges.
QImage preparePlatePicture(const QImage &picture, const QRect &area);

// Otsu's threshold of a greyscale picture's histogram (0..255).
int otsuThreshold(const QImage &grey);

} // namespace vigie::ocr
