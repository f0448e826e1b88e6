#include "sync/httpclient.h"

#include <QElapsedTimer>
#include <curl/curl.h>

namespace kiosk {

namespace {

struct Transfer
{
    HttpResult *result;
    qint64 maxBodyBytes;
    bool tooLarge = false;
};

size_t onBody(char *data, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t bytes = size * count;
    if (t->result->body.size() + qint64(bytes) > t->maxBodyBytes) {
        t->tooLarge = true;
        return 0; // makes libcurl fail the transfer with CURLE_WRITE_ERROR
    }
    t->result->body.append(data, qsizetype(bytes));
    return bytes;
}

size_t onHeader(char *data, size_t size, size_t count, void *userdata)
{
    auto *t = static_cast<Transfer *>(userdata);
    const size_t bytes = size * count;
    const QByteArray line = QByteArray(data, qsizetype(bytes)).trimmed();
    if (line.startsWith("HTTP/")) {
        // A new response (after a 100 Continue): only the final one's headers count.
        t->result->headers.clear();
    } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
        t->result->headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
    }
    return bytes;
}

// curl_easy_perform(), but through the multi interface so that a stop request is seen within
// PollMs whatever the transfer is doing. The multi handle keeps the connection alive between
// requests, as the easy handle alone would.
CURLcode run(CURLM *multi, CURL *curl, const std::atomic_bool *abort)
{
    constexpr int PollMs = 50;
    if (curl_multi_add_handle(multi, curl) != CURLM_OK)
        return CURLE_FAILED_INIT;
    CURLcode code = CURLE_OK;
    int running = 1;
    while (running) {
        if (curl_multi_perform(multi, &running) != CURLM_OK) {
            code = CURLE_FAILED_INIT;
            break;
        }
        if (!running)
            break;
        if (abort && abort->load()) {
            code = CURLE_ABORTED_BY_CALLBACK;
            break;
        }
        curl_multi_poll(multi, nullptr, 0, PollMs, nullptr);
    }
    int queued = 0;
    while (const CURLMsg *message = curl_multi_info_read(multi, &queued)) {
        if (message->msg == CURLMSG_DONE && message->easy_handle == curl)
            code = message->data.result;
    }
    curl_multi_remove_handle(multi, curl);
    return code;
}

HttpResult::Error classify(CURLcode code, bool sent)
{
    switch (code) {
    case CURLE_OK:
        return HttpResult::Error::None;
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
        return HttpResult::Error::Connect;
    case CURLE_OPERATION_TIMEDOUT:
        // Nothing sent yet: the connect timeout fired (or the TLS handshake's).
        return sent ? HttpResult::Error::Timeout : HttpResult::Error::Connect;
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_SSL_CONNECT_ERROR:
        return HttpResult::Error::Reset;
    default:
        return HttpResult::Error::Other;
    }
}

} // namespace

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QString errorKindName(HttpResult::Error error)
{
    switch (error) {
    case HttpResult::Error::None:
        return QStringLiteral("none");
    case HttpResult::Error::Connect:
        return QStringLiteral("connect");
    case HttpResult::Error::Timeout:
        return QStringLiteral("timeout");
    case HttpResult::Error::Reset:
        return QStringLiteral("reset");
    case HttpResult::Error::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString networkErrorText(const HttpResult &result)
{
    return errorKindName(result.error) + QStringLiteral(": ") + result.errorMessage;
}

HttpClient::HttpClient(const Options &options)
    : m_options(options), m_curl(curl_easy_init()), m_multi(curl_multi_init())
{
    while (m_options.baseUrl.endsWith('/'))
        m_options.baseUrl.chop(1);
}

HttpClient::~HttpClient()
{
    curl_easy_cleanup(static_cast<CURL *>(m_curl));
    curl_multi_cleanup(static_cast<CURLM *>(m_multi));
}

HttpResult HttpClient::get(const QByteArray &path, const HttpHeaders &headers)
{
    return perform(Method::Get, path, {}, headers);
}

HttpResult HttpClient::post(const QByteArray &path, const QByteArray &jsonBody, const HttpHeaders &headers)
{
    return perform(Method::Post, path, jsonBody, headers);
}

HttpResult HttpClient::put(const QByteArray &path, const QByteArray &jsonBody, const HttpHeaders &headers)
{
    return perform(Method::Put, path, jsonBody, headers);
}

HttpResult HttpClient::deleteResource(const QByteArray &path, const HttpHeaders &headers)
{
    return perform(Method::Delete, path, {}, headers);
}

HttpResult HttpClient::perform(Method method, const QByteArray &path, const QByteArray &body,
                               const HttpHeaders &headers)
{
    HttpResult result;
    auto *curl = static_cast<CURL *>(m_curl);
    auto *multi = static_cast<CURLM *>(m_multi);
    if (!curl || !multi) {
        result.error = HttpResult::Error::Other;
        result.errorMessage = QStringLiteral("libcurl could not make a handle");
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    Transfer transfer{&result, m_options.maxBodyBytes};

    // Reset drops the previous request's options but keeps the live connection (keep-alive),
    // the DNS cache and the TLS session cache.
    curl_easy_reset(curl);
    char errorBuffer[CURL_ERROR_SIZE] = {};
    const QByteArray url = m_options.baseUrl + path;
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, long(m_options.connectTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, long(m_options.totalTimeoutMs));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, long(m_options.lowSpeedLimitBytes));
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, long(m_options.lowSpeedTimeS));
    curl_easy_setopt(curl, CURLOPT_TCP_KEEPALIVE, 1L);
    // Both from the one setting: the peer check alone would accept another site's valid
    // certificate. Off only with kiosk.json's lab flag (config/backendtransport.h).
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, m_options.tlsVerify ? 1L : 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, m_options.tlsVerify ? 2L : 0L);
    curl_easy_setopt(curl, CURLOPT_ACCEPT_ENCODING, ""); // whatever libcurl can decode
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &transfer);
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &transfer);

    curl_slist *list = nullptr;
    auto addHeader = [&list](const QByteArray &name, const QByteArray &value) {
        list = curl_slist_append(list, QByteArray(name + ": " + value).constData());
    };
    for (const auto &[name, value] : m_defaultHeaders)
        addHeader(name, value);
    for (const auto &[name, value] : headers)
        addHeader(name, value);
    if (method == Method::Post || method == Method::Put) {
        addHeader("Content-Type", "application/json");
        list = curl_slist_append(list, "Expect:"); // no 100-continue round trip
        curl_easy_setopt(curl, CURLOPT_POST, 1L);
        curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.size()));
        curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.constData());
        // A PUT with a body in memory is a POST under another verb name: no read callback.
        if (method == Method::Put)
            curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "PUT");
    } else if (method == Method::Delete) {
        curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, "DELETE");
    } else {
        curl_easy_setopt(curl, CURLOPT_HTTPGET, 1L);
    }
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);

    const CURLcode code = run(multi, curl, m_abort);
    curl_slist_free_all(list);
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, nullptr);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, nullptr);

    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    // Whether the request went out: on a kept-alive connection there is no connect time.
    long requestBytes = 0;
    curl_easy_getinfo(curl, CURLINFO_REQUEST_SIZE, &requestBytes);

    result.error = classify(code, requestBytes > 0);
    if (result.error != HttpResult::Error::None) {
        result.status = 0;
        result.body.clear();
        if (transfer.tooLarge)
            result.errorMessage = QStringLiteral("response larger than %1 bytes").arg(m_options.maxBodyBytes);
        else if (code == CURLE_ABORTED_BY_CALLBACK)
            result.errorMessage = QStringLiteral("stopped");
        else
            result.errorMessage = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    } else {
        result.status = int(status);
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace kiosk
