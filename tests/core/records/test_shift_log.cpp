// A supervisor's shift log: what it holds, how it filters, and the CSV and PDF files.
#include "core/records/incident_typology.h"
#include "core/records/shift_log.h"
#include "core/records/snapshot_store.h"
#include "core/store/migrations.h"
#include "tests/core/records/records_fixture.h"
#include "translations/translator.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct ShiftLogFixture : test::RecordsFixture
{
    records::Shift shift;
    records::Incident gathering;
    records::Incident theft;

    ShiftLogFixture()
    {
        shift = shifts
                    .open(chef, access::ShiftSchedule::defaultSchedule(), QStringLiteral("kbenali"),
                          { { QStringLiteral("cmartin"), QStringLiteral("OP-0142"),
                              QStringLiteral("opérateur") } })
                    .value();
        gathering = incidents.create(operatorUser, routineDraft()).value();
        records::IncidentDraft d
            = routineDraft(QStringLiteral("=HYPERLINK(\"http://x\") vol à l'étalage"));
        d.category = QStringLiteral("property");
        d.subcategory = QStringLiteral("property.theft");
        d.cameraNumber = 2;
        now = now.addSecs(600);
        d.occurredAt = now;
        theft = incidents.create(chef, d).value();
        REQUIRE(shifts
                    .handOver(
                        chef, shift.id,
                        { QStringLiteral("Rappeler le bailleur"), QString(), QString(), QString() })
                    .ok());
        REQUIRE(shifts.acknowledge(nextChef, shift.id).ok());
        REQUIRE(shifts.sign(nextChef, shift.id, QStringLiteral("Vu, RAS")).ok());
    }

    records::ShiftLog build(records::ShiftLogFilter filter)
    {
        auto log = records::ShiftLogBuilder(*db).build(filter);
        INFO(log.error().toStdString());
        REQUIRE(log.ok());
        return log.value();
    }
};

int countKind(const records::ShiftLog &log, const QString &reference)
{
    return int(
        std::count_if(log.entries.cbegin(), log.entries.cend(),
                      [&](const records::ShiftLogEntry &e) { return e.reference == reference; }));
}

} // namespace

TEST_CASE("the shift log holds the shift's incidents and its hand-over, in time order",
          "[shiftlog]")
{
    ShiftLogFixture f;
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    const records::ShiftLog log = f.build(filter);
    REQUIRE(log.shift);
    CHECK(log.shift->visaBy == QStringLiteral("lroux"));
    CHECK(countKind(log, f.gathering.number) == 1);
    CHECK(countKind(log, f.theft.number) == 1);
    CHECK(log.entries.size() >= 6); // open, two incidents, hand-over, acknowledgement, visa
    for (int i = 1; i < log.entries.size(); ++i)
        CHECK(log.entries[i - 1].time <= log.entries[i].time);
}

TEST_CASE("the shift log filters by category, camera and operator", "[shiftlog]")
{
    ShiftLogFixture f;
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    filter.category = QStringLiteral("property");
    records::ShiftLog log = f.build(filter);
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().reference == f.theft.number);
    filter.category.clear();
    filter.cameraNumber = 4;
    log = f.build(filter);
    REQUIRE(log.entries.size() == 1);
    CHECK(log.entries.first().reference == f.gathering.number);
    filter.cameraNumber = 0;
    filter.operatorLogin = QStringLiteral("cmartin");
    log = f.build(filter);
    CHECK(countKind(log, f.gathering.number) == 1);
    CHECK(countKind(log, f.theft.number) == 0);
    records::ShiftLogFilter range;
    range.from = f.now.addSecs(-60);
    range.to = f.now.addSecs(60);
    CHECK(countKind(f.build(range), f.theft.number) == 1);
    CHECK_FALSE(records::ShiftLogBuilder(*f.db).build({}).ok());
}

TEST_CASE("the CSV export opens in a spreadsheet without running what was typed",
          "[shiftlog][export]")
{
    ShiftLogFixture f;
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    const records::ExportHeader header { QStringLiteral("Ville d'Antony"),
                                         QStringLiteral("Centre de supervision urbain"),
                                         QStringLiteral("CSU-A"), QStringLiteral("Léa Roux"),
                                         f.now };
    const QString path = f.dir.filePath(QStringLiteral("main-courante.csv"));
    auto written = records::exportCsv(f.build(filter), header, path);
    REQUIRE(written.ok());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral("\"Ville d'Antony\";\"Centre de supervision urbain\"")));
    CHECK(text.contains(f.theft.number));
    CHECK(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\") vol à l'étalage\"")));
    CHECK(written.value() == journal::Journal::sha256Hex(bytes));
}

TEST_CASE("the PDF export carries the header, the shift record and the incidents",
          "[shiftlog][export]")
{
    ShiftLogFixture f;
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    const records::ExportHeader header { QStringLiteral("Ville d'Antony"),
                                         QStringLiteral("Centre de supervision urbain"),
                                         QStringLiteral("CSU-A"), QStringLiteral("Léa Roux"),
                                         f.now };
    const QString path = f.dir.filePath(QStringLiteral("main-courante.pdf"));
    REQUIRE(records::exportPdf(f.build(filter), header, path).ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(pdftotext.waitForFinished(30000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    CHECK(text.contains(QStringLiteral("Ville d'Antony")));
    CHECK(text.contains(f.gathering.number));
    CHECK(text.contains(QStringLiteral("Regroupement bruyant")));
    CHECK(text.contains(QStringLiteral("Léa Roux (CS-0011)")));
    CHECK(text.contains(QStringLiteral("Vu, RAS")));
}

TEST_CASE("the shift log words every journal entry in the reader's language, never in codes",
          "[shiftlog][i18n]")
{
    ShiftLogFixture f;
    REQUIRE(f.auth.lockSession(f.operatorUser, QStringLiteral("idle")).ok());
    f.auth.authenticate(f.operatorUser.login, QStringLiteral("faux"));
    REQUIRE(f.auth.logout(f.operatorUser, QStringLiteral("quit")).ok());
    // vigiectl before it acted as a user journaled the local account: such entries stay.
    REQUIRE(f.journal
                .record({ QStringLiteral("local:root"),
                          QStringLiteral("user.unlock"),
                          QStringLiteral("user"),
                          f.operatorUser.login,
                          QString(),
                          {} })
                .ok());
    records::ShiftLogFilter filter;
    filter.from = f.now.addDays(-1);
    filter.to = f.now.addDays(1);
    const QRegularExpression rawCode(
        QStringLiteral("^[a-z]+[.:][a-z_]+$|\\b(wrong_password|quit)\\b"));
    auto kindOf = [](const records::ShiftLog &log, const QString &kind) {
        return std::find_if(log.entries.cbegin(), log.entries.cend(),
                            [&](const records::ShiftLogEntry &e) { return e.kind == kind; });
    };

    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    records::ShiftLog log = f.build(filter);
    for (const records::ShiftLogEntry &e : log.entries) {
        INFO(e.kind.toStdString() << " | " << e.user.toStdString() << " | "
                                  << e.text.toStdString());
        CHECK_FALSE(rawCode.match(e.kind).hasMatch());
        CHECK_FALSE(rawCode.match(e.user).hasMatch());
        CHECK_FALSE(rawCode.match(e.text).hasMatch());
    }
    auto lock = kindOf(log, QStringLiteral("Poste verrouillé"));
    REQUIRE(lock != log.entries.cend());
    CHECK(lock->text == QStringLiteral("Poste verrouillé après une période sans activité"));
    auto failed = kindOf(log, QStringLiteral("Échec de connexion"));
    REQUIRE(failed != log.entries.cend());
    CHECK(failed->text.contains(QStringLiteral("mot de passe erroné")));
    auto logout = kindOf(log, QStringLiteral("Déconnexion"));
    REQUIRE(logout != log.entries.cend());
    CHECK(logout->text == QStringLiteral("Déconnexion : Vigie fermé"));
    auto created = kindOf(log, QStringLiteral("Compte créé"));
    REQUIRE(created != log.entries.cend());
    CHECK(created->user == QStringLiteral("Administrateur (ADM-1)"));
    auto unlocked = kindOf(log, QStringLiteral("Compte déverrouillé"));
    REQUIRE(unlocked != log.entries.cend());
    CHECK(unlocked->user == QStringLiteral("vigiectl (compte local root)"));

    REQUIRE(i18n::install(*qApp, QStringLiteral("en")) == QStringLiteral("en"));
    log = f.build(filter);
    lock = kindOf(log, QStringLiteral("Desk locked"));
    REQUIRE(lock != log.entries.cend());
    CHECK(lock->text == QStringLiteral("Desk locked after a time without input"));
    CHECK(kindOf(log, QStringLiteral("Incident recorded")) != log.entries.cend());
    CHECK(log.title.startsWith(QStringLiteral("Shift log")));
    i18n::install(*qApp, QStringLiteral("fr"));
}

TEST_CASE("seeded incident categories read in the reader's language; renamed ones as written",
          "[typology][i18n]")
{
    test::RecordsFixture f;
    REQUIRE(i18n::install(*qApp, QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(records::IncidentTypology::load(*f.db).label(QStringLiteral("tranquillity.gathering"))
          == QStringLiteral("Gathering"));
    CHECK(records::IncidentTypology::load(*f.db).label(QStringLiteral("traffic"))
          == QStringLiteral("Traffic and parking"));
    QSqlQuery rename(f.db->connection());
    REQUIRE(rename.exec(QStringLiteral("UPDATE incident_categories SET label = 'Rodéo urbain'"
                                       " WHERE code = 'tranquillity.rodeo'")));
    CHECK(records::IncidentTypology::load(*f.db).label(QStringLiteral("tranquillity.rodeo"))
          == QStringLiteral("Rodéo urbain"));
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    CHECK(records::IncidentTypology::load(*f.db).label(QStringLiteral("tranquillity.gathering"))
          == QStringLiteral("Regroupement"));
}

TEST_CASE("shifts stored with a label in one language read in the reader's after the upgrade",
          "[shiftlog][migration][i18n]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vigie.db"));
    {
        // A register of the previous schema, whose English desk stored English labels, and a
        // row whose kind was stored as a word.
        QSqlDatabase old
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("schema6"));
        old.setDatabaseName(path);
        REQUIRE(old.open());
        QSqlQuery q(old);
        for (const store::Migration &m : store::migrations()) {
            if (m.version > 6)
                break;
            for (const QString &statement : m.statements) {
                INFO(statement.toStdString());
                REQUIRE(q.exec(statement));
            }
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 6")));
        const QString insert = QStringLiteral(
            "INSERT INTO shifts (id, workstation, kind, label, starts_at, ends_at, opened_by,"
            " chef, status, last_hlc) VALUES (?, 'CSU-A', ?, ?, ?, ?, 'kbenali', 'kbenali',"
            " 'signed', '0')");
        for (const auto &row : { QStringList { QStringLiteral("s1"), QStringLiteral("afternoon"),
                                               QStringLiteral("Afternoon 14:00–22:00 2026-11-25"),
                                               QStringLiteral("2026-11-25T14:00:00+01:00"),
                                               QStringLiteral("2026-11-25T22:00:00+01:00") },
                                 QStringList { QStringLiteral("s2"), QStringLiteral("Nuit"),
                                               QStringLiteral("Nuit 22:00–06:00 2026-11-25"),
                                               QStringLiteral("2026-11-25T22:00:00+01:00"),
                                               QStringLiteral("2026-11-26T06:00:00+01:00") } }) {
            q.prepare(insert);
            for (const QString &value : row)
                q.addBindValue(value);
            REQUIRE(q.exec());
        }
        q.finish();
        old.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("schema6"));
    auto db = test::openDatabase(path);
    REQUIRE(db->schemaVersion() == store::latestSchemaVersion());

    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    CHECK(records::loadShift(*db, QStringLiteral("s1"))->label
          == QStringLiteral("Après-midi 14:00–22:00 2026-11-25"));
    CHECK(records::loadShift(*db, QStringLiteral("s2"))->kind == QStringLiteral("night"));
    REQUIRE(i18n::install(*qApp, QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(records::loadShift(*db, QStringLiteral("s2"))->label
          == QStringLiteral("Night 22:00–06:00 2026-11-25"));
    i18n::install(*qApp, QStringLiteral("fr"));
}

namespace {

QStringList pdfPages(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(pdftotext.waitForFinished(60000));
    QStringList pages
        = QString::fromUtf8(pdftotext.readAllStandardOutput()).split(QLatin1Char('\f'));
    while (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

int pageOf(const QStringList &pages, const QString &text)
{
    for (int i = 0; i < pages.size(); ++i) {
        if (pages[i].contains(text))
            return i;
    }
    return -1;
}

} // namespace

TEST_CASE("the PDF of a long shift: header on every page, no row cut, names, technical events "
          "in an annex after the visa",
          "[shiftlog][export][pdf]")
{
    test::RecordsFixture f;
    const records::Shift shift
        = f.shifts
              .open(f.chef, access::ShiftSchedule::defaultSchedule(), QStringLiteral("kbenali"),
                    { { QStringLiteral("cmartin"), QStringLiteral("OP-0142"),
                        QStringLiteral("opérateur") } })
              .value();
    // Technical events of the night: a login, a snapshot, an account created.
    REQUIRE(f.auth.authenticate(QStringLiteral("cmartin"), QStringLiteral("mot-de-passe-1")).kind
            == access::LoginOutcome::Kind::Success);
    records::SnapshotStore snapshots(f.dir.path(), *f.db, f.journal);
    REQUIRE(snapshots.store(f.operatorUser, 12, f.now, QByteArray("png"), QStringLiteral("stream"))
                .ok());
    REQUIRE(f.auth
                .createUser(f.admin,
                            { QStringLiteral("jdupont"),
                              QStringLiteral("Jean Dupont"),
                              QStringLiteral("OP-0200"),
                              { access::Role::Operator } },
                            QStringLiteral("mot-de-passe-1"))
                .ok());
    // Enough incidents for several pages, some long enough to take several lines.
    const int count = 48;
    for (int i = 0; i < count; ++i) {
        f.now = f.now.addSecs(60);
        QString text = QStringLiteral("DEBUTZ%1Z Regroupement devant le hall").arg(i);
        for (int words = 0; words < (i % 4) * 12; ++words)
            text += QStringLiteral(" suite");
        text += QStringLiteral(" FINZ%1Z").arg(i);
        REQUIRE(f.incidents.create(i % 2 ? f.operatorUser : f.chef, f.routineDraft(text)).ok());
    }
    REQUIRE(f.shifts
                .handOver(f.chef, shift.id,
                          { QStringLiteral("Rappeler le bailleur pour la porte du hall B"),
                            QStringLiteral("Surveiller le parking du marché"),
                            QStringLiteral("Caméra 005 hors service"), QString() })
                .ok());
    REQUIRE(f.shifts.acknowledge(f.nextChef, shift.id).ok());
    REQUIRE(f.shifts.sign(f.nextChef, shift.id, QStringLiteral("Vu, RAS")).ok());

    records::ShiftLogFilter filter;
    filter.shiftId = shift.id;
    auto log = records::ShiftLogBuilder(*f.db).build(filter);
    REQUIRE(log.ok());
    const records::ExportHeader header { QStringLiteral("Ville d'Antony"),
                                         QStringLiteral("Centre de supervision urbain"),
                                         QStringLiteral("CSU-A"), QStringLiteral("Léa Roux"),
                                         f.now };
    const QString path = f.dir.filePath(QStringLiteral("longue.pdf"));
    REQUIRE(records::exportPdf(log.value(), header, path).ok());
    // To look at it: VIGIE_TEST_PDF_COPY=/tmp/main-courante.pdf tests/test_records "[pdf]"
    if (const QString copy = qEnvironmentVariable("VIGIE_TEST_PDF_COPY"); !copy.isEmpty()) {
        QFile::remove(copy);
        QFile::copy(path, copy);
    }
    const QStringList pages = pdfPages(path);
    REQUIRE(pages.size() >= 3);
    const QString all = pages.join(QLatin1Char('\n'));

    // Every incident row whole on one page, and the table's header on each page it runs on.
    int lastIncidentPage = 0;
    for (int i = 0; i < count; ++i) {
        const int start = pageOf(pages, QStringLiteral("DEBUTZ%1Z").arg(i));
        const int end = pageOf(pages, QStringLiteral("FINZ%1Z").arg(i));
        INFO("incident " << i);
        REQUIRE(start >= 0);
        CHECK(start == end);
        CHECK(pages[start].contains(QStringLiteral("Date and time")));
        CHECK(pages[start].contains(QStringLiteral("Details")));
        lastIncidentPage = qMax(lastIncidentPage, end);
    }
    CHECK(lastIncidentPage >= 1); // the table did run over a page break

    // Names with matricules, never logins.
    CHECK(all.contains(QStringLiteral("Chef de salle: Karim Benali (CS-0007)")));
    CHECK(all.contains(QStringLiteral("Camille Martin (OP-0142)")));
    CHECK(all.contains(QStringLiteral("Léa Roux (CS-0011)")));
    for (const char *login : { "kbenali", "cmartin", "lroux" })
        CHECK_FALSE(all.contains(QLatin1String(login)));

    // The supervisor's order: incidents, hand-over, pending actions and instructions, team,
    // visa, then the annex of technical events, in words.
    const int handover = pageOf(pages, QStringLiteral("2. Hand-over"));
    const int pending = pageOf(pages, QStringLiteral("Rappeler le bailleur"));
    const int team = pageOf(pages, QStringLiteral("4. Team"));
    const int visa = pageOf(pages, QStringLiteral("Supervisor's visa"));
    const int annex = pageOf(pages, QStringLiteral("Annex — technical events"));
    REQUIRE(handover >= lastIncidentPage);
    CHECK(pending >= handover);
    CHECK(team >= pending);
    CHECK(visa >= team);
    CHECK(annex > visa);
    CHECK(annex > lastIncidentPage);
    const QString annexText = pages.mid(annex).join(QLatin1Char('\n'));
    CHECK(annexText.contains(QStringLiteral("Snapshot saved, camera 12")));
    CHECK(annexText.contains(QStringLiteral("Account created: Jean Dupont (OP-0200)")));
    CHECK(annexText.contains(QStringLiteral("Login")));
    CHECK_FALSE(all.contains(QStringLiteral("snapshot.taken")));
    CHECK_FALSE(all.contains(QStringLiteral("user.create")));
    // Nothing technical among the incidents, nothing of the main courante in the annex.
    CHECK_FALSE(
        pages.mid(0, annex).join(QLatin1Char('\n')).contains(QStringLiteral("Snapshot saved")));
    CHECK_FALSE(annexText.contains(QStringLiteral("DEBUTZ")));
    // Every page says which page it is, of how many.
    for (int i = 0; i < pages.size(); ++i)
        CHECK(pages[i].contains(QStringLiteral("Page %1 / %2").arg(i + 1).arg(pages.size())));
}

TEST_CASE("a handed-over shift's log prints the journal head its visa pins, the same on a reprint",
          "[shiftlog][export][signature]")
{
    ShiftLogFixture f;
    // The hand-over's own entry: where the chain stood when the chef handed the shift over.
    journal::Event handover;
    for (const journal::Event &e : f.journal.events(QStringLiteral("CSU-A"), 0, 1000)) {
        if (e.action == QStringLiteral("shift.handover"))
            handover = e;
    }
    REQUIRE(handover.seq > 0);
    records::ShiftLogFilter filter;
    filter.shiftId = f.shift.id;
    const records::ShiftLog log = f.build(filter);
    REQUIRE(log.handoverHead);
    CHECK(log.handoverHead->workstation == QStringLiteral("CSU-A"));
    CHECK(log.handoverHead->seq == handover.seq);
    CHECK(log.handoverHead->hash == handover.hash);

    // The chain goes on; a reprint still shows the head of the hand-over.
    f.now = f.now.addSecs(600);
    REQUIRE(f.incidents.create(f.operatorUser, f.routineDraft()).ok());
    REQUIRE(f.shifts.addAddendum(f.nextChef, f.shift.id, QStringLiteral("Oubli : ronde")).ok());
    const records::ShiftLog reprint = f.build(filter);
    REQUIRE(reprint.handoverHead);
    CHECK(reprint.handoverHead->seq == handover.seq);
    CHECK(reprint.handoverHead->hash == handover.hash);

    const records::ExportHeader header { QStringLiteral("Ville d'Antony"),
                                         QStringLiteral("Centre de supervision urbain"),
                                         QStringLiteral("CSU-A"), QStringLiteral("Léa Roux"),
                                         f.now };
    const QString csvPath = f.dir.filePath(QStringLiteral("main-courante.csv"));
    REQUIRE(records::exportCsv(reprint, header, csvPath).ok());
    QFile csv(csvPath);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    CHECK(csvText.contains(QStringLiteral("workstation CSU-A, entry %1, hash %2")
                               .arg(handover.seq)
                               .arg(QString::fromLatin1(handover.hash))));

    const QString pdfPath = f.dir.filePath(QStringLiteral("main-courante.pdf"));
    REQUIRE(records::exportPdf(reprint, header, pdfPath).ok());
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { pdfPath, QStringLiteral("-") });
    REQUIRE(pdftotext.waitForFinished(30000));
    QString pdfText = QString::fromUtf8(pdftotext.readAllStandardOutput());
    pdfText.remove(QRegularExpression(QStringLiteral("\\s")));
    // In the hand-over section and in the visa's frame, whatever the line breaks.
    CHECK(pdfText.count(QString::fromLatin1(handover.hash)) == 2);
    CHECK(pdfText.contains(QStringLiteral("workstationCSU-A,entry%1,").arg(handover.seq)));
}
