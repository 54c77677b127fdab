// The camera directory as the administrator uses it: the form (core's refusal beside its
// field, nothing typed lost, credentials to the keyring and never to the register), retiring,
// the import report before anything is written, export, ONVIF discovery against the simulator;
// and the same dialog refusing every change to an operator without the right.
#include "core/cameras/camera_file.h"
#include "core/cameras/camera_selections.h"
#include "core/cameras/camera_status_board.h"
#include "tests/core/cameras/directory_fixture.h"
#include "tests/support/onvif_simulator.h"
#include "translations/translator.h"
#include "widgets/camera_directory_dialog.h"
#include "widgets/camera_form.h"
#include "widgets/camera_groups_dialog.h"
#include "widgets/camera_import_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct DialogFixture : test::DirectoryFixture
{
    DialogFixture()
    {
        cameras::Camera c;
        c.number = 1;
        c.name = QStringLiteral("Parvis de la gare");
        c.zone = QStringLiteral("Centre");
        c.address = QStringLiteral("Place de la gare");
        c.inseeCode = QStringLiteral("92002");
        c.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.1/main"));
        REQUIRE(directory.addCamera(admin, c).ok());
        c.number = 2;
        c.name = QStringLiteral("Marché Saint-Saturnin");
        c.zone = QStringLiteral("Centre");
        c.address = QStringLiteral("Rue Auguste Mounié");
        c.mainUrl = QUrl(QStringLiteral("rtsp://10.0.0.2/main"));
        REQUIRE(directory.addCamera(admin, c).ok());
    }

    std::unique_ptr<widgets::CameraDirectoryDialog> dialogFor(const access::User &user)
    {
        auto dialog = std::make_unique<widgets::CameraDirectoryDialog>(
            widgets::DirectoryContext { directory, policy, journal, user });
        dialog->setConfirm([](const QString &) { return true; });
        return dialog;
    }

    // Everything the register holds on disk, the write-ahead log included.
    QByteArray registerBytes() const
    {
        QByteArray all;
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

    QString write(const QString &name, const QByteArray &data) const
    {
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(data);
        return file.fileName();
    }
};

void selectCamera(QTableWidget *table, int number)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text().startsWith(
                QStringLiteral("%1 ").arg(number, 3, 10, QLatin1Char('0'))))
            table->selectRow(row);
    }
}

int visibleRows(QTableWidget *table)
{
    int count = 0;
    for (int row = 0; row < table->rowCount(); ++row)
        count += table->isRowHidden(row) ? 0 : 1;
    return count;
}

} // namespace

TEST_CASE("the administrator adds a camera in the form: a refusal shows beside its field and "
          "nothing typed is lost; credentials never reach the register",
          "[directory][gui]")
{
    DialogFixture f;
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QLatin1String("fr"));
    auto dialog = f.dialogFor(f.admin);
    dialog->show();
    widgets::CameraForm *form = dialog->addCamera();
    REQUIRE(form);
    CHECK(form->field(QStringLiteral("number"))->text() == QStringLiteral("3"));
    form->field(QStringLiteral("name"))->setText(QStringLiteral("Parc Heller"));
    form->field(QStringLiteral("zone"))->setText(QStringLiteral("Parc Heller"));
    form->field(QStringLiteral("address"))->setText(QStringLiteral("Avenue du Bois de Verrières"));
    form->field(QStringLiteral("insee_code"))->setText(QStringLiteral("9200"));
    form->field(QStringLiteral("latitude"))->setText(QStringLiteral("48,7512"));
    form->field(QStringLiteral("longitude"))->setText(QStringLiteral("2.2921"));
    form->field(QStringLiteral("bearing_deg"))->setText(QStringLiteral("135"));
    form->field(QStringLiteral("main_url"))
        ->setText(QStringLiteral("rtsp://admin:S3cret-Heller@10.0.0.3:554/main"));
    form->field(QStringLiteral("sub_url"))->setText(QStringLiteral("rtsp://10.0.0.3:554/sub"));
    form->retention()->setValue(15);
    form->ptz()->setChecked(true);
    form->verbalisation()->setChecked(true);

    CHECK_FALSE(form->save());
    // Core's sentence, in French, beside the INSEE code; the rest of the form is as typed.
    CHECK(form->problemAt(QStringLiteral("insee_code")).contains(QStringLiteral("INSEE")));
    CHECK(form->problemAt(QStringLiteral("insee_code")).contains(QStringLiteral("commune")));
    CHECK(form->problemAt(QString()).isEmpty());
    CHECK(form->field(QStringLiteral("name"))->text() == QStringLiteral("Parc Heller"));
    CHECK(form->field(QStringLiteral("bearing_deg"))->text() == QStringLiteral("135"));
    CHECK_FALSE(f.directory.byNumber(3));

    // A bailleur's camera without its convention: the reason beside the convention.
    form->field(QStringLiteral("insee_code"))->setText(QStringLiteral("92002"));
    form->owner()->setCurrentIndex(form->owner()->findData(QStringLiteral("bailleur")));
    CHECK_FALSE(form->save());
    CHECK(form->problemAt(QStringLiteral("insee_code")).isEmpty());
    CHECK_FALSE(form->problemAt(QStringLiteral("convention")).isEmpty());
    form->owner()->setCurrentIndex(form->owner()->findData(QStringLiteral("commune")));

    // A number already taken.
    form->field(QStringLiteral("number"))->setText(QStringLiteral("2"));
    CHECK_FALSE(form->save());
    CHECK(form->problemAt(QStringLiteral("number")).contains(QStringLiteral("2")));
    form->field(QStringLiteral("number"))->setText(QStringLiteral("3"));

    QSignalSpy changed(dialog.get(), &widgets::CameraDirectoryDialog::directoryChanged);
    form->save(); // without a keyring here, the account is refused beside its field
    const auto saved = f.directory.byNumber(3);
    REQUIRE(saved);
    CHECK(changed.count() == 1);
    CHECK(saved->name == QStringLiteral("Parc Heller"));
    CHECK(saved->address == QStringLiteral("Avenue du Bois de Verrières"));
    CHECK(saved->latitude == 48.7512);
    CHECK(saved->bearingDeg == 135.0);
    CHECK(saved->retentionDays == 15);
    CHECK(saved->ptz);
    CHECK(saved->verbalisation);
    CHECK(saved->mainUrl.toString() == QStringLiteral("rtsp://10.0.0.3:554/main"));
    CHECK(saved->subUrl.toString() == QStringLiteral("rtsp://10.0.0.3:554/sub"));
    CHECK_FALSE(f.registerBytes().contains("S3cret-Heller"));
    CHECK(visibleRows(dialog->inServiceTable()) == 3);
    delete dialog->openForm();
}

TEST_CASE("an operator without the right is refused every change of the directory, in core",
          "[directory][gui]")
{
    DialogFixture f;
    auto dialog = f.dialogFor(f.operatorUser);
    widgets::CameraForm *form = dialog->addCamera();
    REQUIRE(form);
    form->field(QStringLiteral("name"))->setText(QStringLiteral("Caméra pirate"));
    form->field(QStringLiteral("main_url"))->setText(QStringLiteral("rtsp://10.6.6.6/main"));
    CHECK_FALSE(form->save());
    CHECK_FALSE(form->problemAt(QString()).isEmpty());
    CHECK(form->field(QStringLiteral("name"))->text() == QStringLiteral("Caméra pirate"));
    CHECK_FALSE(f.directory.byNumber(3));

    // Editing and retiring: the same wall.
    selectCamera(dialog->inServiceTable(), 1);
    form = dialog->editSelected();
    REQUIRE(form);
    form->field(QStringLiteral("name"))->setText(QStringLiteral("Renommée"));
    CHECK_FALSE(form->save());
    CHECK(f.directory.byNumber(1)->name == QStringLiteral("Parvis de la gare"));
    delete form;
    selectCamera(dialog->inServiceTable(), 1);
    dialog->retireSelected();
    CHECK_FALSE(f.directory.byNumber(1)->retired);
    CHECK_FALSE(dialog->statusText().isEmpty());

    // An import as well, even of a perfect file.
    const QString path = f.write(QStringLiteral("ok.csv"),
                                 "numero;nom;flux_principal\n7;Gymnase;rtsp://10.0.0.7/main\n");
    dialog->setOpenPath([&path] { return path; });
    dialog->importFile();
    REQUIRE(dialog->importPreview());
    dialog->importPreview()->importAllButton()->click();
    CHECK_FALSE(f.directory.byNumber(7));
    CHECK(dialog->statusText().contains(QStringLiteral("ok.csv")));
}

TEST_CASE("a retired camera leaves the list in service for the retired one, and is never "
          "deleted",
          "[directory][gui]")
{
    DialogFixture f;
    auto dialog = f.dialogFor(f.admin);
    CHECK(dialog->inServiceTable()->rowCount() == 2);
    CHECK(dialog->retiredTable()->rowCount() == 0);
    selectCamera(dialog->inServiceTable(), 2);
    dialog->retireSelected();
    CHECK(dialog->inServiceTable()->rowCount() == 1);
    REQUIRE(dialog->retiredTable()->rowCount() == 1);
    CHECK(dialog->retiredTable()->item(0, 0)->text()
          == QStringLiteral("002 Marché Saint-Saturnin"));
    REQUIRE(f.directory.byNumber(2));
    CHECK(f.directory.byNumber(2)->retired);

    // The search is the tree's: by number, name or street.
    dialog->setSearch(QStringLiteral("gare"));
    CHECK(visibleRows(dialog->inServiceTable()) == 1);
    dialog->setSearch(QStringLiteral("mounié"));
    CHECK(visibleRows(dialog->inServiceTable()) == 0);
    CHECK(visibleRows(dialog->retiredTable()) == 1);
    dialog->setSearch(QStringLiteral("001"));
    CHECK(visibleRows(dialog->inServiceTable()) == 1);
}

TEST_CASE("an import shows each refused line before writing anything, then imports whole or "
          "the valid lines only; a broken file changes nothing",
          "[directory][gui]")
{
    DialogFixture f;
    auto dialog = f.dialogFor(f.admin);
    const QString path = f.write(QStringLiteral("cameras.csv"),
                                 "numero;nom;quartier;flux_principal;conservation\n"
                                 "10;Mairie;Centre;rtsp://10.0.0.10/main;30\n"
                                 "11;Gymnase;Pajeaud;rtsp://10.0.0.11/main;45\n"
                                 "12;Parc;Centre;rtsp://10.0.0.12/main;20\n");
    dialog->setOpenPath([&path] { return path; });
    dialog->importFile();
    widgets::CameraImportDialog *preview = dialog->importPreview();
    REQUIRE(preview);
    REQUIRE(preview->rejectedList()->count() == 1);
    CHECK(preview->rejectedList()->item(0)->text().contains(QStringLiteral("3")));
    CHECK(preview->rejectedList()->item(0)->text().contains(QStringLiteral("30")));
    CHECK_FALSE(preview->importAllButton()->isEnabled());
    CHECK(f.directory.cameras().size() == 2); // nothing written yet
    preview->importValidButton()->click();
    CHECK(f.directory.byNumber(10));
    CHECK(f.directory.byNumber(12));
    CHECK_FALSE(f.directory.byNumber(11));
    CHECK(dialog->inServiceTable()->rowCount() == 4);

    // Cancelled: nothing.
    const QString good
        = f.write(QStringLiteral("good.json"),
                  R"([{"number": 20, "name": "Stade", "main_url": "rtsp://10.0.0.20/m"}])");
    dialog->setOpenPath([&good] { return good; });
    dialog->importFile();
    REQUIRE(dialog->importPreview());
    CHECK(dialog->importPreview()->importAllButton()->isEnabled());
    dialog->importPreview()->reject();
    CHECK_FALSE(f.directory.byNumber(20));
    dialog->importFile();
    dialog->importPreview()->importAllButton()->click();
    CHECK(f.directory.byNumber(20));

    const int before = static_cast<int>(f.directoryEvents().size());
    const QByteArray broken[] = {
        QByteArray("numero;nom;flux_principal\n30;Caf\xe9;rtsp://10.0.0.30/m\n"), // Latin-1
        QByteArray("numero;nom;flux_principal\n31;\"Quai;rtsp://10.0.0.31/m\n"), // unclosed quote
        QByteArray(R"([{"number": 32, "name": "Quai", "main_url": "rtsp://10.0.0.32/m"})"),
    };
    for (const QByteArray &data : broken) {
        const QString file = f.write(QStringLiteral("broken.csv"), data);
        dialog->setOpenPath([&file] { return file; });
        dialog->importFile();
        CAPTURE(data);
        CHECK(dialog->statusText().contains(QStringLiteral("broken.csv")));
        if (dialog->importPreview()) // a file read with a refused line: nothing imports whole
            CHECK_FALSE(dialog->importPreview()->importAllButton()->isEnabled());
        CHECK(f.directoryEvents().size() == before);
    }
}

TEST_CASE("the directory exports to CSV and JSON, retired cameras included, without credentials",
          "[directory][gui]")
{
    DialogFixture f;
    REQUIRE(f.directory.retireCamera(f.admin, 2).ok());
    auto dialog = f.dialogFor(f.admin);
    for (const QString &name : { QStringLiteral("export.csv"), QStringLiteral("export.json") }) {
        const QString path = f.dir.filePath(name);
        dialog->setSavePath([&path](const QString &) { return path; });
        dialog->exportFile();
        CHECK(dialog->statusText().contains(name));
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const auto read = cameras::CameraFile::read(file.readAll(), f.directory);
        REQUIRE(read.ok());
        CHECK(read.value().cameras.size() == 2);
        CHECK(read.value().rejected.isEmpty());
    }
    dialog->setSavePath(
        [&f](const QString &) { return f.dir.filePath(QStringLiteral("no/x.csv")); });
    dialog->exportFile();
    CHECK(dialog->statusText().contains(QStringLiteral("no/x.csv")));
}

TEST_CASE("an ONVIF camera discovered on the network is read and opens the form with its "
          "streams; a wrong password says so",
          "[directory][gui][onvif]")
{
    DialogFixture f;
    test::OnvifSimulator simulator;
    auto dialog = f.dialogFor(f.admin);
    dialog->setDiscoveryTarget(QHostAddress(QHostAddress::LocalHost), simulator.discoveryPort(),
                               1000);
    QSignalSpy found(dialog.get(), &widgets::CameraDirectoryDialog::discoveryFinished);
    dialog->discover();
    REQUIRE(found.wait(5000));
    REQUIRE(dialog->discoveredList()->count() == 1);
    CHECK(dialog->discoveredList()->item(0)->text().contains(QStringLiteral("DS-2CD2143G2-I")));

    QString wrongOrRight = QStringLiteral("wrong");
    dialog->setAskAccount([&](const QString &) {
        return widgets::CameraDirectoryDialog::Account { simulator.user,
                                                         wrongOrRight == QLatin1String("wrong")
                                                             ? QStringLiteral("nope")
                                                             : simulator.password };
    });
    QSignalSpy opened(dialog.get(), &widgets::CameraDirectoryDialog::formOpened);
    dialog->addDiscovered();
    REQUIRE(test::waitUntil(
        [&] { return dialog->statusText().contains(QStringLiteral("refused the user name")); },
        5000));
    CHECK(opened.isEmpty());

    // The device's own fault, with its reason.
    wrongOrRight = QStringLiteral("right");
    simulator.faults.insert(QStringLiteral("GetProfiles"), QStringLiteral("Profils verrouillés"));
    dialog->addDiscovered();
    REQUIRE(test::waitUntil(
        [&] { return dialog->statusText().contains(QStringLiteral("Profils verrouillés")); },
        5000));
    CHECK(opened.isEmpty());
    simulator.faults.clear();

    dialog->addDiscovered();
    REQUIRE(opened.wait(5000));
    widgets::CameraForm *form = dialog->openForm();
    REQUIRE(form);
    CHECK(form->field(QStringLiteral("main_url"))->text().contains(QStringLiteral("101")));
    CHECK(form->field(QStringLiteral("sub_url"))->text().contains(QStringLiteral("102")));
    CHECK(form->field(QStringLiteral("credentials_main"))->text() == simulator.user);
    // A PTZ device: its ONVIF address and account are there for the desk to steer it.
    CHECK(form->field(QStringLiteral("onvif_url"))
              ->text()
              .endsWith(QStringLiteral("/onvif/device_service")));
    CHECK(form->field(QStringLiteral("credentials_onvif"))->text() == simulator.user);
    CHECK(form->ptz()->isChecked());
    form->field(QStringLiteral("insee_code"))->setText(QStringLiteral("92002"));
    form->save();
    const auto added = f.directory.byNumber(3);
    REQUIRE(added);
    CHECK(added->mainUrl.toString().contains(QStringLiteral("Channels/101")));
    CHECK(added->subUrl.toString().contains(QStringLiteral("Channels/102")));
    CHECK(added->ptz);
    CHECK(added->onvifUrl.port() == simulator.httpPort());
    CHECK_FALSE(f.registerBytes().contains(simulator.password.toUtf8()));
    delete form;

    // Now in the directory: discovery lists it no more.
    dialog->discover();
    REQUIRE(found.wait(5000));
    CHECK(dialog->discoveredList()->count() == 0);
}

TEST_CASE("an operator's groups dialog creates, renames, fills, empties and deletes a group, and "
          "puts it on the wall",
          "[directory][gui][favourites]")
{
    DialogFixture f;
    cameras::CameraStatusBoard board;
    board.setCameras(f.directory.cameras());
    cameras::CameraSelections selections(*f.db, f.journal);
    QList<int> treeSelection { 2, 1 };
    widgets::CameraGroupsDialog dialog(selections, f.operatorUser, board,
                                       [&treeSelection] { return treeSelection; });
    QString name = QStringLiteral("Gare");
    dialog.setAskName([&name](const QString &) { return name; });

    dialog.createGroup();
    REQUIRE(dialog.groupList()->count() == 1);
    CHECK(dialog.groupList()->item(0)->text().contains(QStringLiteral("Gare")));
    REQUIRE(dialog.cameraList()->count() == 2);
    CHECK(dialog.cameraList()->item(0)->text() == QStringLiteral("002 Marché Saint-Saturnin"));
    // A second group of the same name is refused, and says so.
    dialog.createGroup();
    CHECK(dialog.groupList()->count() == 1);
    CHECK(dialog.statusText().contains(QStringLiteral("Gare")));

    name = QStringLiteral("Parvis");
    dialog.renameGroup();
    CHECK(dialog.groupList()->item(0)->text().startsWith(QStringLiteral("Parvis")));
    dialog.cameraList()->setCurrentRow(0);
    dialog.removeCamera();
    CHECK(dialog.cameraList()->count() == 1);
    treeSelection = { 2 };
    dialog.addSelected();
    CHECK(dialog.cameraList()->count() == 2);
    CHECK(selections.groups(f.operatorUser.login).value(0).cameras == QList<int> { 1, 2 });

    QSignalSpy wall(&dialog, &widgets::CameraGroupsDialog::wallRequested);
    dialog.putOnWall();
    REQUIRE(wall.count() == 1);
    CHECK(wall.first().first().value<QList<int>>() == QList<int> { 1, 2 });

    // Another operator sees none of them.
    widgets::CameraGroupsDialog other(selections, f.chef, board, [] { return QList<int> {}; });
    CHECK(other.groupList()->count() == 0);

    dialog.deleteGroup();
    CHECK(dialog.groupList()->count() == 0);
    CHECK(selections.groups(f.operatorUser.login).isEmpty());
}
