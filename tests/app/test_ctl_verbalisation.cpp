// vigiectl's video-verbalisation commands, in-process on the demo register with the real RTSP
// server: each role meets the same walls as through the core service.
#include "app/ctl/ctl.h"
#include "core/common/sha256.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// As `login` (the demo's passwords are the logins), in English.
Run ctlAs(const QString &data, const QString &login, QStringList args)
{
    Run run;
    QString input = login + QLatin1Char('\n');
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    QTextStream in(&input);
    QStringList full { QStringLiteral("--data-dir"), data, QStringLiteral("--lang"),
                       QStringLiteral("en") };
    full += args;
    if (!login.isEmpty())
        full += { QStringLiteral("--user"), login };
    run.code = ctl::run(full, { out, err, in });
    out.flush();
    err.flush();
    return run;
}

Run vigiectl(const QString &data, const QStringList &args)
{
    return ctlAs(data, QString(), args);
}

QStringList draftArgs(int camera, const QString &natinf, const QString &plate)
{
    return { QStringLiteral("ticket"),    QStringLiteral("draft"),
             QStringLiteral("--camera"),  QString::number(camera),
             QStringLiteral("--natinf"),  natinf,
             QStringLiteral("--plate"),   plate,
             QStringLiteral("--timeout"), QStringLiteral("20") };
}

// The ticket number a draft printed.
QString drafted(const Run &run)
{
    const auto m = QRegularExpression(QStringLiteral("Ticket (VV-\\S+) drafted")).match(run.out);
    return m.captured(1);
}

} // namespace

TEST_CASE("vigiectl plate check prints the normalised plate and its format, or why not",
          "[ctl][verbalisation]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    Run siv = vigiectl(
        data, { QStringLiteral("plate"), QStringLiteral("check"), QStringLiteral("ab 123cd") });
    CHECK(siv.code == 0);
    CHECK(siv.out == QStringLiteral("AB-123-CD SIV\n"));
    Run fni = vigiectl(
        data, { QStringLiteral("plate"), QStringLiteral("check"), QStringLiteral("1234ab2a") });
    CHECK(fni.out == QStringLiteral("1234 AB 2A FNI\n"));
    Run foreign
        = vigiectl(data,
                   { QStringLiteral("plate"), QStringLiteral("check"), QStringLiteral("b-ab 1234"),
                     QStringLiteral("--country"), QStringLiteral("de") });
    CHECK(foreign.out == QStringLiteral("B-AB 1234 DE\n"));
    Run bad = vigiectl(
        data, { QStringLiteral("plate"), QStringLiteral("check"), QStringLiteral("SS-123-AB") });
    CHECK(bad.code == 1);
    CHECK(bad.out.isEmpty());
    CHECK(bad.err.contains(QStringLiteral("SS")));
    Run country
        = vigiectl(data,
                   { QStringLiteral("plate"), QStringLiteral("check"), QStringLiteral("B-AB 1234"),
                     QStringLiteral("--country"), QStringLiteral("UK") });
    CHECK(country.code == 1);
    CHECK(country.err.contains(QStringLiteral("ISO 3166")));
}

TEST_CASE("vigiectl natinf import: administrators only, each broken line with its reason",
          "[ctl][verbalisation][natinf]")
{
    QTemporaryDir dir;
    const QString data = dir.path();
    REQUIRE(vigiectl(data, { QStringLiteral("demo"), QStringLiteral("seed") }).code == 0);
    const QString csv = dir.filePath(QStringLiteral("natinf.csv"));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "code;libellé;référence;classe;minorée;forfaitaire;majorée;début;fin;asvp;à vérifier\n"
        "6216;Stationnement sur passage piéton;R417-11 C.route;4;;135;375;;;oui;non\n"
        "6217;Stationnement gênant;R417-10;9;;35;75;;;oui;non\n"
        "6218;;R417-10;2;;35;75;;;oui;non\n");
    file.close();
    const QStringList import { QStringLiteral("natinf"), QStringLiteral("import"), csv };
    for (const char *login : { "operateur", "superviseur", "policier", "agentasvp" }) {
        INFO(login);
        const Run refused = ctlAs(data, QLatin1String(login), import);
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("NATINF")));
    }
    const Run whole = ctlAs(data, QStringLiteral("administrateur"), import);
    CHECK(whole.code == 1);
    CHECK(whole.err.contains(QStringLiteral("Line 3: the class of NATINF 6217 must be 1 to 5")));
    CHECK(whole.err.contains(QStringLiteral("Line 4: the label of NATINF 6218 is missing")));
    CHECK(whole.err.contains(QStringLiteral("nothing was imported")));
    CHECK_FALSE(vigiectl(data, { QStringLiteral("natinf"), QStringLiteral("list") })
                    .out.contains(QStringLiteral("6216")));
    const Run valid = ctlAs(data, QStringLiteral("administrateur"),
                            import + QStringList { QStringLiteral("--valid-only") });
    CHECK(valid.code == 3);
    CHECK(valid.out.contains(QStringLiteral("1 offence imported")));
    const Run list = vigiectl(data, { QStringLiteral("natinf"), QStringLiteral("list") });
    CHECK(list.out.contains(QStringLiteral("6216  class 4")));
    // The demo's codes are there, marked to be checked.
    CHECK(list.out.contains(QStringLiteral("6215")));
    CHECK(list.out.contains(QStringLiteral("to be checked")));
}

TEST_CASE("vigiectl ticket: draft from the live stream, validate, export, send, cancel, as each "
          "role",
          "[ctl][verbalisation][rtsp]")
{
    vigie::test::RtspServer server;
    REQUIRE(server.start());
    QTemporaryDir dir;
    const QString data = dir.path();
    const Run seeded = vigiectl(data,
                                { QStringLiteral("demo"), QStringLiteral("seed"),
                                  QStringLiteral("--rtsp-port"), QString::number(server.port()) });
    INFO(seeded.err.toStdString());
    REQUIRE(seeded.code == 0);

    // Only sworn agents draft; an ASVP parking offences only; camera 4 is not named by the
    // authorisation, camera 5 is a landlord's.
    for (const char *login : { "operateur", "superviseur", "administrateur" }) {
        INFO(login);
        const Run refused = ctlAs(data, QLatin1String(login),
                                  draftArgs(1, QStringLiteral("6215"), QStringLiteral("ab123cd")));
        CHECK(refused.code == 1);
        CHECK(refused.err.contains(QStringLiteral("verbalise")));
    }
    const Run asvpTraffic = ctlAs(data, QStringLiteral("agentasvp"),
                                  draftArgs(1, QStringLiteral("32971"), QStringLiteral("ab123cd")));
    CHECK(asvpTraffic.code == 1);
    CHECK(asvpTraffic.err.contains(QStringLiteral("not a parking offence")));
    const Run notNamed = ctlAs(data, QStringLiteral("policier"),
                               draftArgs(4, QStringLiteral("6215"), QStringLiteral("ab123cd")));
    CHECK(notNamed.code == 1);
    CHECK(notNamed.err.contains(QStringLiteral("prefectoral authorisation")));
    const Run landlords = ctlAs(data, QStringLiteral("policier"),
                                draftArgs(5, QStringLiteral("6215"), QStringLiteral("ab123cd")));
    CHECK(landlords.code == 1);
    CHECK(landlords.err.contains(QStringLiteral("bailleur")));
    const Run badPlate = ctlAs(data, QStringLiteral("policier"),
                               draftArgs(1, QStringLiteral("6215"), QStringLiteral("AB-000-CD")));
    CHECK(badPlate.code == 1);
    CHECK(badPlate.err.contains(QStringLiteral("000")));

    const Run asvpDraft = ctlAs(data, QStringLiteral("agentasvp"),
                                draftArgs(2, QStringLiteral("6215"), QStringLiteral("cd-456-ef")));
    INFO(asvpDraft.err.toStdString());
    REQUIRE(asvpDraft.code == 0);
    const Run draft = ctlAs(data, QStringLiteral("policier"),
                            draftArgs(1, QStringLiteral("32971"), QStringLiteral("ab123cd")));
    INFO(draft.err.toStdString());
    REQUIRE(draft.code == 0);
    const QString number = drafted(draft);
    REQUIRE_FALSE(number.isEmpty());
    CHECK(draft.out.contains(QStringLiteral("3 frames")));
    // Each frame's line: its SHA-256, then the file, which hashes to it.
    const auto frames = QRegularExpression(QStringLiteral("^  ([0-9a-f]{64})  (\\S+)$"),
                                           QRegularExpression::MultilineOption)
                            .globalMatch(draft.out);
    int checked = 0;
    for (auto it = frames; it.hasNext();) {
        const auto m = it.next();
        QFile frame(m.captured(2));
        REQUIRE(frame.open(QIODevice::ReadOnly));
        CHECK(QString::fromLatin1(sha256Hex({ frame.readAll() })) == m.captured(1));
        ++checked;
    }
    CHECK(checked == 3);

    // The list: agents and chefs de salle, not an operator.
    const QStringList list { QStringLiteral("ticket"), QStringLiteral("list") };
    CHECK(ctlAs(data, QStringLiteral("operateur"), list).code == 1);
    const Run listed = ctlAs(data, QStringLiteral("superviseur"), list);
    CHECK(listed.code == 0);
    CHECK(listed.out.contains(number));
    CHECK(listed.out.contains(QStringLiteral("AB-123-CD")));
    CHECK(listed.out.contains(QStringLiteral(": 2 tickets")));
    const Run byAgent
        = ctlAs(data, QStringLiteral("superviseur"),
                list + QStringList { QStringLiteral("--agent"), QStringLiteral("agentasvp") });
    CHECK(byAgent.out.contains(QStringLiteral("CD-456-EF")));
    CHECK_FALSE(byAgent.out.contains(number));

    // Validation: only the agent who saw it, with matricule and service code.
    const QStringList validate {
        QStringLiteral("ticket"),      QStringLiteral("validate"), number,
        QStringLiteral("--matricule"), QStringLiteral("PM-0217"),  QStringLiteral("--service"),
        QStringLiteral("PM92002")
    };
    CHECK(ctlAs(data, QStringLiteral("agentasvp"), validate).code == 1);
    CHECK(ctlAs(data, QStringLiteral("superviseur"), validate).code == 1);
    const Run validated = ctlAs(data, QStringLiteral("policier"), validate);
    INFO(validated.err.toStdString());
    REQUIRE(validated.code == 0);
    CHECK(validated.out.contains(QStringLiteral("validated")));

    // Export: a municipal police agent or the chef de salle, never an ASVP.
    const QString json = dir.filePath(QStringLiteral("tickets.json"));
    const QStringList exportAll { QStringLiteral("ticket"),
                                  QStringLiteral("export"),
                                  QStringLiteral("--all-validated"),
                                  QStringLiteral("--format"),
                                  QStringLiteral("json"),
                                  QStringLiteral("--output"),
                                  json };
    CHECK(ctlAs(data, QStringLiteral("agentasvp"), exportAll).code == 1);
    CHECK_FALSE(QFile::exists(json));
    const Run exported = ctlAs(data, QStringLiteral("superviseur"), exportAll);
    INFO(exported.err.toStdString());
    REQUIRE(exported.code == 0);
    QFile exportFile(json);
    REQUIRE(exportFile.open(QIODevice::ReadOnly));
    const QJsonArray tickets = QJsonDocument::fromJson(exportFile.readAll())
                                   .object()
                                   .value(QStringLiteral("tickets"))
                                   .toArray();
    REQUIRE(tickets.size() == 1); // the ASVP's draft is not validated
    CHECK(tickets.at(0).toObject().value(QStringLiteral("number")).toString() == number);
    const QString pdf = dir.filePath(QStringLiteral("ticket.pdf"));
    const Run printed = ctlAs(data, QStringLiteral("policier"),
                              { QStringLiteral("ticket"), QStringLiteral("export"), number,
                                QStringLiteral("--format"), QStringLiteral("pdf"),
                                QStringLiteral("--output"), pdf });
    REQUIRE(printed.code == 0);
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(4) == QByteArrayLiteral("%PDF"));

    // Sent with the PVe chain's message id; an ASVP cannot mark it.
    const QStringList sent { QStringLiteral("ticket"), QStringLiteral("sent"), number,
                             QStringLiteral("--message-id"), QStringLiteral("ANTAI-0001") };
    CHECK(ctlAs(data, QStringLiteral("agentasvp"), sent).code == 1);
    const Run marked = ctlAs(data, QStringLiteral("superviseur"), sent);
    CHECK(marked.code == 0);
    CHECK(marked.out.contains(QStringLiteral("sent")));

    // Cancellation: a reason; the ASVP's own draft by the ASVP.
    const QString asvpNumber = drafted(asvpDraft);
    CHECK(ctlAs(data, QStringLiteral("agentasvp"),
                { QStringLiteral("ticket"), QStringLiteral("cancel"), asvpNumber })
              .code
          == 1);
    const Run cancelled = ctlAs(data, QStringLiteral("agentasvp"),
                                { QStringLiteral("ticket"), QStringLiteral("cancel"), asvpNumber,
                                  QStringLiteral("--reason"), QStringLiteral("Erreur de plaque") });
    CHECK(cancelled.code == 0);
    const Run cancelledList
        = ctlAs(data, QStringLiteral("superviseur"),
                list + QStringList { QStringLiteral("--state"), QStringLiteral("cancelled") });
    CHECK(cancelledList.out.contains(asvpNumber));

    // The stream gone: not live, nothing drafted.
    server.stop();
    const Run dead = ctlAs(data, QStringLiteral("policier"),
                           draftArgs(1, QStringLiteral("6215"), QStringLiteral("ef-789-gh")));
    CHECK(dead.code == 1);
    CHECK(dead.err.contains(QStringLiteral("not live")));
    CHECK_FALSE(
        ctlAs(data, QStringLiteral("superviseur"), list).out.contains(QStringLiteral("EF-789-GH")));
}
