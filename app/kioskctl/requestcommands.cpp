#include "kioskctl/commands.h"

#include "kioskctl/loopbackclient.h"

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

// POST `path` to the running kiosk; 202 is success. Nothing to do offline. `plainRefusals`: a
// 404 or 409 body is the kiosk's own reason ("no order K1-042"), shown as it is.
int post(Context &context, const QString &path, bool plainRefusals = false)
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
    const bool plain = plainRefusals && (reply.status == 404 || reply.status == 409);
    context.io().err << u"kioskctl: %1\n"_s.arg(plain ? body : answerMessage(context, reply));
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

int requestTestTicket(Context &context)
{
    return post(context, u"/printer/test"_s, /*plainRefusals=*/true);
}

int requestReprint(Context &context, const QString &number)
{
    return post(context, u"/printer/reprint/"_s + number, /*plainRefusals=*/true);
}

} // namespace kiosk::ctl
