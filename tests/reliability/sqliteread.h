#pragma once

#include <QStringList>
#include <sqlite3.h>

namespace torture {

// The first column of every row `sql` returns, read through a read-only connection; `error`
// says why when the file cannot be read. Used for refpos's database and for copies.
inline QStringList column(const QString &path, const char *sql, QString *error = nullptr)
{
    QStringList values;
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    while (rc == SQLITE_OK || rc == SQLITE_ROW) {
        rc = sqlite3_step(statement);
        if (rc == SQLITE_ROW)
            values.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))));
    }
    if (rc != SQLITE_DONE && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return values;
}

} // namespace torture
