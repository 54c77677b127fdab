#include "core/ocr/plate_reader.h"

#include "core/ocr/plate_picture.h"
#include "core/verbalisation/plate.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <tesseract/baseapi.h>

#include <vector>

Q_LOGGING_CATEGORY(lcOcr, "vigie.ocr")

namespace vigie::ocr {

namespace {

// Plates carry capitals, digits and separators only; anything else Tesseract is told not to see.
constexpr const char *kPlateCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789- ";
constexpr const char *kLanguage = "fra";

// Where the SIV shape (two letters, three digits, two letters) says a digit or a letter must
// stand, Tesseract's usual confusions on plates are undone: an O read in the number is a 0.
// SIV letters never include I, O or U, so a 0 or a 1 where a letter stands is left alone (the
// validator then refuses it rather than guessing).
QChar asDigit(QChar c)
{
    switch (c.unicode()) {
    case 'O':
    case 'Q':
    case 'D':
        return QLatin1Char('0');
    case 'I':
    case 'L':
        return QLatin1Char('1');
    case 'Z':
        return QLatin1Char('2');
    case 'S':
        return QLatin1Char('5');
    case 'G':
        return QLatin1Char('6');
    case 'B':
        return QLatin1Char('8');
    default:
        return c;
    }
}

QChar asLetter(QChar c)
{
    switch (c.unicode()) {
    case '2':
        return QLatin1Char('Z');
    case '5':
        return QLatin1Char('S');
    case '6':
        return QLatin1Char('G');
    case '8':
        return QLatin1Char('B');
    default:
        return c;
    }
}

// The reading as Tesseract gave it, then, when it has the seven characters of a SIV plate,
// with the confusions undone.
QStringList candidatesOf(const QString &raw)
{
    QStringList candidates { raw };
    QString compact;
    for (QChar c : raw)
        if (c.isLetterOrNumber())
            compact += c;
    if (compact.size() == 7) {
        QString siv = compact;
        for (int i = 0; i < 7; ++i)
            siv[i] = (i >= 2 && i <= 4) ? asDigit(siv[i]) : asLetter(siv[i]);
        if (siv != compact)
            candidates << siv;
    }
    return candidates;
}

// A French plate the register would accept, normalised; a reading that is no French plate is
// no suggestion (a foreign plate is typed by the agent, with its country).
std::optional<QString> plateFromReading(const QString &raw)
{
    for (const QString &candidate : candidatesOf(raw)) {
        const Result<verbalisation::Plate> plate = verbalisation::PlateRules::normalise(candidate);
        if (plate.ok())
            return plate.value().text;
    }
    return std::nullopt;
}

} // namespace

struct PlateReader::Engine
{
    tesseract::TessBaseAPI api;
};

PlateReader::PlateReader(QString dataPath) : m_dataPath(std::move(dataPath)) { }

PlateReader::~PlateReader()
{
    if (m_engine)
        m_engine->api.End();
}

Status PlateReader::load()
{
    if (m_engine)
        return Status::success();
    if (!m_loadError.isEmpty())
        return Status::failure(m_loadError);
    auto engine = std::make_unique<Engine>();
    // Dictionaries pull a plate towards French words ("AB-123-CD" read as a word): off. These
    // can only be set at initialisation.
    std::vector<std::string> names { "load_system_dawg", "load_freq_dawg", "debug_file" };
    std::vector<std::string> values { "0", "0", "/dev/null" };
    const QByteArray path = QFile::encodeName(m_dataPath);
    const int failed
        = engine->api.Init(m_dataPath.isEmpty() ? nullptr : path.constData(), kLanguage,
                           tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false);
    if (failed != 0) {
        const QString where = m_dataPath.isEmpty() ? tr("Tesseract's data folder")
                                                   : QDir::toNativeSeparators(m_dataPath);
        m_loadError = tr("Plate reading is unavailable: Tesseract's French data "
                         "(fra.traineddata) is missing from %1. Install the tesseract-ocr-fra "
                         "package. The plate can still be typed.")
                          .arg(where);
        qCWarning(lcOcr).noquote() << m_loadError;
        return Status::failure(m_loadError);
    }
    engine->api.SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    engine->api.SetVariable("tessedit_char_whitelist", kPlateCharacters);
    m_engine = std::move(engine);
    return Status::success();
}

Result<std::optional<PlateSuggestion>> PlateReader::read(const QImage &picture, const QRect &area)
{
    if (Status loaded = load(); !loaded)
        return loaded;
    const QImage prepared = preparePlatePicture(picture, area);
    if (prepared.isNull())
        return std::optional<PlateSuggestion>();

    tesseract::TessBaseAPI &api = m_engine->api;
    api.SetImage(prepared.constBits(), prepared.width(), prepared.height(), 1,
                 int(prepared.bytesPerLine()));
    api.SetSourceResolution(300); // the prepared picture's characters are about 8 mm at 300 dpi
    const std::unique_ptr<char[]> text(api.GetUTF8Text());
    const int confidence = api.MeanTextConf();
    api.Clear();

    const QString raw = QString::fromUtf8(text.get()).simplified();
    // The plate itself stays out of the log: personal data, kept only on the ticket.
    qCDebug(lcOcr) << "read" << raw.size() << "characters, confidence" << confidence;
    if (raw.isEmpty() || confidence < kMinimumConfidence)
        return std::optional<PlateSuggestion>();
    std::optional<QString> plate = plateFromReading(raw);
    if (!plate)
        return std::optional<PlateSuggestion>();
    return std::optional<PlateSuggestion>(PlateSuggestion { *plate, raw, confidence });
}

} // namespace vigie::ocr
