#pragma once

#include "openapi/spec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Square's api.json, loaded once per test executable (about a fifth of a second).
inline const kiosk::openapi::Spec &squareSpec()
{
    static const std::optional<kiosk::openapi::Spec> spec = [] {
        QString error;
        auto loaded = kiosk::openapi::Spec::load(QStringLiteral(KIOSK_SQUARE_API_JSON), &error);
        if (!loaded)
            qFatal("cannot load %s", qPrintable(error));
        return loaded;
    }();
    return *spec;
}

// A JSON text written in a test; an empty text is an empty body (a null QJsonValue).
inline QJsonValue jsonBody(const QByteArray &text)
{
    if (text.isEmpty())
        return QJsonValue();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    if (document.isNull())
        qFatal("bad JSON in a test: %s", qPrintable(error.errorString()));
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

// A data-driven test of response bodies: its columns, and the check of one row.
inline void addResponseColumns()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected"); // the violations, exactly
}

inline void checkResponseRow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    QCOMPARE(squareSpec().validateResponse(method, path, status, jsonBody(body)), expected);
}
