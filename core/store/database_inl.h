// Template part of database.h.
#pragma once

#include <QCoreApplication>
#include <QSqlError>

namespace vigie::store {

template <typename Fn> Status inTransaction(QSqlDatabase &db, Fn &&fn)
{
    // What the operator reads is that the change was not saved; why follows (read-only, full...).
    if (const QSqlError error = beginImmediate(db); error.isValid())
        return Status::failure(Database::describeError(
            QCoreApplication::translate("vigie::store::Database", "Cannot save the change"),
            error));
    Status status = fn();
    if (!status.ok()) {
        db.rollback();
        return status;
    }
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        db.rollback();
        return Status::failure(Database::describeError(
            QCoreApplication::translate("vigie::store::Database", "Cannot save the change"),
            error));
    }
    return Status::success();
}

} // namespace vigie::store
