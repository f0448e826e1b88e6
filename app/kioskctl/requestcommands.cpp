#include "kioskctl/commands.h"

#include "kioskctl/loopbackclient.h"

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

// POST `path` to the running kiosk; 202 is success. Nothing to do offline.
int post(Context &context, const QString &path)
{
    const std::optional<quint16> port = context.port();
    if (!port)
        return ExitFailed;
    const LoopbackReply reply =
        loopbackRequest(*port, "POST", path, context.options().timeoutMs, context.staffAuthorization());
    if (!reply.answered()) {
        context.io().err << u"kioskctl: %1\n"_s.arg(unreachableMessage(context, *port, reply));
        return ExitNotRunning;
    }
    const QString body = QString::fromUtf8(reply.body).trimmed();
    if (reply.status == 202) {
        context.io().out << body << u'\n';
        return ExitOk;
    }
    context.io().err << u"kioskctl: %1\n"_s.arg(answerMessage(context, reply));
    return ExitFailed;
}

} // namespace

int requestSync(Context &context)
{
    return post(context, u"/sync"_s);
}

int requestConfigReload(Context &context)
{
    return post(context, u"/config/reload"_s);
}

} // namespace kiosk::ctl
