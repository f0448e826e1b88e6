#pragma once

// A strict checker of the Prometheus text exposition format 0.0.4, line by line, written from
// the format's description (not from our writer) so it can catch the writer's mistakes.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <cmath>
#include <optional>

namespace kiosk::test {

struct PromSample
{
    QByteArray name;
    QMap<QByteArray, QByteArray> labels; // unescaped values
    double value = 0;
};

struct PromFamily
{
    QByteArray type;
    QByteArray help;
    QList<PromSample> samples;
};

using PromFamilies = QMap<QByteArray, PromFamily>;

namespace prom {

inline const QRegularExpression &metricName()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return re;
}

inline const QRegularExpression &labelName()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return re;
}

// Go's ParseFloat as Prometheus accepts it, plus the special values.
inline bool parseValue(const QByteArray &text, double *value)
{
    static const QRegularExpression number(
        QStringLiteral(R"(^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$)"));
    if (text == "+Inf" || text == "Inf") {
        *value = INFINITY;
        return true;
    }
    if (text == "-Inf") {
        *value = -INFINITY;
        return true;
    }
    if (text == "NaN") {
        *value = NAN;
        return true;
    }
    if (!number.match(QString::fromLatin1(text)).hasMatch())
        return false;
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}

// `{a="x",b="y"}` from position `*pos` (at '{'); unescapes values.
inline bool parseLabels(const QByteArray &line, qsizetype *pos, QMap<QByteArray, QByteArray> *labels,
                        QString *error)
{
    qsizetype i = *pos + 1;
    while (i < line.size() && line.at(i) != '}') {
        const qsizetype eq = line.indexOf('=', i);
        if (eq < 0) {
            *error = QStringLiteral("label without '='");
            return false;
        }
        const QByteArray name = line.mid(i, eq - i);
        if (!labelName().match(QString::fromLatin1(name)).hasMatch()) {
            *error = QStringLiteral("bad label name \"%1\"").arg(QString::fromLatin1(name));
            return false;
        }
        if (labels->contains(name)) {
            *error = QStringLiteral("label \"%1\" twice").arg(QString::fromLatin1(name));
            return false;
        }
        i = eq + 1;
        if (i >= line.size() || line.at(i) != '"') {
            *error = QStringLiteral("label value not quoted");
            return false;
        }
        ++i;
        QByteArray value;
        bool closed = false;
        while (i < line.size()) {
            const char c = line.at(i);
            if (c == '\\') {
                const char next = i + 1 < line.size() ? line.at(i + 1) : '\0';
                if (next == '\\' || next == '"')
                    value += next;
                else if (next == 'n')
                    value += '\n';
                else {
                    *error = QStringLiteral("bad escape in a label value");
                    return false;
                }
                i += 2;
                continue;
            }
            if (c == '"') {
                closed = true;
                ++i;
                break;
            }
            value += c;
            ++i;
        }
        if (!closed) {
            *error = QStringLiteral("unterminated label value");
            return false;
        }
        labels->insert(name, value);
        if (i < line.size() && line.at(i) == ',')
            ++i;
        else if (i >= line.size() || line.at(i) != '}') {
            *error = QStringLiteral("expected ',' or '}' after a label");
            return false;
        }
    }
    if (i >= line.size()) {
        *error = QStringLiteral("unterminated label set");
        return false;
    }
    *pos = i + 1;
    return true;
}

inline QByteArray familyOf(const QByteArray &sample, const PromFamilies &families)
{
    if (families.contains(sample))
        return sample;
    for (const char *suffix : {"_bucket", "_sum", "_count"}) {
        if (sample.endsWith(suffix)) {
            const QByteArray base = sample.left(sample.size() - qsizetype(qstrlen(suffix)));
            const auto it = families.constFind(base);
            if (it != families.cend() && (it->type == "histogram" || it->type == "summary"))
                return base;
        }
    }
    return {};
}

inline QByteArray seriesKey(const PromSample &s, bool withoutLe = false)
{
    QByteArray key = s.name + '{';
    for (auto it = s.labels.cbegin(); it != s.labels.cend(); ++it) {
        if (!(withoutLe && it.key() == "le"))
            key += it.key() + "=\"" + it.value() + "\",";
    }
    return key + '}';
}

inline void checkHistogram(const QByteArray &name, const PromFamily &family, QStringList *errors)
{
    struct Series
    {
        QList<QPair<double, double>> buckets; // le, cumulative count
        std::optional<double> sum;
        std::optional<double> count;
    };
    QMap<QByteArray, Series> series; // by labels other than le
    for (const PromSample &s : family.samples) {
        PromSample base = s;
        base.name = name;
        const QByteArray key = seriesKey(base, true);
        if (s.name == name + "_bucket") {
            double le = 0;
            if (!s.labels.contains("le") || !parseValue(s.labels.value("le"), &le)) {
                errors->append(QStringLiteral("%1: bucket without a numeric le").arg(QString::fromLatin1(name)));
                continue;
            }
            series[key].buckets.append({le, s.value});
        } else if (s.name == name + "_sum") {
            series[key].sum = s.value;
        } else if (s.name == name + "_count") {
            series[key].count = s.value;
        } else {
            errors->append(QStringLiteral("%1: histogram sample %2 is not _bucket, _sum or _count")
                               .arg(QString::fromLatin1(name), QString::fromLatin1(s.name)));
        }
        if (s.name != name + "_bucket" && s.labels.contains("le"))
            errors->append(QStringLiteral("%1: le outside a bucket").arg(QString::fromLatin1(name)));
    }
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        const Series &h = it.value();
        if (h.buckets.isEmpty() || !std::isinf(h.buckets.constLast().first))
            errors->append(QStringLiteral("%1: no le=\"+Inf\" bucket last").arg(QString::fromLatin1(name)));
        for (qsizetype i = 1; i < h.buckets.size(); ++i) {
            if (!(h.buckets.at(i).first > h.buckets.at(i - 1).first))
                errors->append(QStringLiteral("%1: le not ascending").arg(QString::fromLatin1(name)));
            if (h.buckets.at(i).second < h.buckets.at(i - 1).second)
                errors->append(QStringLiteral("%1: buckets not cumulative").arg(QString::fromLatin1(name)));
        }
        if (!h.sum || !h.count)
            errors->append(QStringLiteral("%1: _sum or _count missing").arg(QString::fromLatin1(name)));
        else if (!h.buckets.isEmpty() && h.buckets.constLast().second != *h.count)
            errors->append(QStringLiteral("%1: +Inf bucket differs from _count").arg(QString::fromLatin1(name)));
    }
}

} // namespace prom

// Every problem found in `text`; empty when it is valid. Stricter than Prometheus in one way:
// every sample needs a "# TYPE" line before it (ours always have one).
inline QStringList validateExposition(const QByteArray &text, PromFamilies *out = nullptr)
{
    using namespace prom;
    QStringList errors;
    PromFamilies families;
    QByteArray current;       // the family whose lines come now
    QSet<QByteArray> closed;  // families whose group has ended
    QSet<QByteArray> series;
    if (!text.isEmpty() && !text.endsWith('\n'))
        errors.append(QStringLiteral("does not end with a line feed"));
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        const QString where = QStringLiteral("line %1: ").arg(n + 1);
        if (line.isEmpty())
            continue;
        auto enter = [&](const QByteArray &family) {
            if (family == current)
                return;
            if (closed.contains(family))
                errors.append(where + QStringLiteral("%1 lines are not one group").arg(QString::fromLatin1(family)));
            if (!current.isEmpty())
                closed.insert(current);
            current = family;
        };
        if (line.startsWith('#')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 3 || (parts.at(1) != "HELP" && parts.at(1) != "TYPE"))
                continue; // a plain comment
            const QByteArray name = parts.at(2);
            if (parts.at(0) != "#" || !metricName().match(QString::fromLatin1(name)).hasMatch()) {
                errors.append(where + QStringLiteral("bad comment line"));
                continue;
            }
            enter(name);
            PromFamily &family = families[name];
            if (parts.at(1) == "TYPE") {
                static const QSet<QByteArray> types{"counter", "gauge", "histogram", "summary", "untyped"};
                if (parts.size() != 4 || !types.contains(parts.at(3)))
                    errors.append(where + QStringLiteral("bad TYPE line"));
                else if (!family.type.isEmpty())
                    errors.append(where + QStringLiteral("second TYPE for %1").arg(QString::fromLatin1(name)));
                else if (!family.samples.isEmpty())
                    errors.append(where + QStringLiteral("TYPE after samples of %1").arg(QString::fromLatin1(name)));
                else
                    family.type = parts.at(3);
            } else {
                const QByteArray help = line.mid(qsizetype(qstrlen("# HELP ")) + name.size() + 1);
                if (!family.help.isEmpty())
                    errors.append(where + QStringLiteral("second HELP for %1").arg(QString::fromLatin1(name)));
                for (qsizetype i = 0; i < help.size(); ++i) {
                    if (help.at(i) == '\\') {
                        const char next = i + 1 < help.size() ? help.at(i + 1) : '\0';
                        if (next != '\\' && next != 'n')
                            errors.append(where + QStringLiteral("bad escape in HELP"));
                        ++i;
                    }
                }
                family.help = help.isEmpty() ? QByteArray(" ") : help;
            }
            continue;
        }
        // A sample: name, optional labels, one space, value, optional timestamp.
        PromSample sample;
        qsizetype pos = 0;
        while (pos < line.size() && line.at(pos) != '{' && line.at(pos) != ' ')
            ++pos;
        sample.name = line.left(pos);
        if (!metricName().match(QString::fromLatin1(sample.name)).hasMatch()) {
            errors.append(where + QStringLiteral("bad metric name \"%1\"").arg(QString::fromLatin1(sample.name)));
            continue;
        }
        if (pos < line.size() && line.at(pos) == '{') {
            QString error;
            if (!parseLabels(line, &pos, &sample.labels, &error)) {
                errors.append(where + error);
                continue;
            }
        }
        const QList<QByteArray> rest = line.mid(pos).split(' ');
        if (rest.size() < 2 || rest.size() > 3 || !rest.at(0).isEmpty()) {
            errors.append(where + QStringLiteral("expected ' value [timestamp]'"));
            continue;
        }
        if (!parseValue(rest.at(1), &sample.value)) {
            errors.append(where + QStringLiteral("bad value \"%1\"").arg(QString::fromLatin1(rest.at(1))));
            continue;
        }
        if (rest.size() == 3) {
            bool ok = false;
            rest.at(2).toLongLong(&ok);
            if (!ok)
                errors.append(where + QStringLiteral("bad timestamp"));
        }
        const QByteArray family = familyOf(sample.name, families);
        if (family.isEmpty() || families.value(family).type.isEmpty()) {
            errors.append(where + QStringLiteral("%1 has no TYPE before it").arg(QString::fromLatin1(sample.name)));
            continue;
        }
        enter(family);
        const QByteArray &type = families[family].type;
        if ((type == "gauge" || type == "counter" || type == "untyped") && sample.name != family)
            errors.append(where + QStringLiteral("%1 is not named like its family").arg(QString::fromLatin1(sample.name)));
        if (type == "counter" && !(sample.value >= 0))
            errors.append(where + QStringLiteral("a counter below zero"));
        if (!series.contains(seriesKey(sample)))
            series.insert(seriesKey(sample));
        else
            errors.append(where + QStringLiteral("duplicate series %1").arg(QString::fromLatin1(seriesKey(sample))));
        families[family].samples.append(sample);
    }
    for (auto it = families.cbegin(); it != families.cend(); ++it) {
        if (it->type == "histogram")
            checkHistogram(it.key(), it.value(), &errors);
    }
    if (out)
        *out = families;
    return errors;
}

// The value of the one sample `name{labels}`; NaN when there is none.
inline double sampleValue(const PromFamilies &families, const QByteArray &name,
                          const QMap<QByteArray, QByteArray> &labels = {})
{
    for (const PromFamily &family : families) {
        for (const PromSample &s : family.samples) {
            if (s.name == name && s.labels == labels)
                return s.value;
        }
    }
    return NAN;
}

} // namespace kiosk::test
