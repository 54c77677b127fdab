#include "core/cameras/camera_status_board.h"
#include "widgets/camera_mime.h"
#include "widgets/camera_tree.h"

#include "tests/support/test_support.h"
#include <QLineEdit>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct TreeFixture
{
    cameras::CameraStatusBoard board;
    std::unique_ptr<widgets::CameraTree> tree;

    TreeFixture()
    {
        QList<cameras::Camera> list;
        const char *names[] = { "Parvis de la gare", "Quai 1", "Mairie", "Parc Heller" };
        for (int n = 1; n <= 4; ++n) {
            cameras::Camera c;
            c.number = n;
            c.name = QString::fromUtf8(names[n - 1]);
            c.groupId = n <= 2 ? 1 : 2;
            c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
            list.append(c);
        }
        board.setCameras(list);
        tree = std::make_unique<widgets::CameraTree>(
            &board,
            QList<cameras::CameraGroup> { { 1, QStringLiteral("Gare"), 0 },
                                          { 2, QStringLiteral("Centre"), 0 } });
    }
};

} // namespace

TEST_CASE("searching filters cameras by name or number, groups included", "[tree]")
{
    TreeFixture f;
    CHECK(f.tree->visibleCameraCount() == 4);
    f.tree->searchField()->setText(QStringLiteral("quai"));
    CHECK(f.tree->visibleCameraCount() == 1);
    f.tree->searchField()->setText(QStringLiteral("003"));
    CHECK(f.tree->visibleCameraCount() == 1);
    f.tree->searchField()->setText(QStringLiteral("gare"));
    CHECK(f.tree->visibleCameraCount() == 2); // the group "Gare" matches: both its cameras show
    f.tree->searchField()->clear();
    CHECK(f.tree->visibleCameraCount() == 4);
}

TEST_CASE("Enter in the search field calls the first camera found", "[tree]")
{
    TreeFixture f;
    QSignalSpy activated(f.tree.get(), &widgets::CameraTree::cameraActivated);
    QTest::keyClicks(f.tree->searchField(), QStringLiteral("mairie"));
    QTest::keyClick(f.tree->searchField(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toInt() == 3);
}

TEST_CASE("dragging a group carries all its cameras", "[tree]")
{
    TreeFixture f;
    auto *model = f.tree->view()->model();
    const QModelIndex group = model->index(0, 0); // "Gare"
    REQUIRE(model->data(group).toString() == QStringLiteral("Gare"));
    std::unique_ptr<QMimeData> mime(model->mimeData({ group }));
    CHECK(widgets::camerasFromMime(mime.get()) == QList<int> { 1, 2 });
}
