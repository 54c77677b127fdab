#include "core/sync/central_link.h"

#include "core/common/keyring.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace vigie::sync {
namespace {

QAtomicInt g_connectionCounter;
const QString kKeychainService = QStringLiteral("vigie-central");

// libpq reads PGPASSWORD and the password file itself; the keychain is asked only when neither
// is there, so that scripts and tests never wait on a desktop keyring.
bool libpqHasPassword()
{
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return true;
    const QString file = qEnvironmentVariableIsEmpty("PGPASSFILE")
        ? QDir::home().filePath(QStringLiteral(".pgpass"))
        : qEnvironmentVariable("PGPASSFILE");
    return QFileInfo::exists(file);
}

struct KeychainAnswer
{
    QString password;
    QString problem; // in the operator's language; empty when the keychain answered
};

KeychainAnswer readKeychain(const CentralUri &uri)
{
    KeychainAnswer answer;
    const keyring::Answer outcome = keyring::read(kKeychainService, uri.keychainKey());
    if (outcome.kind == keyring::Answer::Kind::NoKeyring) {
        answer.problem = CentralLink::tr("no keyring is available on this machine: set PGPASSWORD "
                                         "or write the password in ~/.pgpass (mode 0600)");
    } else if (outcome.kind == keyring::Answer::Kind::NotFound) {
        answer.problem = CentralLink::tr("the keyring holds no password for %1: store it with "
                                         "\"vigiectl central password\"")
                             .arg(uri.keychainKey());
    } else if (outcome.kind == keyring::Answer::Kind::Refused) {
        answer.problem = CentralLink::tr("the keyring refused: %1").arg(outcome.error);
    } else {
        answer.password = outcome.text;
    }
    return answer;
}

// libpq's loopback names: the server is on this machine, and TLS protects nothing there.
bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost") || host.startsWith(QLatin1Char('/')))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A conninfo value in single quotes, backslash and quote escaped, so that a value with a space or
// a quote stays one value (an sslrootcert of "ca.crt sslmode=disable" must not turn TLS off).
// Qt's QPSQL joins the options with spaces after replacing ';', the separator it splits them on:
// a value holding one is refused when the link is parsed.
QString conninfoOption(const QString &key, QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return key + QStringLiteral("='") + value + QLatin1Char('\'');
}

} // namespace

Result<CentralUri> CentralUri::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))
        || url.host().isEmpty())
        return Result<CentralUri>::failure(
            tr("\"%1\" is not a central link: write postgresql://user@host:port/database"
               "?sslmode=require.")
                .arg(text));
    if (!url.password().isEmpty())
        return Result<CentralUri>::failure(
            tr("The central link must not carry the password: remove it from the URI and set it "
               "with \"vigiectl central password\" (keyring) or PGPASSWORD."));
    CentralUri uri;
    uri.host = url.host();
    uri.port = url.port(5432);
    uri.user = url.userName();
    uri.database = url.path().mid(1);
    if (uri.database.isEmpty())
        return Result<CentralUri>::failure(
            tr("The central link names no database: postgresql://user@host:port/database."));
    const QUrlQuery query(url);
    static const QStringList modes { QStringLiteral("disable"),   QStringLiteral("allow"),
                                     QStringLiteral("prefer"),    QStringLiteral("require"),
                                     QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!modes.contains(value))
                return Result<CentralUri>::failure(
                    tr("Unknown sslmode \"%1\" (%2).")
                        .arg(value, modes.join(QStringLiteral(", "))));
            uri.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            if (value.contains(QLatin1Char(';')))
                return Result<CentralUri>::failure(
                    tr("The file name of sslrootcert cannot contain \";\" (%1).").arg(value));
            uri.sslRootCert = value;
        } else if (key == QLatin1String("connect_timeout")) {
            uri.connectTimeout_s = qBound(1, value.toInt(), 60);
        } else {
            return Result<CentralUri>::failure(
                tr("Unknown option \"%1\" in the central link (sslmode, sslrootcert, "
                   "connect_timeout).")
                    .arg(key));
        }
    }
    // Over a network the server must prove who it is: a link that says nothing is verify-full
    // (libpq's own default, prefer, accepts any server and even a clear-text session).
    if (uri.sslMode.isEmpty() && !isLoopback(uri.host))
        uri.sslMode = QStringLiteral("verify-full");
    return Result<CentralUri>(uri);
}

QString CentralUri::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    url.setQuery(query);
    return url.toString();
}

QString CentralUri::keychainKey() const
{
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

CentralLink::CentralLink(QSqlDatabase db, CentralUri uri, QString name)
    : m_db(std::move(db)), m_uri(std::move(uri)), m_name(std::move(name))
{
}

CentralLink::~CentralLink()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

QString CentralLink::describeError(const QString &what, const QSqlError &error)
{
    const QString detail = error.text().trimmed();
    const QString lower = detail.toLower();
    QString hint;
    if (lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("no password supplied")))
        hint = tr("The central server refused the password.");
    else if (lower.contains(QLatin1String("could not connect"))
             || lower.contains(QLatin1String("connection refused"))
             || lower.contains(QLatin1String("timeout expired"))
             || lower.contains(QLatin1String("server closed the connection"))
             || lower.contains(QLatin1String("no connection to the server"))
             || lower.contains(QLatin1String("terminating connection")))
        hint = tr("The central server does not answer: the workstation keeps working on its own "
                  "register and will sync when the link returns.");
    else if (lower.contains(QLatin1String("ssl")))
        hint = tr("The secure connection to the central server failed: check sslmode and the "
                  "server's certificate.");
    QString message = what;
    if (!hint.isEmpty())
        message += QStringLiteral(". ") + hint;
    if (!detail.isEmpty())
        message += QStringLiteral(" (") + detail + QLatin1Char(')');
    return message;
}

Result<std::unique_ptr<CentralLink>> CentralLink::open(const CentralUri &uri)
{
    using R = Result<std::unique_ptr<CentralLink>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return R::failure(tr("The PostgreSQL driver of Qt is missing (package libqt6sql6-psql)."));
    const QString name
        = QStringLiteral("vigie-central-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(uri.host);
    db.setPort(uri.port);
    db.setUserName(uri.user);
    db.setDatabaseName(uri.database);
    QString keychainProblem;
    if (!libpqHasPassword()) {
        const KeychainAnswer answer = readKeychain(uri);
        if (answer.problem.isEmpty())
            db.setPassword(answer.password);
        keychainProblem = answer.problem;
    }
    // Keepalives and a user timeout so that a link that dies without a word (cable pulled) is
    // noticed in seconds, not after the kernel's two hours.
    QStringList options { QStringLiteral("connect_timeout=%1").arg(uri.connectTimeout_s),
                          QStringLiteral("application_name=vigie"),
                          QStringLiteral("keepalives=1"),
                          QStringLiteral("keepalives_idle=5"),
                          QStringLiteral("keepalives_interval=2"),
                          QStringLiteral("keepalives_count=3"),
                          QStringLiteral("tcp_user_timeout=15000") };
    if (!uri.sslMode.isEmpty())
        options.append(conninfoOption(QStringLiteral("sslmode"), uri.sslMode));
    if (uri.sslRootCert.contains(QLatin1Char(';')))
        return R::failure(
            tr("The file name of sslrootcert cannot contain \";\" (%1).").arg(uri.sslRootCert));
    if (!uri.sslRootCert.isEmpty())
        options.append(conninfoOption(QStringLiteral("sslrootcert"), uri.sslRootCert));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    std::unique_ptr<CentralLink> link(new CentralLink(db, uri, name));
    if (!link->m_db.open()) {
        QString message = describeError(
            tr("Cannot reach the central database %1").arg(uri.toString()), link->m_db.lastError());
        if (!keychainProblem.isEmpty()
            && link->m_db.lastError().text().contains(QLatin1String("password")))
            message += QStringLiteral(" ") + tr("Password: %1.").arg(keychainProblem);
        return R::failure(message);
    }
    QSqlQuery q(link->m_db);
    // Every timestamp and text in one convention, whatever the server's defaults.
    if (!q.exec(QStringLiteral("SET TIME ZONE 'UTC'"))
        || !q.exec(QStringLiteral("SET client_encoding = 'UTF8'")))
        return R::failure(
            describeError(tr("Cannot configure the central connection"), q.lastError()));
    return R(std::move(link));
}

bool CentralLink::alive()
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

QString configuredUri(QSettings &settings)
{
    return settings.value(QStringLiteral("central/uri")).toString();
}

Status storePassword(const CentralUri &uri, const QString &password)
{
    const keyring::Answer outcome = keyring::write(kKeychainService, uri.keychainKey(), password);
    if (outcome.kind == keyring::Answer::Kind::NoKeyring)
        return Status::failure(
            CentralLink::tr("No keyring is available on this machine (Secret Service or KWallet): "
                            "set PGPASSWORD, or write the password in ~/.pgpass with mode 0600."));
    if (outcome.kind != keyring::Answer::Kind::Ok)
        return Status::failure(CentralLink::tr("The keyring refused: %1").arg(outcome.error));
    return Status::success();
}

} // namespace vigie::sync
