#include "core/ocr/plate_picture.h"

#include <array>
#include <cmath>
#include <cstring>
#include <vector>

namespace vigie::ocr {

namespace {

constexpr int kMinimumArea_px = 8; // a rectangle smaller than this on a side holds no plate

// The EU band and the regional badge are saturated blue: read as dark, they become a spurious
// character at either end. A grey that is clearly bluer than it is red or green is background.
bool isPlateBlue(QRgb pixel)
{
    const int r = qRed(pixel), g = qGreen(pixel), b = qBlue(pixel);
    return b > 90 && b - r > 50 && b - g > 30;
}

QImage greyWithoutBlue(const QImage &crop)
{
    const QImage rgb = crop.convertToFormat(QImage::Format_RGB32);
    QImage grey(rgb.size(), QImage::Format_Grayscale8);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *in = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        uchar *out = grey.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x)
            out[x] = isPlateBlue(in[x]) ? 255 : uchar(qGray(in[x]));
    }
    return grey;
}

// Dark regions that touch the rectangle's edge are the car around the plate, the plate's own
// frame or a shadow: the characters stand free inside the plate. Turned to background.
void clearEdgeRegions(QImage &binary)
{
    const int w = binary.width(), h = binary.height();
    std::vector<QPoint> stack;
    auto seed = [&](int x, int y) {
        if (binary.constScanLine(y)[x] == 0) {
            binary.scanLine(y)[x] = 255;
            stack.emplace_back(x, y);
        }
    };
    for (int x = 0; x < w; ++x) {
        seed(x, 0);
        seed(x, h - 1);
    }
    for (int y = 0; y < h; ++y) {
        seed(0, y);
        seed(w - 1, y);
    }
    while (!stack.empty()) {
        const QPoint p = stack.back();
        stack.pop_back();
        if (p.x() > 0)
            seed(p.x() - 1, p.y());
        if (p.x() < w - 1)
            seed(p.x() + 1, p.y());
        if (p.y() > 0)
            seed(p.x(), p.y() - 1);
        if (p.y() < h - 1)
            seed(p.x(), p.y() + 1);
    }
}

// The smallest rectangle holding every dark pixel; null when there is none.
QRect darkBounds(const QImage &binary)
{
    int left = binary.width(), right = -1, top = binary.height(), bottom = -1;
    for (int y = 0; y < binary.height(); ++y) {
        const uchar *line = binary.constScanLine(y);
        for (int x = 0; x < binary.width(); ++x) {
            if (line[x] != 0)
                continue;
            left = std::min(left, x);
            right = std::max(right, x);
            top = std::min(top, y);
            bottom = std::max(bottom, y);
        }
    }
    return right < 0 ? QRect() : QRect(QPoint(left, top), QPoint(right, bottom));
}

} // namespace

int otsuThreshold(const QImage &grey)
{
    std::array<qint64, 256> histogram {};
    for (int y = 0; y < grey.height(); ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            ++histogram[line[x]];
    }
    const qint64 total = qint64(grey.width()) * grey.height();
    double sumAll = 0;
    for (int i = 0; i < 256; ++i)
        sumAll += double(i) * double(histogram[i]);
    double sumBelow = 0, best = -1;
    qint64 below = 0;
    int threshold = 127;
    for (int t = 0; t < 256; ++t) {
        below += histogram[t];
        if (below == 0)
            continue;
        const qint64 above = total - below;
        if (above == 0)
            break;
        sumBelow += double(t) * double(histogram[t]);
        const double meanBelow = sumBelow / double(below);
        const double meanAbove = (sumAll - sumBelow) / double(above);
        const double between = double(below) * double(above) * std::pow(meanBelow - meanAbove, 2);
        if (between > best) {
            best = between;
            threshold = t;
        }
    }
    return threshold;
}

QImage preparePlatePicture(const QImage &picture, const QRect &area)
{
    const QRect crop = area.normalized().intersected(picture.rect());
    if (crop.width() < kMinimumArea_px || crop.height() < kMinimumArea_px)
        return {};
    QImage grey = greyWithoutBlue(picture.copy(crop));
    const int width = std::max(
        1, int(std::lround(double(grey.width()) * kPreparedPlateHeight_px / grey.height())));
    grey = grey.scaled(width, kPreparedPlateHeight_px, Qt::IgnoreAspectRatio,
                       Qt::SmoothTransformation);

    const int threshold = otsuThreshold(grey);
    qint64 dark = 0;
    for (int y = 0; y < grey.height(); ++y) {
        uchar *line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x) {
            line[x] = line[x] <= threshold ? 0 : 255;
            dark += line[x] == 0;
        }
    }
    // Characters cover less of a plate than its background: a picture mostly dark is a light-on-
    // dark plate (some foreign and old black plates), turned round so that Tesseract reads dark
    // on light.
    if (dark * 2 > qint64(grey.width()) * grey.height())
        grey.invertPixels();
    clearEdgeRegions(grey);
    // What is left is the line of characters: brought to the height Tesseract reads best,
    // whatever share of the rectangle the plate took.
    const QRect characters = darkBounds(grey);
    if (characters.height() < kMinimumArea_px / 2)
        return {};
    grey = grey.copy(characters);
    const int scaledWidth = std::max(
        1, int(std::lround(double(grey.width()) * kPreparedCharacterHeight_px / grey.height())));
    grey = grey.scaled(scaledWidth, kPreparedCharacterHeight_px, Qt::IgnoreAspectRatio,
                       Qt::SmoothTransformation);
    for (int y = 0; y < grey.height(); ++y) {
        uchar *line = grey.scanLine(y);
        for (int x = 0; x < grey.width(); ++x)
            line[x] = line[x] < 128 ? 0 : 255;
    }

    QImage framed(grey.width() + 2 * kPreparedMargin_px, grey.height() + 2 * kPreparedMargin_px,
                  QImage::Format_Grayscale8);
    framed.fill(255);
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(framed.scanLine(y + kPreparedMargin_px) + kPreparedMargin_px,
                    grey.constScanLine(y), size_t(grey.width()));
    return framed;
}

} // namespace vigie::ocr
