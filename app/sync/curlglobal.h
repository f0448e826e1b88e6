#pragma once

namespace kiosk {

// libcurl's process-wide set-up, which is not thread-safe: main() makes one of these first,
// before any thread starts, and keeps it until every thread using libcurl has ended. It also
// ignores SIGPIPE, so a peer closing a connection mid-write cannot kill the process.
class CurlGlobal
{
public:
    CurlGlobal();
    ~CurlGlobal();
    CurlGlobal(const CurlGlobal &) = delete;
    CurlGlobal &operator=(const CurlGlobal &) = delete;

    bool isOk() const { return m_ok; }

private:
    bool m_ok = false;
};

} // namespace kiosk
