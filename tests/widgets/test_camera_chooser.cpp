// The camera chooser F2 opens when no tile is focused: by number or name, from the keyboard.
#include "tests/support/test_support.h"
#include "widgets/camera_chooser.h"

#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

QList<cameras::Camera> someCameras()
{
    QList<cameras::Camera> list;
    for (const auto &[number, name, place] :
         { std::tuple { 12, "Hôtel de ville", "Place de l'Hôtel de ville" },
           std::tuple { 120, "Gare RER", "Avenue de la gare" },
           std::tuple { 125, "Marché", "Place du marché" },
           std::tuple { 7, "Parvis", "Parvis de l'église" } }) {
        cameras::Camera c;
        c.number = number;
        c.name = QString::fromUtf8(name);
        c.place = QString::fromUtf8(place);
        list.append(c);
    }
    return list;
}

} // namespace

TEST_CASE("the camera chooser finds a camera by its number or its name", "[chooser]")
{
    widgets::CameraChooser chooser(someCameras(), QStringLiteral("Sur quelle caméra ?"));
    chooser.show();
    REQUIRE(QTest::qWaitForWindowActive(&chooser));
    CHECK(chooser.matchCount() == 4);

    // The number typed whole comes first, before those it begins.
    QTest::keyClicks(chooser.searchField(), QStringLiteral("12"));
    CHECK(chooser.matchCount() == 3);
    QTest::keyClick(chooser.searchField(), Qt::Key_Return);
    CHECK(chooser.result() == QDialog::Accepted);
    CHECK(chooser.chosenCamera() == 12);
}

TEST_CASE("the camera chooser: a name without accents, Down, and Escape", "[chooser]")
{
    // Types `text`, then each key: the camera chosen (0 for none) and whether it is still open.
    auto choose = [](const QString &text, const QList<Qt::Key> &keys, int expectedMatches) {
        widgets::CameraChooser chooser(someCameras(), QString());
        chooser.show();
        REQUIRE(QTest::qWaitForWindowActive(&chooser));
        QTest::keyClicks(chooser.searchField(), text);
        CHECK(chooser.matchCount() == expectedMatches);
        for (const Qt::Key key : keys)
            QTest::keyClick(chooser.searchField(), key);
        return std::pair { chooser.chosenCamera(), chooser.isVisible() };
    };
    CHECK(choose(QStringLiteral("marche"), { Qt::Key_Enter }, 1) == std::pair { 125, false });
    CHECK(choose(QStringLiteral("place"), { Qt::Key_Down, Qt::Key_Return }, 2)
          == std::pair { 125, false });
    // Nothing to choose: Enter leaves it open, Escape cancels.
    CHECK(choose(QStringLiteral("zzz"), { Qt::Key_Return }, 0) == std::pair { 0, true });
    CHECK(choose(QStringLiteral("zzz"), { Qt::Key_Return, Qt::Key_Escape }, 0)
          == std::pair { 0, false });
}
