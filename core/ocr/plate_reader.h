// Reads a plate from the rectangle an operator drags over a captured frame, with Tesseract
// (libtesseract, French data, one line, plate characters only). It only suggests: what it
// returns is offered to the agent, who accepts or corrects it; nothing is ever applied here.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QString>

#include <memory>
#include <optional>

namespace vigie::ocr {

struct PlateSuggestion
{
    QString text; // normalised when it matches a French format, else as read
    QString raw; // what Tesseract read, for the log and the agent's eye
    int confidence = 0; // Tesseract's mean confidence, 0..100
};

// Below this mean confidence Tesseract is guessing (noise, a blurred or partial plate): no
// suggestion rather than a wrong one the agent might accept out of haste.
inline constexpr int kMinimumConfidence = 55;

class PlateReader
{
    Q_DECLARE_TR_FUNCTIONS(vigie::ocr::PlateReader)

public:
    // dataPath: the folder holding fra.traineddata; empty for Tesseract's own (TESSDATA_PREFIX,
    // else the tesseract-ocr-fra package's folder).
    explicit PlateReader(QString dataPath = {});
    ~PlateReader();
    PlateReader(const PlateReader &) = delete;
    PlateReader &operator=(const PlateReader &) = delete;

    // Loads Tesseract on first use; fails with a French message when its French data is missing.
    Status load();

    // No suggestion (blank, noise, nothing plate-like) is an empty optional, not an error; the
    // result fails only when Tesseract cannot run. Not thread-safe: one read at a time, from
    // any one thread.
    Result<std::optional<PlateSuggestion>> read(const QImage &picture, const QRect &area);

private:
    struct Engine;
    QString m_dataPath;
    std::unique_ptr<Engine> m_engine;
    QString m_loadError;
};

} // namespace vigie::ocr
