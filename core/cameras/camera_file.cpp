#include "core/cameras/camera_file.h"

#include "core/cameras/camera_directory.h"
#include "core/cameras/stream_url.h"
#include "core/common/csv.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <array>

namespace vigie::cameras {
namespace {

// The canonical keys, in the order an export writes them.
const std::array kKeys { "number",        "name",       "zone",           "address",
                         "place",         "insee_code", "latitude",       "longitude",
                         "bearing_deg",   "owner",      "convention",     "main_url",
                         "sub_url",       "transport",  "retention_days", "ptz",
                         "verbalisation", "enabled",    "retired",        "onvif_url" };

// The canonical key of a column name, French or English; empty for an unknown one.
QString canonicalKey(const QString &header)
{
    static const QHash<QString, QString> aliases = csv::columnAliases({
        { "number", { "numero", "no", "num", "n", "camera", "numero_camera" } },
        { "name", { "nom", "libelle", "intitule" } },
        { "zone", { "quartier", "secteur", "district" } },
        { "address", { "adresse", "rue", "voie" } },
        { "place", { "lieu", "emplacement" } },
        { "insee_code", { "insee", "code_insee", "commune", "code_commune" } },
        { "latitude", { "lat" } },
        { "longitude", { "lon", "lng", "long" } },
        { "bearing_deg", { "direction", "orientation", "cap", "azimut", "bearing" } },
        { "owner", { "proprietaire" } },
        { "convention", { "reference_convention", "convention_bailleur" } },
        { "main_url", { "flux_principal", "flux", "url", "adresse_flux", "main" } },
        { "sub_url", { "flux_secondaire", "sous_flux", "sub" } },
        { "transport", {} },
        { "retention_days",
          { "retention", "conservation", "duree_conservation", "conservation_jours" } },
        { "ptz", { "motorisee", "mobile" } },
        { "verbalisation", { "videoverbalisation", "video_verbalisation" } },
        { "enabled", { "actif", "active", "en_service" } },
        { "retired", { "retiree", "retire", "hors_service" } },
        { "onvif_url", { "onvif", "adresse_onvif", "onvif_address" } },
    });
    return aliases.value(csv::normalisedName(header));
}

} // namespace

std::optional<QString> CameraFile::setField(Camera &camera, const QString &key, const QString &text)
{
    const QString value = text.trimmed();
    if (key == QLatin1String("name")) {
        camera.name = value;
    } else if (key == QLatin1String("zone")) {
        camera.zone = value;
    } else if (key == QLatin1String("address")) {
        camera.address = value;
    } else if (key == QLatin1String("place")) {
        camera.place = value;
    } else if (key == QLatin1String("insee_code")) {
        camera.inseeCode = value.toUpper();
    } else if (key == QLatin1String("latitude") || key == QLatin1String("longitude")) {
        const auto real = csv::parseReal(value);
        if (!real)
            return CameraFile::tr("the coordinates \"%1\" are not a number of degrees.").arg(value);
        (key == QLatin1String("latitude") ? camera.latitude : camera.longitude) = *real;
    } else if (key == QLatin1String("bearing_deg")) {
        const auto real = csv::parseReal(value);
        if (!real)
            return CameraFile::tr("the viewing direction \"%1\" is not a number of degrees.")
                .arg(value);
        camera.bearingDeg = *real;
    } else if (key == QLatin1String("owner")) {
        const QString owner = csv::normalisedName(value);
        if (owner == QLatin1String("autre"))
            camera.owner = CameraOwner::Other;
        else if (const auto known = ownerFromName(owner))
            camera.owner = *known;
        else
            return CameraFile::tr("the owner \"%1\" is not commune, bailleur or autre.").arg(value);
    } else if (key == QLatin1String("convention")) {
        camera.convention = value;
    } else if (key == QLatin1String("main_url")) {
        camera.mainUrl = QUrl(value, QUrl::StrictMode);
    } else if (key == QLatin1String("sub_url")) {
        camera.subUrl = QUrl(value, QUrl::StrictMode);
    } else if (key == QLatin1String("onvif_url")) {
        camera.onvifUrl = QUrl(value, QUrl::StrictMode);
    } else if (key == QLatin1String("transport")) {
        const QString transport = csv::normalisedName(value);
        if (transport != QLatin1String("tcp") && transport != QLatin1String("udp"))
            return CameraFile::tr("the transport \"%1\" is not tcp or udp.").arg(value);
        camera.transport = transport;
    } else if (key == QLatin1String("retention_days")) {
        bool ok = false;
        camera.retentionDays = value.toInt(&ok);
        if (!ok)
            return CameraFile::tr("the retention \"%1\" is not a whole number of days.").arg(value);
        if (camera.retentionDays < 1 || camera.retentionDays > 30)
            return CameraFile::tr(
                       "a retention of %1 days is over the 30 days the law allows (article "
                       "L252-5).")
                .arg(camera.retentionDays);
    } else {
        const auto flag = csv::parseBool(value);
        if (!flag)
            return CameraFile::tr("\"%1\" is not oui or non (column %2).").arg(value, key);
        if (key == QLatin1String("ptz"))
            camera.ptz = *flag;
        else if (key == QLatin1String("verbalisation"))
            camera.verbalisation = *flag;
        else if (key == QLatin1String("enabled"))
            camera.enabled = *flag;
        else
            camera.retired = *flag;
    }
    return std::nullopt;
}

namespace {

// One line of the file: its number and its cells by canonical key.
struct Line
{
    int line = 0;
    QHash<QString, QString> cells;
    QString broken; // why the line cannot be read (wrong number of fields)
};

Result<QList<Line>> readCsv(const QString &text)
{
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    const QChar separator = csv::guessSeparator(firstLine);
    auto records = csv::split(text, separator);
    if (!records.ok())
        return Result<QList<Line>>(records.status());
    if (records.value().isEmpty())
        return Result<QList<Line>>::failure(
            CameraFile::tr("The file is empty. Nothing was changed."));
    const QStringList header = records.value().first().fields;
    QStringList keys;
    for (const QString &name : header) {
        const QString key = canonicalKey(name);
        if (key.isEmpty())
            return Result<QList<Line>>::failure(
                CameraFile::tr("The column \"%1\" of the first line is not one of the "
                               "directory's (numero, nom, zone, adresse, insee, latitude, "
                               "longitude, direction, proprietaire, convention, flux_principal, "
                               "flux_secondaire, conservation, ptz, verbalisation, actif, "
                               "retiree...): is this a camera CSV file with its header line? "
                               "Nothing was changed.")
                    .arg(name.trimmed().left(40)));
        if (keys.contains(key))
            return Result<QList<Line>>::failure(
                CameraFile::tr("The column \"%1\" appears twice in the first line. Nothing was "
                               "changed.")
                    .arg(name.trimmed()));
        keys.append(key);
    }
    if (!keys.contains(QLatin1String("number")))
        return Result<QList<Line>>::failure(
            CameraFile::tr("The first line has no camera number column (numero): is this a "
                           "camera CSV file with its header line? Nothing was changed."));
    QList<Line> lines;
    for (qsizetype r = 1; r < records.value().size(); ++r) {
        const auto &[number, fields] = records.value().at(r);
        Line line;
        line.line = number;
        if (fields.size() != keys.size()) {
            line.broken = CameraFile::tr("%1 fields where the header has %2 (a separator too "
                                         "many or missing?).")
                              .arg(fields.size())
                              .arg(keys.size());
        } else {
            for (qsizetype i = 0; i < keys.size(); ++i)
                line.cells.insert(keys.at(i), fields.at(i));
        }
        lines.append(line);
    }
    return lines;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

Result<QList<Line>> readJson(const QByteArray &data)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QList<Line>>::failure(
            CameraFile::tr("The JSON file is broken at character %1 (%2): a truncated file? "
                           "Nothing was changed.")
                .arg(error.offset)
                .arg(error.errorString()));
    const QJsonArray entries = document.isArray()
        ? document.array()
        : document.object().value(QStringLiteral("cameras")).toArray();
    if (!document.isArray() && !document.object().value(QStringLiteral("cameras")).isArray())
        return Result<QList<Line>>::failure(
            CameraFile::tr("The JSON file holds no list of cameras (an array, or an object with "
                           "a \"cameras\" array). Nothing was changed."));
    QList<Line> lines;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        Line line;
        line.line = int(i + 1);
        if (!entries.at(i).isObject()) {
            line.broken = CameraFile::tr("this entry is not an object.");
        } else {
            const QJsonObject object = entries.at(i).toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString key = canonicalKey(it.key());
                if (key.isEmpty()) {
                    line.broken = CameraFile::tr("\"%1\" is not a field of the directory.")
                                      .arg(it.key().left(40));
                    break;
                }
                if (!it.value().isNull())
                    line.cells.insert(key, jsonText(it.value()));
            }
        }
        lines.append(line);
    }
    return lines;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char(',')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QJsonObject toObject(const Camera &c)
{
    const auto real = [](const std::optional<double> &v) {
        return v ? QJsonValue(*v) : QJsonValue();
    };
    return { { QStringLiteral("number"), c.number },
             { QStringLiteral("name"), c.name },
             { QStringLiteral("zone"), c.zone },
             { QStringLiteral("address"), c.address },
             { QStringLiteral("place"), c.place },
             { QStringLiteral("insee_code"), c.inseeCode },
             { QStringLiteral("latitude"), real(c.latitude) },
             { QStringLiteral("longitude"), real(c.longitude) },
             { QStringLiteral("bearing_deg"), real(c.bearingDeg) },
             { QStringLiteral("owner"), ownerName(c.owner) },
             { QStringLiteral("convention"), c.convention },
             { QStringLiteral("main_url"), c.mainUrl.toString(QUrl::RemoveUserInfo) },
             { QStringLiteral("sub_url"), c.subUrl.toString(QUrl::RemoveUserInfo) },
             { QStringLiteral("transport"), c.transport },
             { QStringLiteral("retention_days"), c.retentionDays },
             { QStringLiteral("ptz"), c.ptz },
             { QStringLiteral("verbalisation"), c.verbalisation },
             { QStringLiteral("enabled"), c.enabled },
             { QStringLiteral("retired"), c.retired },
             { QStringLiteral("onvif_url"), c.onvifUrl.toString(QUrl::RemoveUserInfo) } };
}

} // namespace

namespace {

// A reason after "Line N:" starts with a small letter, as French and English write after a
// colon, whoever wrote it: the directory's own checks are whole sentences (a form shows them
// alone beside a field). A word in capitals (INSEE, ONVIF) keeps them.
QString afterColon(const QString &reason)
{
    if (reason.size() < 2 || !reason.at(0).isUpper() || reason.at(1).isUpper())
        return reason;
    return reason.at(0).toLower() + reason.mid(1);
}

} // namespace

QStringList CameraImport::report() const
{
    QStringList lines;
    for (const RejectedLine &r : rejected)
        lines.append((json ? CameraFile::tr("Entry %1: %2") : CameraFile::tr("Line %1: %2"))
                         .arg(r.line)
                         .arg(afterColon(r.reason)));
    return lines;
}

Result<CameraImport> CameraFile::read(const QByteArray &data, const CameraDirectory &directory)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        // The line of the first byte that is not UTF-8, for the administrator to look at (no
        // byte of a UTF-8 sequence is a line feed, so lines decode alone).
        const QList<QByteArray> lines = data.split('\n');
        int line = 1;
        for (; line <= lines.size(); ++line) {
            QStringDecoder probe(QStringDecoder::Utf8);
            const QString decoded = probe(lines.at(line - 1));
            if (probe.hasError())
                break;
        }
        return Result<CameraImport>::failure(
            tr("The file is not UTF-8 text (line %1): save it as \"CSV UTF-8\" and import it "
               "again. Nothing was changed.")
                .arg(line));
    }
    const QString trimmed = text.trimmed();
    CameraImport result;
    result.json = trimmed.startsWith(QLatin1Char('[')) || trimmed.startsWith(QLatin1Char('{'));
    auto read = result.json ? readJson(text.toUtf8()) : readCsv(text);
    if (!read.ok())
        return Result<CameraImport>(read.status());

    // Numbers and main addresses seen in the file, and main addresses of the directory's cameras
    // in service: the same camera twice under two numbers is refused.
    QHash<int, QList<int>> linesOfNumber;
    for (const Line &line : read.value()) {
        bool ok = false;
        const int number = line.cells.value(QStringLiteral("number")).trimmed().toInt(&ok);
        if (ok)
            linesOfNumber[number].append(line.line);
    }
    QHash<QString, int> numberOfUrl;
    for (const Camera &camera : directory.inService())
        numberOfUrl.insert(camera.mainUrl.toString(), camera.number);
    QHash<QString, int> lineOfUrl;

    for (const Line &line : read.value()) {
        const auto reject = [&](const QString &reason) {
            result.rejected.append({ line.line, reason });
        };
        if (!line.broken.isEmpty()) {
            reject(line.broken);
            continue;
        }
        const QString numberText = line.cells.value(QStringLiteral("number")).trimmed();
        if (numberText.isEmpty()) {
            reject(tr("the camera number is missing."));
            continue;
        }
        bool ok = false;
        const int number = numberText.toInt(&ok);
        if (!ok || number <= 0) {
            reject(tr("the camera number \"%1\" is not a positive whole number.").arg(numberText));
            continue;
        }
        const QList<int> same = linesOfNumber.value(number);
        if (same.size() > 1) {
            QStringList others;
            for (int other : same) {
                if (other != line.line)
                    others.append(QString::number(other));
            }
            reject((result.json ? tr("camera number %1 is also given in entry %2.")
                                : tr("camera number %1 is also given on line %2."))
                       .arg(number)
                       .arg(others.join(QStringLiteral(", "))));
            continue;
        }
        const auto current = directory.byNumber(number);
        Camera camera = current.value_or(Camera {});
        camera.number = number;
        std::optional<QString> problem;
        for (const char *key : kKeys) {
            const QString k = QLatin1String(key);
            if (k == QLatin1String("number") || !line.cells.contains(k))
                continue;
            const QString cell = line.cells.value(k);
            // An empty cell leaves the field as it is (an optional coordinate stays unset).
            if (cell.trimmed().isEmpty() && k != QLatin1String("sub_url")
                && k != QLatin1String("zone") && k != QLatin1String("address")
                && k != QLatin1String("place") && k != QLatin1String("convention")
                && k != QLatin1String("onvif_url"))
                continue;
            problem = setField(camera, k, cell);
            if (problem)
                break;
        }
        if (problem) {
            reject(*problem);
            continue;
        }
        if (camera.mainUrl.isEmpty()) {
            reject(tr("the main stream address is missing."));
            continue;
        }
        if (!camera.mainUrl.userInfo().isEmpty() || !camera.subUrl.userInfo().isEmpty()) {
            reject(tr("the stream address carries a user name or a password: give it without "
                      "them, and keep them in the keyring with \"vigiectl camera credentials\"."));
            continue;
        }
        if (const Status checked = CameraDirectory::checkCamera(camera); !checked.ok()) {
            reject(checked.error());
            continue;
        }
        const QString url = camera.mainUrl.toString();
        if (const auto other = numberOfUrl.constFind(url);
            other != numberOfUrl.constEnd() && other.value() != number && !camera.retired) {
            reject(tr("the address %1 is already camera %2's.").arg(url).arg(other.value()));
            continue;
        }
        if (const auto other = lineOfUrl.constFind(url); other != lineOfUrl.constEnd()) {
            reject((result.json ? tr("the address %1 is also entry %2's.")
                                : tr("the address %1 is also line %2's."))
                       .arg(url)
                       .arg(other.value()));
            continue;
        }
        lineOfUrl.insert(url, line.line);
        result.cameras.append(camera);
        ++(current ? result.updated : result.added);
    }
    return result;
}

Result<CameraImport> CameraFile::import(CameraDirectory &directory, const access::User &actor,
                                        const QByteArray &data, bool validOnly)
{
    if (const Status allowed = directory.checkAllowed(actor, QStringLiteral("import"));
        !allowed.ok())
        return Result<CameraImport>(allowed);
    auto read = CameraFile::read(data, directory);
    if (!read.ok())
        return read;
    CameraImport result = read.take();
    if ((!result.rejected.isEmpty() && !validOnly) || result.cameras.isEmpty())
        return result;
    const auto saved = directory.saveAll(actor, result.cameras);
    if (!saved.ok())
        return Result<CameraImport>(saved.status());
    result.saved = true;
    return result;
}

QByteArray CameraFile::toCsv(const QList<Camera> &cameras)
{
    QStringList header;
    for (const char *key : kKeys)
        header.append(QLatin1String(key));
    QString out = header.join(QLatin1Char(';')) + QLatin1Char('\n');
    for (const Camera &camera : cameras) {
        const QJsonObject object = toObject(camera);
        QStringList fields;
        for (const char *key : kKeys)
            fields.append(csvField(jsonText(object.value(QLatin1String(key)))));
        out += fields.join(QLatin1Char(';')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray CameraFile::toJson(const QList<Camera> &cameras)
{
    QJsonArray array;
    for (const Camera &camera : cameras)
        array.append(toObject(camera));
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace vigie::cameras
