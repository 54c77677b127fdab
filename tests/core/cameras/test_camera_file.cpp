// The camera directory's fields, retirement, and its import and export as CSV and JSON: what an
// administrator filling a CSU's directory meets, and what every other desk receives.
#include "core/access/reference_gate.h"
#include "core/cameras/camera_directory.h"
#include "core/cameras/camera_file.h"
#include "core/journal/journal.h"
#include "tests/core/cameras/directory_fixture.h"
#include "tests/support/test_support.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace vigie::cameras;
using vigie::test::DirectoryFixture;
using vigie::test::RecordsFixture;

namespace {

struct FileFixture : DirectoryFixture
{
    vigie::Result<CameraImport> import(const QByteArray &file, bool validOnly = false)
    {
        return CameraFile::import(directory, admin, file, validOnly);
    }
};

Camera mairie()
{
    Camera c;
    c.number = 21;
    c.name = QStringLiteral("Parvis de la mairie");
    c.zone = QStringLiteral("Centre-ville");
    c.address = QStringLiteral("Place de l'Hôtel de Ville, Antony");
    c.inseeCode = QStringLiteral("92002");
    c.latitude = 48.7543;
    c.longitude = 2.2975;
    c.bearingDeg = 135;
    c.owner = CameraOwner::Bailleur;
    c.convention = QStringLiteral("CONV-HSH-2025-04");
    c.verbalisation = true;
    c.mainUrl = QUrl(QStringLiteral("rtsp://10.1.0.21/main"));
    c.subUrl = QUrl(QStringLiteral("rtsp://10.1.0.21/sub"));
    return c;
}

const QByteArray kHeader = "numéro;nom;quartier;adresse;insee;latitude;longitude;direction;"
                           "propriétaire;convention;flux principal;conservation;verbalisation\n";

QByteArray line(int number, const QByteArray &rest = QByteArray())
{
    if (!rest.isEmpty())
        return QByteArray::number(number) + ';' + rest + '\n';
    return QByteArray::number(number) + ";Caméra " + QByteArray::number(number)
        + ";Centre;1 rue Jean Moulin;92002;48,75;2,29;90;commune;;rtsp://10.2.0."
        + QByteArray::number(number % 250) + "/" + QByteArray::number(number) + ";30;non\n";
}

int cameraRows(vigie::store::Database &db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM cameras")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("a camera keeps its zone, address, position, direction, owner and verbalisation, and "
          "every desk gets them",
          "[cameras][directory]")
{
    FileFixture f;
    REQUIRE(f.directory.addCamera(f.admin, mairie()).ok());
    const auto read = f.directory.byNumber(21);
    REQUIRE(read);
    CHECK(read->zone == QStringLiteral("Centre-ville"));
    CHECK(read->address == QStringLiteral("Place de l'Hôtel de Ville, Antony"));
    CHECK(read->latitude == 48.7543);
    CHECK(read->longitude == 2.2975);
    CHECK(read->bearingDeg == 135);
    CHECK(read->owner == CameraOwner::Bailleur);
    CHECK(read->convention == QStringLiteral("CONV-HSH-2025-04"));
    CHECK(read->verbalisation);
    CHECK_FALSE(read->retired);

    // Another desk whose administrator account is the same gets the camera through project().
    RecordsFixture other;
    for (const vigie::journal::Event &e : f.directoryEvents())
        REQUIRE(CameraDirectory::project(*other.db, e).ok());
    const auto copy = CameraDirectory(*other.db, other.journal).byNumber(21);
    REQUIRE(copy);
    CHECK(copy->zone == read->zone);
    CHECK(copy->address == read->address);
    CHECK(copy->latitude == read->latitude);
    CHECK(copy->bearingDeg == read->bearingDeg);
    CHECK(copy->owner == CameraOwner::Bailleur);
    CHECK(copy->convention == read->convention);
    CHECK(copy->verbalisation);

    // An event written before these fields existed still applies, with the defaults.
    vigie::journal::Event old = f.directoryEvents().constFirst();
    for (const char *key : { "zone", "address", "latitude", "longitude", "bearing_deg", "owner",
                             "convention", "verbalisation", "retired" })
        old.payload.remove(QLatin1String(key));
    old.payload.insert(QStringLiteral("number"), 22);
    old.payload.insert(QStringLiteral("main_url"), QStringLiteral("rtsp://10.1.0.22/main"));
    old.objectId = QStringLiteral("22");
    REQUIRE(CameraDirectory::apply(*f.db, old).ok());
    const auto older = f.directory.byNumber(22);
    REQUIRE(older);
    CHECK(older->owner == CameraOwner::Commune);
    CHECK(older->zone.isEmpty());
    CHECK_FALSE(older->latitude);
    CHECK_FALSE(older->retired);
}

TEST_CASE("the directory refuses a bad INSEE code, coordinates, direction or a bailleur without "
          "convention",
          "[cameras][directory]")
{
    FileFixture f;
    const auto refused = [&](auto change, const char *words) {
        Camera c = mairie();
        change(c);
        const vigie::Status added = f.directory.addCamera(f.admin, c).status();
        REQUIRE_FALSE(added.ok());
        CHECK(added.error().contains(QString::fromUtf8(words)));
    };
    refused([](Camera &c) { c.inseeCode = QStringLiteral("9200"); }, "INSEE");
    refused([](Camera &c) { c.inseeCode = QStringLiteral("20004"); }, "INSEE");
    refused([](Camera &c) { c.latitude = 91; }, "coordinates");
    refused([](Camera &c) { c.longitude.reset(); }, "coordinates");
    refused([](Camera &c) { c.bearingDeg = 360; }, "viewing direction");
    refused([](Camera &c) { c.convention.clear(); }, "convention");
    CHECK_FALSE(f.directory.byNumber(21));
    Camera corse = mairie();
    corse.inseeCode = QStringLiteral("2A004");
    CHECK(f.directory.addCamera(f.admin, corse).ok());
}

TEST_CASE("retiring a camera is a journaled change that keeps it and takes it off the walls",
          "[cameras][directory]")
{
    FileFixture f;
    REQUIRE(f.directory.addCamera(f.admin, mairie()).ok());
    const vigie::Status refused = f.directory.retireCamera(f.operatorUser, 21);
    REQUIRE_FALSE(refused.ok());
    CHECK_FALSE(f.directory.byNumber(21)->retired);

    REQUIRE(f.directory.retireCamera(f.admin, 21).ok());
    CHECK(f.directory.byNumber(21)->retired);
    CHECK(f.directory.cameras().size() == 1);
    CHECK(f.directory.inService().isEmpty());
    const auto events = f.directoryEvents();
    REQUIRE(events.size() == 2);
    CHECK(events[1].action == QStringLiteral("camera.retire"));
    CHECK(events[1].payload.value(QStringLiteral("retired")).toBool());
    CHECK_FALSE(f.directory.retireCamera(f.admin, 21).ok());
}

TEST_CASE("a CSV with French headers imports whole, one journaled change per camera",
          "[cameras][import]")
{
    FileFixture f;
    REQUIRE(f.directory.addCamera(f.admin, mairie()).ok());
    // A spreadsheet's export: byte order mark, CRLF, a quoted name holding the separator.
    const QByteArray file = "\xEF\xBB\xBF" + kHeader + line(1).replace('\n', "\r\n")
        + "2;\"Gare; quai 1\";Gare;Avenue de la Gare;92002;48,7561;2,3021;180;bailleur;"
          "CONV-12;rtsp://10.2.0.2/main;15;oui\n"
        + "21;Parvis de la mairie;Centre-ville;Place de l'Hôtel de Ville;92002;;;;bailleur;"
          "CONV-HSH-2025-04;rtsp://10.1.0.21/main;20;oui\n";
    const auto imported = f.import(file);
    REQUIRE(imported.ok());
    INFO(imported.value().report().join(QLatin1Char('\n')).toStdString());
    CHECK(imported.value().rejected.isEmpty());
    CHECK(imported.value().saved);
    CHECK(imported.value().added == 2);
    CHECK(imported.value().updated == 1);

    const auto gare = f.directory.byNumber(2);
    REQUIRE(gare);
    CHECK(gare->name == QStringLiteral("Gare; quai 1"));
    CHECK(gare->zone == QStringLiteral("Gare"));
    CHECK(gare->latitude == 48.7561);
    CHECK(gare->bearingDeg == 180);
    CHECK(gare->owner == CameraOwner::Bailleur);
    CHECK(gare->retentionDays == 15);
    CHECK(gare->verbalisation);
    // The existing camera is updated; its empty coordinates leave the known ones.
    CHECK(f.directory.byNumber(21)->retentionDays == 20);
    CHECK(f.directory.byNumber(21)->latitude == 48.7543);
    CHECK(f.directory.byNumber(21)->subUrl == mairie().subUrl);

    const auto events = f.directoryEvents();
    REQUIRE(events.size() == 4);
    CHECK(events[1].action == QStringLiteral("camera.add"));
    CHECK(events[2].action == QStringLiteral("camera.add"));
    CHECK(events[3].action == QStringLiteral("camera.change"));
    CHECK(events[3].user == QStringLiteral("admin"));
}

TEST_CASE("one bad line keeps the whole file out, unless the valid lines only are asked for",
          "[cameras][import]")
{
    FileFixture f;
    const QByteArray file
        = kHeader + line(1) + line(2, "Sans adresse;Centre;;92002;;;;;;;30;non") + line(3);
    const qint64 seq = f.journal.lastSeq();

    const auto whole = f.import(file);
    REQUIRE(whole.ok());
    CHECK_FALSE(whole.value().saved);
    REQUIRE(whole.value().rejected.size() == 1);
    CHECK(whole.value().rejected[0].line == 3);
    CHECK(whole.value().report().constFirst().startsWith(QStringLiteral("Line 3: ")));
    CHECK(f.directory.cameras().isEmpty());
    CHECK(f.journal.lastSeq() == seq);

    const auto valid = f.import(file, true);
    REQUIRE(valid.ok());
    CHECK(valid.value().saved);
    CHECK(valid.value().added == 2);
    CHECK(f.directory.cameras().size() == 2);
    CHECK_FALSE(f.directory.byNumber(2));
    CHECK(f.directoryEvents().size() == 2);
}

TEST_CASE("each refused line says why", "[cameras][import]")
{
    FileFixture f;
    Camera existing = mairie();
    existing.mainUrl = QUrl(QStringLiteral("rtsp://10.9.9.9/main"));
    REQUIRE(f.directory.addCamera(f.admin, existing).ok());
    const QByteArray rest = ";Centre;rue;92002;48,7;2,3;0;commune;;";
    const QByteArray file = kHeader + ";Sans numéro" + rest + "rtsp://10.3.0.1/a;30;non\n" // 2
        + "5;Doublon A" + rest + "rtsp://10.3.0.5/a;30;non\n" // 3
        + "5;Doublon B" + rest + "rtsp://10.3.0.5/b;30;non\n" // 4
        + "6;Même flux" + rest + "rtsp://10.9.9.9/main;30;non\n" // 5
        + "7;Fichier" + rest + "file:///etc/passwd;30;non\n" // 6
        + "8;Identifiants" + rest + "rtsp://admin:1234@10.3.0.8/a;30;non\n" // 7
        + "9;Trop longue" + rest + "rtsp://10.3.0.9/a;45;non\n" // 8
        + "10;Commune;Centre;rue;9200;48,7;2,3;0;commune;;rtsp://10.3.0.10/a;30;non\n" // 9
        + "11;Au pôle;Centre;rue;92002;98;2,3;0;commune;;rtsp://10.3.0.11/a;30;non\n" // 10
        + "12;Nord;Centre;rue;92002;abc;2,3;0;commune;;rtsp://10.3.0.12/a;30;non\n" // 11
        + "13;Bailleur;Centre;rue;92002;48,7;2,3;0;bailleur;;rtsp://10.3.0.13/a;30;non\n" // 12
        + "14;Trop de champs" + rest + "rtsp://10.3.0.14/a;30;non;en trop\n" // 13
        + "15;Bonne" + rest + "rtsp://10.3.0.15/a;30;non\n"; // 14
    const auto imported = f.import(file, true);
    REQUIRE(imported.ok());
    const QStringList report = imported.value().report();
    INFO(report.join(QLatin1Char('\n')).toStdString());
    REQUIRE(report.size() == 12);
    const auto says = [&](int index, int lineNumber, const char *words) {
        CHECK(imported.value().rejected[index].line == lineNumber);
        CHECK(report[index].contains(QString::fromUtf8(words)));
    };
    says(0, 2, "camera number is missing");
    says(1, 3, "also given on line 4");
    says(2, 4, "also given on line 3");
    says(3, 5, "already camera 21's");
    says(4, 6, "file");
    says(5, 7, "vigiectl camera credentials");
    says(6, 8, "45 days");
    says(7, 9, "INSEE");
    says(8, 10, "coordinates");
    says(9, 11, "coordinates");
    says(10, 12, "convention");
    says(11, 13, "14 fields");
    // Whoever wrote the reason (the file's reader, the directory's checks), it reads the same
    // way after "Line N: ": a small letter first.
    for (const QString &refused : report) {
        const QString reason = refused.section(QStringLiteral(": "), 1);
        INFO(refused.toStdString());
        CHECK(reason.at(0) == reason.at(0).toLower());
    }
    CHECK(imported.value().saved);
    CHECK(f.directory.cameras().size() == 2);
    CHECK(f.directory.byNumber(15));
    // The credentials went nowhere: not in the directory, not in the journal.
    for (const vigie::journal::Event &e : f.directoryEvents())
        CHECK_FALSE(QJsonDocument(e.payload).toJson().contains("1234"));
}

TEST_CASE("a broken file changes nothing and says what is wrong", "[cameras][import]")
{
    FileFixture f;
    const qint64 seq = f.journal.lastSeq();
    const auto broken = [&](const QByteArray &file, const char *words) {
        const auto imported = f.import(file, true);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.error().toStdString());
        CHECK(imported.error().contains(QString::fromUtf8(words)));
        CHECK(imported.error().contains(QStringLiteral("Nothing was changed")));
    };
    // Latin-1 from an old spreadsheet: "Caméra" with a lone 0xE9.
    broken(kHeader + "1;Cam\xE9ra;Centre;rue;92002;;;;commune;;rtsp://10.0.0.1/a;30;non\n",
           "UTF-8 text (line 2)");
    broken("[{\"number\": 1, \"name\": \"Gare\", \"main_url\": \"rtsp://10.0.0.1/a\"}, {\"numb",
           "JSON");
    broken(kHeader + "1;\"Gare;Centre;rue;92002;;;;commune;;rtsp://10.0.0.1/a;30;non\n",
           "quotes opened on line 2");
    broken("PK\x03\x04 binary zip header\n", "column");
    broken("nom;flux\nGare;rtsp://10.0.0.1/a\n", "camera number column");
    broken("{\"cameras\": 3}", "JSON");
    CHECK(f.directory.cameras().isEmpty());
    CHECK(f.journal.lastSeq() == seq);
}

TEST_CASE("an operator cannot import cameras", "[cameras][import][security]")
{
    FileFixture f;
    const auto refused = CameraFile::import(f.directory, f.operatorUser, kHeader + line(1), false);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("camera directory")));
    CHECK(f.directory.cameras().isEmpty());
    CHECK(f.journal.events(QStringLiteral("CSU-A"), f.journal.lastSeq() - 1, 1).constFirst().action
          == QStringLiteral("access.refused"));
}

TEST_CASE("2,000 cameras import in one go and reach another desk", "[cameras][import]")
{
    FileFixture f;
    QByteArray file = kHeader;
    for (int number = 1; number <= 2000; ++number)
        file += line(number);
    const auto imported = f.import(file);
    REQUIRE(imported.ok());
    INFO(imported.value().report().mid(0, 5).join(QLatin1Char('\n')).toStdString());
    CHECK(imported.value().rejected.isEmpty());
    CHECK(imported.value().added == 2000);
    CHECK(cameraRows(*f.db) == 2000);
    const auto events = f.directoryEvents();
    CHECK(events.size() == 2000);

    // The same file again updates every camera and adds none.
    const auto again = f.import(file);
    REQUIRE(again.ok());
    CHECK(again.value().updated == 2000);
    CHECK(again.value().added == 0);
    CHECK(cameraRows(*f.db) == 2000);

    RecordsFixture other;
    for (const vigie::journal::Event &e : events)
        REQUIRE(CameraDirectory::project(*other.db, e).ok());
    CHECK(cameraRows(*other.db) == 2000);
    const auto last = CameraDirectory(*other.db, other.journal).byNumber(2000);
    REQUIRE(last);
    CHECK(last->zone == QStringLiteral("Centre"));
    CHECK(last->address == QStringLiteral("1 rue Jean Moulin"));
}

TEST_CASE("an import by someone without the right on another desk is flagged there, not applied",
          "[cameras][import][security]")
{
    FileFixture f;
    REQUIRE(f.import(kHeader + line(1)).value().saved);
    // The same event under an operator's name: the other desk checks its author and refuses it.
    RecordsFixture other;
    const vigie::journal::Event event = f.directoryEvents().constFirst();
    vigie::journal::Event forged = event;
    forged.user = QStringLiteral("cmartin");
    REQUIRE(CameraDirectory::project(*other.db, forged).ok());
    CHECK(cameraRows(*other.db) == 0);
    CHECK(vigie::access::ReferenceGate::count(*other.db) == 1);
}

TEST_CASE("the exported directory imports back unchanged, as CSV and as JSON",
          "[cameras][import][export]")
{
    FileFixture f;
    REQUIRE(f.directory.addCamera(f.admin, mairie()).ok());
    Camera plain;
    plain.number = 3;
    plain.name = QStringLiteral("Quai \"nord\"; voie 2");
    plain.mainUrl = QUrl(QStringLiteral("http://10.0.0.3/mjpeg"));
    REQUIRE(f.directory.addCamera(f.admin, plain).ok());
    REQUIRE(f.directory.retireCamera(f.admin, 3).ok());
    const QList<Camera> before = f.directory.cameras();

    for (const QByteArray &file : { CameraFile::toCsv(before), CameraFile::toJson(before) }) {
        const auto read = CameraFile::read(file, f.directory);
        REQUIRE(read.ok());
        INFO(read.value().report().join(QLatin1Char('\n')).toStdString());
        CHECK(read.value().rejected.isEmpty());
        CHECK(read.value().updated == 2);
        REQUIRE(read.value().cameras.size() == 2);
        const Camera &quai = read.value().cameras[0];
        CHECK(quai.name == plain.name);
        CHECK(quai.retired);
        CHECK_FALSE(quai.latitude);
        const Camera &back = read.value().cameras[1];
        CHECK(back.zone == mairie().zone);
        CHECK(back.latitude == mairie().latitude);
        CHECK(back.bearingDeg == mairie().bearingDeg);
        CHECK(back.owner == CameraOwner::Bailleur);
        CHECK(back.convention == mairie().convention);
        CHECK(back.subUrl == mairie().subUrl);
        CHECK(back.verbalisation);
    }
}
