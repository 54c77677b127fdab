// The central PostgreSQL link: a URI (postgresql://user@host:port/db?sslmode=...) from the
// settings or --central, a password from PGPASSWORD, the keychain or libpq's password file
// (never from vigie.conf), and one QPSQL connection per thread that uses it.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

class QSettings;

namespace vigie::sync {

struct CentralUri
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::CentralUri)
public:
    QString host;
    int port = 5432;
    QString user;
    QString database;
    // disable, prefer, require, verify-ca, verify-full; parse() makes it verify-full for a host
    // that is not loopback when the URI does not say; empty: libpq's default (prefer).
    QString sslMode;
    QString sslRootCert;
    int connectTimeout_s = 5;

    // Refuses a URI that carries a password: the config file and the command line are no
    // place for it.
    static Result<CentralUri> parse(const QString &text);
    QString toString() const;
    // The keychain entry of this link's password: user@host:port/db.
    QString keychainKey() const;
};

class CentralLink
{
    Q_DECLARE_TR_FUNCTIONS(vigie::sync::CentralLink)
public:
    ~CentralLink();
    CentralLink(const CentralLink &) = delete;
    CentralLink &operator=(const CentralLink &) = delete;

    // Opens a connection for the calling thread; the link belongs to that thread.
    static Result<std::unique_ptr<CentralLink>> open(const CentralUri &uri);

    QSqlDatabase &connection() { return m_db; }
    const CentralUri &uri() const { return m_uri; }
    // Whether the server still answers (a cheap round trip).
    bool alive();

    static QString describeError(const QString &what, const class QSqlError &error);

private:
    CentralLink(QSqlDatabase db, CentralUri uri, QString name);

    QSqlDatabase m_db;
    CentralUri m_uri;
    QString m_name;
};

// The link configured in the settings (central/uri), or an empty string.
QString configuredUri(QSettings &settings);

// Stores the password of `uri` in the keychain (Secret Service / KWallet).
Status storePassword(const CentralUri &uri, const QString &password);

} // namespace vigie::sync
