#include "health/metricswriter.h"

#include <QLocale>
#include <cmath>

namespace kiosk {

QByteArray MetricsWriter::formatValue(double value)
{
    if (std::isnan(value))
        return "NaN";
    if (std::isinf(value))
        return value > 0 ? "+Inf" : "-Inf";
    // Counts and timestamps read as integers rather than as 1.7e+09.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

QByteArray MetricsWriter::escapeLabelValue(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray MetricsWriter::escapeHelp(const QString &help)
{
    QByteArray out;
    for (const char c : help.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

void MetricsWriter::family(const char *name, const char *type, const QString &help)
{
    m_text += "# HELP " + QByteArray(name) + ' ' + escapeHelp(help) + '\n';
    m_text += "# TYPE " + QByteArray(name) + ' ' + type + '\n';
}

void MetricsWriter::sample(const char *name, double value, const Labels &labels)
{
    m_text += name;
    if (!labels.isEmpty()) {
        m_text += '{';
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (i)
                m_text += ',';
            m_text += labels.at(i).first + "=\"" + escapeLabelValue(labels.at(i).second) + '"';
        }
        m_text += '}';
    }
    m_text += ' ' + formatValue(value) + '\n';
}

void MetricsWriter::histogram(const char *name, const QString &help, const Histogram &h)
{
    family(name, "histogram", help);
    const QByteArray base(name);
    const QByteArray bucket = base + "_bucket";
    for (qsizetype i = 0; i < h.upperBounds().size(); ++i) {
        sample(bucket.constData(), double(h.countAtOrBelow(i)),
               {{"le", QString::fromLatin1(formatValue(h.upperBounds().at(i)))}});
    }
    sample(bucket.constData(), double(h.count()), {{"le", QStringLiteral("+Inf")}});
    sample((base + "_sum").constData(), h.sum());
    sample((base + "_count").constData(), double(h.count()));
}

} // namespace kiosk
