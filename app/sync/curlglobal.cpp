#include "sync/curlglobal.h"

#include <csignal>
#include <curl/curl.h>

namespace kiosk {

CurlGlobal::CurlGlobal()
{
    std::signal(SIGPIPE, SIG_IGN);
    m_ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
}

CurlGlobal::~CurlGlobal()
{
    if (m_ok)
        curl_global_cleanup();
}

} // namespace kiosk
