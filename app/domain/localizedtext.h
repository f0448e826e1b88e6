#pragma once

#include <QList>
#include <QString>
#include <algorithm>
#include <initializer_list>
#include <iterator>
#include <utility>

namespace kiosk {

// A text's translations by language code, read like the QHash it used to be. A store offers
// two or three languages, so they are a short list of pairs: a Qt 6.4 QHash took about 1 KB
// for two texts, and a 5,000-item menu holds 10,000 names and descriptions.
class LanguageTexts
{
    using Entry = std::pair<QString, QString>; // language, text
    using Entries = QList<Entry>;

public:
    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using difference_type = qsizetype;
        using value_type = QString;
        using pointer = const QString *;
        using reference = const QString &;

        const_iterator() = default;
        explicit const_iterator(Entries::const_iterator it) : m_it(it) {}

        const QString &key() const { return m_it->first; }
        const QString &value() const { return m_it->second; }
        const QString &operator*() const { return m_it->second; }
        const QString *operator->() const { return &m_it->second; }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        const_iterator operator++(int)
        {
            const const_iterator before = *this;
            ++m_it;
            return before;
        }
        bool operator==(const const_iterator &) const = default;

    private:
        Entries::const_iterator m_it;
    };

    LanguageTexts() = default;
    LanguageTexts(std::initializer_list<Entry> texts)
    {
        m_entries.reserve(qsizetype(texts.size()));
        for (const Entry &entry : texts)
            insert(entry.first, entry.second);
    }

    // Sets the text in `language`, replacing the one it had.
    void insert(const QString &language, const QString &text)
    {
        const auto it = find(language);
        if (it != m_entries.cend())
            m_entries[it - m_entries.cbegin()].second = text;
        else
            m_entries.append({language, text});
    }
    void reserve(qsizetype languages) { m_entries.reserve(languages); }

    const_iterator constFind(const QString &language) const { return const_iterator(find(language)); }
    bool contains(const QString &language) const { return find(language) != m_entries.cend(); }
    QString value(const QString &language, const QString &fallback = QString()) const
    {
        const auto it = find(language);
        return it == m_entries.cend() ? fallback : it->second;
    }

    const_iterator cbegin() const { return const_iterator(m_entries.cbegin()); }
    const_iterator cend() const { return const_iterator(m_entries.cend()); }
    const_iterator begin() const { return cbegin(); }
    const_iterator end() const { return cend(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }

    // The same texts in the same languages, in whatever order they were added.
    bool operator==(const LanguageTexts &other) const
    {
        return size() == other.size()
                && std::all_of(m_entries.cbegin(), m_entries.cend(), [&other](const Entry &e) {
                       const auto it = other.find(e.first);
                       return it != other.m_entries.cend() && it->second == e.second;
                   });
    }

private:
    Entries::const_iterator find(const QString &language) const
    {
        return std::find_if(m_entries.cbegin(), m_entries.cend(),
                            [&language](const Entry &e) { return e.first == language; });
    }

    Entries m_entries;
};

// A text a manager wrote in several languages, keyed by language code ("en", "es").
struct LocalizedText
{
    LanguageTexts byLanguage;

    // The text in `language`, else in English, else any text there is.
    QString text(const QString &language) const
    {
        if (const auto it = byLanguage.constFind(language); it != byLanguage.cend())
            return *it;
        if (const auto it = byLanguage.constFind(QStringLiteral("en")); it != byLanguage.cend())
            return *it;
        return byLanguage.isEmpty() ? QString() : *byLanguage.cbegin();
    }

    bool operator==(const LocalizedText &) const = default;
};

} // namespace kiosk
