#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <atomic>

namespace kiosk {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpResult
{
    // Why no complete response arrived: refused or unreachable (Connect), too slow (Timeout:
    // the total or connect timeout, or the low-speed limit), the connection dropped mid-way
    // (Reset), anything else (Other, also a stop request).
    enum class Error { None, Connect, Timeout, Reset, Other };

    int status = 0;           // 0 when no response arrived
    HttpHeaders headers;      // names lower-cased, in arrival order, of the final response
    QByteArray body;
    Error error = Error::None;
    QString errorMessage;     // libcurl's words; never contains request headers
    qint64 elapsedMs = 0;

    bool isNetworkError() const { return error != Error::None; }
    // The first header named `name` (lower case).
    QByteArray header(const QByteArray &name) const;
};

QString errorKindName(HttpResult::Error error); // "connect", "timeout", ...
// "connect: <libcurl's words>": what went wrong with a request that got no response.
QString networkErrorText(const HttpResult &result);

// A blocking HTTP/1.1 client over ONE libcurl easy handle, so the connection to the backend is
// kept alive between requests. Not thread-safe: it lives and runs on the sync thread only.
// CurlGlobal must exist (in main) before the first client is made.
class HttpClient
{
public:
    struct Options
    {
        // "https://pos.example.com" (no trailing slash needed). Empty: every path is a whole URL
        // (images on another host, fetched by a client with no default headers).
        QByteArray baseUrl;
        int connectTimeoutMs = 5000;
        int totalTimeoutMs = 15000;
        // A transfer slower than lowSpeedLimit bytes/s for lowSpeedTimeS seconds is aborted.
        int lowSpeedLimitBytes = 1;
        int lowSpeedTimeS = 10;
        bool tlsVerify = true;         // peer and host checks; off only with the lab flag
        qint64 maxBodyBytes = 16 * 1024 * 1024;
    };

    explicit HttpClient(const Options &options);
    ~HttpClient();
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    // Sent with every request (Authorization, X-Kiosk-Id, Accept, ...). Never logged.
    void setDefaultHeaders(const HttpHeaders &headers) { m_defaultHeaders = headers; }
    const HttpHeaders &defaultHeaders() const { return m_defaultHeaders; }
    // Once *flag is true, a running request stops within 50 ms (Error::Other, "stopped").
    void setAbortFlag(const std::atomic_bool *flag) { m_abort = flag; }
    const Options &options() const { return m_options; }

    HttpResult get(const QByteArray &path, const HttpHeaders &headers = {});
    HttpResult post(const QByteArray &path, const QByteArray &jsonBody, const HttpHeaders &headers = {});
    HttpResult put(const QByteArray &path, const QByteArray &jsonBody, const HttpHeaders &headers = {});
    HttpResult deleteResource(const QByteArray &path, const HttpHeaders &headers = {});

private:
    enum class Method { Get, Post, Put, Delete };
    HttpResult perform(Method method, const QByteArray &path, const QByteArray &body, const HttpHeaders &headers);

    Options m_options;
    void *m_curl = nullptr;  // CURL *: one handle, so one kept-alive connection
    void *m_multi = nullptr; // CURLM *: drives it, so a stop request is noticed at once
    HttpHeaders m_defaultHeaders;
    const std::atomic_bool *m_abort = nullptr;
};

} // namespace kiosk
