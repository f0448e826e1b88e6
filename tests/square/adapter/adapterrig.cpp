#include "adapterrig.h"

#include "support/tokenfile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace kiosk::test {

bool AdapterRig::start(const QStringList &arguments, QString *error)
{
    if (!m_square.start(arguments, error))
        return false;
    m_settings.backendKind = BackendKind::Square;
    m_settings.baseUrl = m_square.sim().url(QString()).toString().toUtf8();
    m_settings.tokenFile = path(u"square.token"_s);
    m_settings.square.locationId = QString::fromLatin1(SquaresimLocationId);
    m_settings.squareImageDir = path(u"square-images"_s);
    m_settings.menuImageDir = m_settings.squareImageDir;
    m_settings.squareTranslationsFile = path(u"square-translations.json"_s);
    m_settings.languages = {u"en"_s, u"es"_s};
    m_settings.currency = u"USD"_s;
    m_settings.totalTimeoutMs = 5000;
    m_settings.loyaltyLookupTimeoutMs = 2000;
    if (!writeTokenFile(m_settings.tokenFile, SquaresimToken)) {
        *error = u"cannot write the token file"_s;
        return false;
    }
    return true;
}

bool AdapterRig::writeTranslations(const QByteArray &json)
{
    QFile file(m_settings.squareTranslationsFile);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(json) == json.size();
}

bool AdapterRig::writeSeed(const QString &dir, const std::function<void(QJsonObject *)> &edit)
{
    const QString sample = SquaresimProcess::sampleSeedDir();
    QFile in(QDir(sample).filePath(u"seed.json"_s));
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QJsonObject seed = QJsonDocument::fromJson(in.readAll()).object();
    edit(&seed);
    QFile out(QDir(dir).filePath(u"seed.json"_s));
    const QByteArray json = QJsonDocument(seed).toJson(QJsonDocument::Compact);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        return false;
    const QDir images(QDir(sample).filePath(u"images"_s));
    if (!QDir().mkpath(QDir(dir).filePath(u"images"_s)))
        return false;
    for (const QString &name : images.entryList(QDir::Files)) {
        if (!QFile::copy(images.filePath(name), QDir(dir).filePath(u"images/"_s + name)))
            return false;
    }
    return true;
}

} // namespace kiosk::test
