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

TEST_CASE("cameras with a zone are grouped by owner and zone, and found by their street",
          "[tree][directory]")
{
    cameras::CameraStatusBoard board;
    QList<cameras::Camera> list;
    const auto add = [&](int number, const char *name, const char *zone, const char *address,
                         cameras::CameraOwner owner) {
        cameras::Camera c;
        c.number = number;
        c.name = QString::fromUtf8(name);
        c.zone = QString::fromUtf8(zone);
        c.address = QString::fromUtf8(address);
        c.owner = owner;
        if (owner == cameras::CameraOwner::Bailleur)
            c.convention = QStringLiteral("HSH-2025-017");
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        list.append(c);
    };
    add(1, "Parvis", "Centre-ville", "place de l'Hôtel de Ville", cameras::CameraOwner::Commune);
    add(2, "Marché", "Centre-ville", "place du Marché", cameras::CameraOwner::Commune);
    add(3, "Hall A", "Le Noyer-Doré", "12 rue Paul Bert", cameras::CameraOwner::Bailleur);
    add(4, "Gymnase", "", "", cameras::CameraOwner::Commune);
    board.setCameras(list);
    widgets::CameraTree tree(&board, {});

    QAbstractItemModel *model = tree.view()->model();
    QStringList top;
    for (int row = 0; row < model->rowCount(); ++row)
        top.append(model->data(model->index(row, 0)).toString());
    CHECK(top.contains(QStringLiteral("Commune")));
    CHECK(top.contains(QStringLiteral("Bailleur (convention HSH-2025-017)")));
    const QModelIndex commune = model->index(int(top.indexOf(QStringLiteral("Commune"))), 0);
    REQUIRE(model->rowCount(commune) == 1);
    const QModelIndex centre = model->index(0, 0, commune);
    CHECK(model->data(centre).toString() == QStringLiteral("Centre-ville"));
    CHECK(model->rowCount(centre) == 2);
    CHECK(tree.visibleCameraCount() == 4);

    tree.searchField()->setText(QStringLiteral("paul bert"));
    CHECK(tree.visibleCameraCount() == 1);
    tree.searchField()->setText(QStringLiteral("centre-ville"));
    CHECK(tree.visibleCameraCount() == 2); // the zone matches: its cameras show
    tree.searchField()->setText(QStringLiteral("004"));
    CHECK(tree.visibleCameraCount() == 1);
}

TEST_CASE("a directory change updates a 2,000-camera tree in place: the operator's search, "
          "selection, collapsed zone and scroll position stay",
          "[tree][directory]")
{
    // Twenty zones of a hundred cameras, as the bench's directory.
    QList<cameras::Camera> list;
    for (int n = 1; n <= 2000; ++n) {
        cameras::Camera c;
        c.number = n;
        c.name = QStringLiteral("Rue %1").arg(n);
        c.zone = QStringLiteral("Quartier %1").arg((n - 1) / 100 + 1, 2, 10, QLatin1Char('0'));
        c.mainUrl = QUrl(QStringLiteral("rtsp://127.0.0.1:1/x"));
        list.append(c);
    }
    cameras::CameraStatusBoard board;
    board.setCameras(list);
    widgets::CameraTree tree(&board, {});
    tree.resize(300, 600);
    tree.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tree));
    QTreeView *view = tree.view();
    const QAbstractItemModel *model = view->model();
    const auto indexOf = [&](int number) {
        return model
            ->match(model->index(0, 0), Qt::UserRole + 1, number, 1,
                    Qt::MatchExactly | Qt::MatchRecursive)
            .value(0);
    };
    // The operator: zone 03 collapsed, searching "rue 1" (1, 10-19, 100-199, 1000-1999...),
    // camera 1500 selected, scrolled to it.
    const QModelIndex owner = model->index(0, 0);
    view->collapse(model->index(2, 0, owner));
    tree.searchField()->setText(QStringLiteral("rue 1"));
    const int found = tree.visibleCameraCount();
    view->selectionModel()->select(indexOf(1500), QItemSelectionModel::ClearAndSelect);
    view->scrollTo(indexOf(1500), QAbstractItemView::PositionAtTop);
    const QModelIndex top = view->indexAt(QPoint(1, 1));
    REQUIRE(top.data(Qt::UserRole + 1).toInt() == 1500);

    // Above the view: 12 moved to zone 20 (still matching), 150 retired, a new 2001 "Rue 1bis"
    // in zone 01; 1500 itself renamed "Rue 1500 bis".
    QList<cameras::Camera> changed;
    cameras::Camera moved = list[11];
    moved.zone = QStringLiteral("Quartier 20");
    changed.append(moved);
    cameras::Camera added = list[0];
    added.number = 2001;
    added.name = QStringLiteral("Rue 1bis");
    changed.append(added);
    cameras::Camera renamed = list[1499];
    renamed.name = QStringLiteral("Rue 1500 bis");
    changed.append(renamed);
    board.updateCameras(changed, { 150 });
    tree.updateCameras({ 12, 2001, 1500, 150 }, {});

    CHECK(tree.searchField()->text() == QStringLiteral("rue 1"));
    CHECK(tree.visibleCameraCount() == found); // 150 gone, 2001 come
    CHECK(tree.selectedCameras() == QList<int> { 1500 });
    CHECK(view->indexAt(QPoint(1, 1)).data(Qt::UserRole + 1).toInt() == 1500);
    CHECK(indexOf(1500).data().toString() == QStringLiteral("1500 Rue 1500 bis"));
    CHECK_FALSE(indexOf(150).isValid());
    CHECK(indexOf(12).parent().data().toString() == QStringLiteral("Quartier 20"));
    CHECK(indexOf(2001).parent().data().toString() == QStringLiteral("Quartier 01"));
    CHECK_FALSE(view->isExpanded(model->index(2, 0, owner)));
    CHECK(view->isExpanded(model->index(0, 0, owner)));
}
