// The plate OCR reads a plate drawn in a plate-like font on a street-like picture, suggests
// nothing for a blank or noisy rectangle, and says in French when Tesseract has no French data.
#include "core/ocr/plate_picture.h"
#include "core/ocr/plate_reader.h"
#include "tests/support/plate_scene.h"
#include "tests/support/test_support.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace vigie;

TEST_CASE("the plate reader suggests a SIV plate drawn on a car, normalised", "[ocr]")
{
    const QRect plate(420, 380, 440, 96);
    const QImage scene = test::sceneWithPlate(QStringLiteral("AB-123-CD"), plate);
    ocr::PlateReader reader;
    REQUIRE(reader.load().ok());
    // The operator's rectangle is never exact: a margin of bumper around the plate.
    const auto read = reader.read(scene, plate.adjusted(-12, -10, 14, 9));
    REQUIRE(read.ok());
    REQUIRE(read.value().has_value());
    CHECK(read.value()->text == QStringLiteral("AB-123-CD"));
    CHECK(read.value()->confidence >= ocr::kMinimumConfidence);
}

TEST_CASE("the plate reader suggests an old FNI plate in its normalised form", "[ocr]")
{
    const QRect plate(300, 200, 520, 100);
    const QImage scene = test::sceneWithPlate(QStringLiteral("1234 AB 75"), plate);
    ocr::PlateReader reader;
    const auto read = reader.read(scene, plate.adjusted(-8, -8, 8, 8));
    REQUIRE(read.ok());
    REQUIRE(read.value().has_value());
    CHECK(read.value()->text == QStringLiteral("1234 AB 75"));
}

TEST_CASE("the plate reader reads a blurred, grainy sub-stream picture", "[ocr]")
{
    // A 640x360 sub-stream shown at 1280x720: half the detail, and a camera's grain at night.
    const QRect plate(420, 380, 440, 96);
    QImage scene = test::sceneWithPlate(QStringLiteral("EF-789-GH"), plate)
                       .scaled(640, 360, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                       .scaled(1280, 720, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QRandomGenerator grain(7);
    for (int y = 0; y < scene.height(); ++y) {
        for (int x = 0; x < scene.width(); ++x) {
            const QRgb c = scene.pixel(x, y);
            const int d = int(grain.bounded(41)) - 20;
            scene.setPixel(x, y,
                           qRgb(qBound(0, qRed(c) + d, 255), qBound(0, qGreen(c) + d, 255),
                                qBound(0, qBlue(c) + d, 255)));
        }
    }
    ocr::PlateReader reader;
    const auto read = reader.read(scene, plate.adjusted(-15, -12, 15, 12));
    REQUIRE(read.ok());
    REQUIRE(read.value().has_value());
    CHECK(read.value()->text == QStringLiteral("EF-789-GH"));
}

TEST_CASE("a rectangle with no plate in it gives no suggestion", "[ocr]")
{
    ocr::PlateReader reader;
    const QImage scene
        = test::sceneWithPlate(QStringLiteral("AB-123-CD"), QRect(420, 380, 440, 96));

    SECTION("the blank asphalt beside the car")
    {
        const auto read = reader.read(scene, QRect(20, 20, 400, 100));
        REQUIRE(read.ok());
        CHECK_FALSE(read.value().has_value());
    }
    SECTION("noise: a camera's grain at night")
    {
        QImage noise(480, 120, QImage::Format_RGB32);
        QRandomGenerator random(13);
        for (int y = 0; y < noise.height(); ++y)
            for (int x = 0; x < noise.width(); ++x) {
                const int v = int(random.bounded(256));
                noise.setPixel(x, y, qRgb(v, v, v));
            }
        const auto read = reader.read(noise, noise.rect());
        REQUIRE(read.ok());
        CHECK_FALSE(read.value().has_value());
    }
    SECTION("a rectangle outside the picture or too thin to hold a character")
    {
        const auto outside = reader.read(scene, QRect(2000, 2000, 300, 80));
        REQUIRE(outside.ok());
        CHECK_FALSE(outside.value().has_value());
        const auto thin = reader.read(scene, QRect(420, 380, 440, 3));
        REQUIRE(thin.ok());
        CHECK_FALSE(thin.value().has_value());
    }
}

TEST_CASE("the prepared picture holds the characters alone, black on white", "[ocr]")
{
    const QRect plate(420, 380, 440, 96);
    // The rectangle takes in the bumper: the car and the plate's frame are cleared.
    const QImage prepared = ocr::preparePlatePicture(
        test::sceneWithPlate(QStringLiteral("AB-123-CD"), plate), plate.adjusted(-30, -20, 30, 20));
    REQUIRE(prepared.format() == QImage::Format_Grayscale8);
    CHECK(prepared.height() == ocr::kPreparedCharacterHeight_px + 2 * ocr::kPreparedMargin_px);
    qint64 dark = 0, marginDark = 0;
    for (int y = 0; y < prepared.height(); ++y) {
        for (int x = 0; x < prepared.width(); ++x) {
            const int v = qGray(prepared.pixel(x, y));
            REQUIRE((v == 0 || v == 255));
            const bool margin = x < ocr::kPreparedMargin_px || y < ocr::kPreparedMargin_px
                || x >= prepared.width() - ocr::kPreparedMargin_px
                || y >= prepared.height() - ocr::kPreparedMargin_px;
            dark += v == 0;
            marginDark += margin && v == 0;
        }
    }
    CHECK(marginDark == 0);
    // Strokes, not a filled block: the bumper did not survive as a dark mass.
    CHECK(dark > 0);
    CHECK(dark * 2 < qint64(prepared.width()) * prepared.height());
    // Plain asphalt holds nothing to read.
    CHECK(ocr::preparePlatePicture(test::sceneWithPlate(QStringLiteral("AB-123-CD"), plate),
                                   QRect(20, 20, 400, 100))
              .isNull());
}

TEST_CASE("without Tesseract's French data the agent is told so in French", "[ocr][i18n]")
{
    QTemporaryDir empty; // a data folder without fra.traineddata
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    ocr::PlateReader reader(empty.path());
    const Status loaded = reader.load();
    REQUIRE_FALSE(loaded.ok());
    CHECK(loaded.error().contains(QStringLiteral("fra.traineddata")));
    CHECK(loaded.error().contains(QStringLiteral("tesseract-ocr-fra")));
    CHECK(loaded.error().contains(QStringLiteral("Lecture de plaque indisponible")));
    // Reading says the same, and keeps saying it without retrying Tesseract every time.
    const auto read = reader.read(QImage(100, 40, QImage::Format_RGB32), QRect(0, 0, 100, 40));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error() == loaded.error());
}
