// vigiectl bailleur ...: the bailleur camera register from the command line, on the demo
// register (its landlord's convention HSH-2025-017 covers cameras 5 and 6), with the same
// rights and checks as core.
#include "app/ctl/ctl.h"
#include "core/demo/demo_seed.h"
#include "tests/support/rtsp_server.h"
#include "tests/support/test_support.h"

#include <QDate>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <catch2/catch.hpp>

using namespace vigie;

namespace {

// One data folder and the commands run on it, in-process.
struct Vigiectl
{
    QTemporaryDir dir;
    int code = -1;
    QString out;
    QString err;

    // Runs `args` as `login` (its demo password on stdin); an empty login runs without one.
    int run(QStringList args, const QString &login = QString())
    {
        out.clear();
        err.clear();
        QString input = login.isEmpty() ? QString() : login + QLatin1Char('\n');
        if (!login.isEmpty())
            args << QStringLiteral("--user") << login;
        QTextStream o(&out);
        QTextStream e(&err);
        QTextStream i(&input);
        code = ctl::run(QStringList { QStringLiteral("--data-dir"), dir.path(),
                                      QStringLiteral("--lang"), QStringLiteral("en") }
                            + args,
                        { o, e, i });
        o.flush();
        e.flush();
        return code;
    }

    // The first id printed (a UUID).
    QString printedId() const
    {
        static const QRegularExpression uuid(QStringLiteral("[0-9a-f]{8}-[0-9a-f-]{27}"));
        return uuid.match(out).captured(0);
    }
};

const QString kOperator = QLatin1String(demo::kDemoOperator.login);
const QString kSupervisor = QLatin1String(demo::kDemoSupervisor.login);
const QString kAdmin = QLatin1String(demo::kDemoAdmin.login);

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    { QStringLiteral("-layout"), path, QStringLiteral("-") });
    REQUIRE(pdftotext.waitForFinished(30000));
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

} // namespace

TEST_CASE("vigiectl keeps the bailleur register: conventions, calls, requests, sessions, the "
          "register and its visa",
          "[ctl][bailleur]")
{
    Vigiectl v;
    REQUIRE(v.run({ QStringLiteral("demo"), QStringLiteral("seed") }) == 0);
    REQUIRE(
        v.run({ QStringLiteral("bailleur"), QStringLiteral("convention"), QStringLiteral("list") })
        == 0);
    CHECK(v.out.contains(QStringLiteral("HSH-2025-017")));
    CHECK(v.out.contains(QStringLiteral("cameras 5,6")));

    // Conventions: administrators only.
    const QStringList convention {
        QStringLiteral("bailleur"),      QStringLiteral("convention"),
        QStringLiteral("add"),           QStringLiteral("SEQ-2026-002"),
        QStringLiteral("--landlord"),    QStringLiteral("Seqens"),
        QStringLiteral("--insee"),       QStringLiteral("92002"),
        QStringLiteral("--approved"),    QStringLiteral("2026-02-01"),
        QStringLiteral("--expires"),     QStringLiteral("2027-01-31"),
        QStringLiteral("--max-minutes"), QStringLiteral("45"),
        QStringLiteral("--situation"),   QStringLiteral("landlord_alert"),
        QStringLiteral("--building"),    QStringLiteral("Les Baconnets=3,4@place des Baconnets"),
        QStringLiteral("--contact"),     QStringLiteral("Astreinte Seqens;astreinte;01 40 00 00 01")
    };
    CHECK(v.run(convention, kOperator) == 1);
    REQUIRE(v.run(convention, kAdmin) == 0);
    CHECK(v.out.contains(QStringLiteral("SEQ-2026-002")));

    // An unanswered call is an entry; its landlord is found from the number.
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("call"), QStringLiteral("add"),
                    QStringLiteral("--direction"), QStringLiteral("in"),
                    QStringLiteral("--outcome"), QStringLiteral("unanswered"),
                    QStringLiteral("--number"), QStringLiteral("+33 6 12 34 56 78") },
                  kOperator)
            == 0);
    CHECK(v.out.contains(QStringLiteral("unanswered")));
    CHECK(v.run({ QStringLiteral("bailleur"), QStringLiteral("call"), QStringLiteral("add"),
                  QStringLiteral("--direction"), QStringLiteral("sideways"),
                  QStringLiteral("--outcome"), QStringLiteral("answered"),
                  QStringLiteral("--number"), QStringLiteral("0612345678") },
                kOperator)
          == 2);

    // A camera outside the convention: refused, and the refusal is in the register.
    const QStringList request { QStringLiteral("bailleur"),     QStringLiteral("request"),
                                QStringLiteral("--convention"), QStringLiteral("HSH-2025-017"),
                                QStringLiteral("--situation"),  QStringLiteral("access_blocked"),
                                QStringLiteral("--minutes"),    QStringLiteral("10") };
    CHECK(v.run(request + QStringList { QStringLiteral("--cameras"), QStringLiteral("1,5") },
                kOperator)
          == 1);
    CHECK(v.err.contains(QStringLiteral("outside the scope")));
    REQUIRE(v.run(request + QStringList { QStringLiteral("--cameras"), QStringLiteral("5,6") },
                  kOperator)
            == 0);
    const QString requestId = v.printedId();
    REQUIRE_FALSE(requestId.isEmpty());
    // An ASVP-free demo: the administrator has no business with requests.
    CHECK(v.run({ QStringLiteral("bailleur"), QStringLiteral("session"), QStringLiteral("open"),
                  requestId },
                kAdmin)
          == 1);
    CHECK(v.err.contains(QStringLiteral("Your roles do not allow you")));
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("session"), QStringLiteral("open"),
                    requestId.right(12) },
                  kOperator)
            == 0);
    INFO(v.err.toStdString());
    const QString sessionId = v.printedId();
    REQUIRE_FALSE(sessionId.isEmpty());
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("session"), QStringLiteral("list") },
                  kOperator)
            == 0);
    CHECK(v.out.contains(sessionId));
    // 10 minutes asked, 30 allowed: 25 more are past the limit, 5 are not.
    const QStringList extend { QStringLiteral("bailleur"), QStringLiteral("session"),
                               QStringLiteral("extend"),   sessionId,
                               QStringLiteral("--reason"), QStringLiteral("Interpellation"),
                               QStringLiteral("--minutes") };
    CHECK(v.run(extend + QStringList { QStringLiteral("25") }, kOperator) == 1);
    CHECK(v.err.contains(QStringLiteral("20 min")));
    CHECK(v.run(extend + QStringList { QStringLiteral("5") }, kOperator) == 0);
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("session"), QStringLiteral("close"),
                    sessionId },
                  kOperator)
            == 0);
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("session"), QStringLiteral("list") },
                  kOperator)
            == 0);
    CHECK_FALSE(v.out.contains(sessionId));

    // The register of the day: supervisors export and visa it, an operator does not.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString pdf = v.dir.filePath(QStringLiteral("registre.pdf"));
    const QStringList export_ { QStringLiteral("bailleur"), QStringLiteral("register"),
                                QStringLiteral("--from"),   today,
                                QStringLiteral("--to"),     today,
                                QStringLiteral("--format"), QStringLiteral("pdf"),
                                QStringLiteral("--output"), pdf };
    CHECK(v.run(export_, kOperator) == 1);
    CHECK_FALSE(QFile::exists(pdf));
    CHECK(v.run({ QStringLiteral("bailleur"), QStringLiteral("visa"), QStringLiteral("--from"),
                  today, QStringLiteral("--to"), today },
                kOperator)
          == 1);
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("visa"), QStringLiteral("--from"),
                    today, QStringLiteral("--to"), today, QStringLiteral("--remark"),
                    QStringLiteral("Vu, conforme") },
                  kSupervisor)
            == 0);
    REQUIRE(v.run(export_, kSupervisor) == 0);
    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Hauts-de-Seine Habitat")));
    CHECK(text.contains(QStringLiteral("+33 6 12 34 56 78")));
    CHECK(text.contains(QStringLiteral("unanswered")));
    CHECK(text.contains(QStringLiteral("5. Refusals")));
    CHECK(text.contains(QStringLiteral("Camera(s) 1 are outside the scope")));
    CHECK(text.contains(QStringLiteral("closed by operateur")));
    CHECK(text.contains(QStringLiteral("Interpellation")));
    CHECK(text.contains(QStringLiteral("Vu, conforme")));
    // Every change above is in the journal, whose chain holds.
    CHECK(v.run({ QStringLiteral("journal"), QStringLiteral("verify") }) == 0);
}

TEST_CASE("vigiectl bailleur calls import adds the exchange's calls nobody logged, once",
          "[ctl][bailleur][cdr]")
{
    Vigiectl v;
    REQUIRE(v.run({ QStringLiteral("demo"), QStringLiteral("seed") }) == 0);
    // Logged by hand at 10:00:00: the gardien's call, answered.
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("call"), QStringLiteral("add"),
                    QStringLiteral("--direction"), QStringLiteral("in"),
                    QStringLiteral("--outcome"), QStringLiteral("answered"),
                    QStringLiteral("--number"), QStringLiteral("06 12 34 56 78"),
                    QStringLiteral("--name"), QStringLiteral("Marc Lefèvre"),
                    QStringLiteral("--at"), QStringLiteral("2026-11-20T10:00:00") },
                  kOperator)
            == 0);
    // Asterisk's Master.csv: the same call (30 s later, as the exchange stamps it), an
    // answered and an unanswered call nobody logged, a callback out to the landlord that went
    // unanswered, a call of nobody's landlord, and a line cut short.
    const QString cdr = v.dir.filePath(QStringLiteral("Master.csv"));
    QFile file(cdr);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        "\"\",\"0612345678\",\"3001\",\"csu\",\"\"\"Marc Lefevre\"\" <0612345678>\","
        "\"SIP/trunk-0001\",\"SIP/3001-0002\",\"Dial\",\"SIP/3001,30\",\"2026-11-20 10:00:30\","
        "\"2026-11-20 10:00:35\",\"2026-11-20 10:02:00\",90,85,\"ANSWERED\",\"DOCUMENTATION\","
        "\"\",\"1763629230.1\"\n"
        "\"\",\"+33146112233\",\"3001\",\"csu\",\"\"\"Astreinte HSH\"\" <+33146112233>\","
        "\"SIP/trunk-0003\",\"SIP/3001-0004\",\"Dial\",\"SIP/3001,30\",\"2026-11-20 22:14:05\","
        "\"2026-11-20 22:14:09\",\"2026-11-20 22:16:40\",155,151,\"ANSWERED\",\"DOCUMENTATION\","
        "\"\",\"1763673245.3\"\n"
        "\"\",\"0033612345678\",\"3001\",\"csu\",\"\",\"SIP/trunk-0005\",\"\",\"Dial\","
        "\"SIP/3001,30\",\"2026-11-20 23:40:00\",\"\",\"2026-11-20 23:40:30\",30,0,"
        "\"NO ANSWER\",\"DOCUMENTATION\",\"\",\"1763678400.5\"\n"
        "\"\",\"3001\",\"0146112233\",\"csu\",\"\",\"SIP/3001-0006\",\"SIP/trunk-0007\",\"Dial\","
        "\"SIP/trunk/0146112233\",\"2026-11-20 23:45:00\",\"\",\"2026-11-20 23:45:20\",20,0,"
        "\"BUSY\",\"DOCUMENTATION\",\"\",\"1763678700.7\"\n"
        "\"\",\"0699999999\",\"3001\",\"csu\",\"\",\"SIP/trunk-0008\",\"SIP/3001-0009\",\"Dial\","
        "\"SIP/3001,30\",\"2026-11-20 23:50:00\",\"2026-11-20 23:50:02\",\"2026-11-20 23:51:00\","
        "60,58,\"ANSWERED\",\"DOCUMENTATION\",\"\",\"1763679000.9\"\n"
        "\"\",\"0612345678\",\"3001\",\"csu\",\"\",\"SIP/trunk-0010\",\"\",\"Dial\",\"\","
        "\"20/11/2026 23:55\",\"\",\"\",0,0,\"NO ANSWER\",\"DOCUMENTATION\"\n");
    file.close();
    const QStringList import { QStringLiteral("bailleur"), QStringLiteral("calls"),
                               QStringLiteral("import"), cdr };
    CHECK(v.run(import, kOperator) == 3);
    INFO(v.out.toStdString() << v.err.toStdString());
    CHECK(v.out.contains(QStringLiteral("3 calls added from the exchange")));
    CHECK(v.out.contains(QStringLiteral("1 already in the register")));
    CHECK(v.out.contains(QStringLiteral("1 with no landlord")));
    CHECK(v.err.contains(QStringLiteral("Line 6: the start time \"20/11/2026 23:55\"")));
    // Again: nothing more.
    CHECK(v.run(import, kOperator) == 3);
    CHECK(v.out.contains(QStringLiteral("0 calls added from the exchange")));
    CHECK(v.out.contains(QStringLiteral("4 already in the register")));

    // The register of that day: the hand-logged call and the three missing ones, no more.
    const QString csv = v.dir.filePath(QStringLiteral("registre.csv"));
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("register"),
                    QStringLiteral("--from"), QStringLiteral("2026-11-20"), QStringLiteral("--to"),
                    QStringLiteral("2026-11-20"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--output"), csv },
                  kSupervisor)
            == 0);
    QFile written(csv);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(written.readAll()).split(QStringLiteral("\r\n"));
    const QStringList calls = lines.filter(QRegularExpression(QStringLiteral("^\"call\";")));
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(calls.size() == 4);
    CHECK(calls.filter(QStringLiteral("from the exchange")).size() == 3);
    CHECK(calls.filter(QStringLiteral("\"unanswered\"")).size() == 2);
    CHECK(calls.filter(QStringLiteral("\"outgoing\"")).size() == 1);
    CHECK(calls.filter(QStringLiteral("0699999999")).isEmpty());
}

TEST_CASE("vigiectl camera snapshot: a live picture of a camera one may view, never one of a "
          "landlord's camera",
          "[ctl][bailleur][video]")
{
    test::RtspServer server;
    REQUIRE(server.start());
    Vigiectl v;
    REQUIRE(v.run({ QStringLiteral("demo"), QStringLiteral("seed"), QStringLiteral("--rtsp-port"),
                    QString::number(server.port()) })
            == 0);
    const QString picture = v.dir.filePath(QStringLiteral("camera-1.png"));
    REQUIRE(v.run({ QStringLiteral("camera"), QStringLiteral("snapshot"), QStringLiteral("1"),
                    QStringLiteral("--output"), picture },
                  kOperator)
            == 0);
    INFO(v.err.toStdString());
    const QImage image(picture);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() >= 640); // the main stream's picture, not a tile's
    CHECK(v.out.contains(QStringLiteral("SHA-256")));
    REQUIRE(test::waitUntil(
        [&] { return server.output().contains(QStringLiteral("SESSION open /cam01/")); }, 30000));

    // The landlord's camera 5: refused outside a session, and even during one (nothing of it
    // is kept), before any connection to it.
    const QString hall = v.dir.filePath(QStringLiteral("camera-5.png"));
    const QStringList snapshot { QStringLiteral("camera"), QStringLiteral("snapshot"),
                                 QStringLiteral("5"), QStringLiteral("--output"), hall };
    CHECK(v.run(snapshot, kOperator) == 1);
    CHECK(v.err.contains(QStringLiteral("HSH-2025-017")));
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("request"),
                    QStringLiteral("--convention"), QStringLiteral("HSH-2025-017"),
                    QStringLiteral("--situation"), QStringLiteral("landlord_alert"),
                    QStringLiteral("--cameras"), QStringLiteral("5") },
                  kOperator)
            == 0);
    REQUIRE(v.run({ QStringLiteral("bailleur"), QStringLiteral("session"), QStringLiteral("open"),
                    v.printedId() },
                  kOperator)
            == 0);
    CHECK(v.run(snapshot, kOperator) == 1);
    CHECK(v.err.contains(QStringLiteral("never kept")));
    CHECK_FALSE(QFile::exists(hall));
    CHECK_FALSE(server.output().contains(QStringLiteral("/cam05")));
}
