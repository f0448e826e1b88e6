#pragma once

#include <QString>
#include <optional>

namespace kiosk {

// The staff PIN set with `kioskctl pin-set`: one line, the PBKDF2 hash (staff/pinhash.h), in the
// kiosk's data directory beside kiosk.db. It lives there and not in kiosk.json because
// kiosk.json is a conffile the package may replace, and the PIN is the store's, not the
// package's. When the file exists it wins over kiosk.json's diagnostics.pin_hash.
class StaffPinFile
{
public:
    static constexpr const char *FileName = "staff-pin";

    explicit StaffPinFile(QString path) : m_path(std::move(path)) {}
    // DATA_DIR/staff-pin.
    static StaffPinFile inDataDir(const QString &dataDir);

    QString path() const { return m_path; }
    // The hash it holds; nullopt when there is no file, or when it holds no well-formed hash
    // (`error` says which; never the content).
    std::optional<QString> read(QString *error = nullptr) const;
    // Replaces the file atomically (a crash leaves the old PIN or the new, never half a file),
    // 0640 and in the data directory's group, so the kiosk's user can read what root wrote.
    bool write(const QString &hash, QString *error) const;

private:
    QString m_path;
};

} // namespace kiosk
