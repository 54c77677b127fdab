// The camera directory as a file: CSV (header row, ';' or ',', UTF-8, French or English column
// names) or JSON (an array of objects with the same keys), read into checked cameras with a
// report of every line refused and why, and written back for export. A file imports whole, in
// one transaction with one journaled change per camera, or not at all unless the administrator
// asks for the valid lines only. Credentials never travel in a file: they go to the keyring.
#pragma once

#include "core/cameras/camera.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace vigie::access {
struct User;
}

namespace vigie::cameras {

class CameraDirectory;

struct RejectedLine
{
    int line = 0; // the CSV line (from 1, the header being 1) or the JSON entry (from 1)
    QString reason; // in the operator's language
};

struct CameraImport
{
    QList<Camera> cameras; // the valid lines, each a full camera (an existing one updated)
    QList<RejectedLine> rejected;
    int added = 0; // among `cameras`, those whose number is new
    int updated = 0;
    bool json = false; // lines are JSON entries rather than CSV lines
    bool saved = false;

    // "Ligne 12 : ..." / "Entrée 3 : ...", one per rejected line.
    QStringList report() const;
};

class CameraFile
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cameras::CameraFile)
public:
    // Reads and checks the file against the directory as it stands; a file that cannot be read
    // at all (not UTF-8, not CSV, broken JSON, no number column) is a failure with its reason.
    static Result<CameraImport> read(const QByteArray &data, const CameraDirectory &directory);
    // read(), then saves: every valid camera when nothing was rejected or `validOnly`, else none
    // (saved stays false). The actor needs ManageCameras; a refusal reads the file not at all.
    static Result<CameraImport> import(CameraDirectory &directory, const access::User &actor,
                                       const QByteArray &data, bool validOnly);

    // Sets the field `key` (a canonical column name: "zone", "bearing_deg", "owner",
    // "verbalisation"...) of `camera` from `text` as a file's cell would; the reason in the
    // reader's language when the value is not one.
    static std::optional<QString> setField(Camera &camera, const QString &key, const QString &text);

    // Every camera, retired ones included, with the canonical column names; re-imports as is.
    static QByteArray toCsv(const QList<Camera> &cameras);
    static QByteArray toJson(const QList<Camera> &cameras);
};

} // namespace vigie::cameras
