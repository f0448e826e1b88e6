#include "support/freeport.h"

#include <QTcpServer>

namespace kiosk::test {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port");
    return server.serverPort();
}

} // namespace kiosk::test
