// Each operator's own selections of cameras: the favourites, and named groups (a round of the
// station's forecourt, the market on Sundays) that go on a wall at once. They follow the
// operator to any desk: every change is a journal event authored by that operator and carrying
// the selection's full new state, synced like the other records; no one else may change them,
// here (refused) nor from another desk (the event is flagged and not applied).
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace vigie::store {
class Database;
}
namespace vigie::journal {
class Journal;
struct Event;
} // namespace vigie::journal
namespace vigie::access {
struct User;
}

namespace vigie::cameras {

inline constexpr const char *kSelectionObject = "camera_selection";

struct CameraSelection
{
    QString id; // "favourites", or a group's UUID
    QString owner; // the operator's login
    QString name; // a group's name; empty for the favourites
    QList<int> cameras; // camera numbers, in the operator's order

    bool isFavourites() const { return id == QLatin1String("favourites"); }
};

class CameraSelections
{
    Q_DECLARE_TR_FUNCTIONS(vigie::cameras::CameraSelections)
public:
    CameraSelections(store::Database &db, journal::Journal &journal);

    CameraSelection favourites(const QString &login) const;
    QList<CameraSelection> groups(const QString &login) const; // by name

    // Marks the cameras as favourites, or, when all of them already are, unmarks them. Returns
    // whether they are favourites now.
    Result<bool> toggleFavourites(const access::User &actor, const QList<int> &numbers);
    Result<QString> createGroup(const access::User &actor, const QString &name,
                                const QList<int> &numbers);
    Status renameGroup(const access::User &actor, const QString &id, const QString &name);
    Status addToGroup(const access::User &actor, const QString &id, const QList<int> &numbers);
    Status removeFromGroup(const access::User &actor, const QString &id, const QList<int> &numbers);
    Status deleteGroup(const access::User &actor, const QString &id);

    // Applies this desk's own events.
    static Status apply(store::Database &db, const journal::Event &event);
    // Another desk's event (sync's projector): applied only when its author owns the selection
    // and is an active account here; flagged otherwise.
    static Status project(store::Database &db, const journal::Event &event);

private:
    // The actor's own group of that id; a refusal when it is another operator's.
    Result<CameraSelection> ownGroup(const access::User &actor, const QString &id) const;
    Status checkName(const access::User &actor, const QString &name, const QString &id) const;
    Status save(const access::User &actor, const CameraSelection &selection, bool deleted);

    store::Database &m_db;
    journal::Journal &m_journal;
};

} // namespace vigie::cameras
