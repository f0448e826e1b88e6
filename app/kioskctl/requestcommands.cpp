#include "kioskctl/commands.h"

#include "kioskctl/loopbackclient.h"

using namespace Qt::StringLiterals;

namespace kiosk::ctl {

namespace {

// POST `path` (with `jsonBody`) to the running kiosk; 202 (queued) or 200 (done) is success.
// Nothing to do offline. `plainRefusals`: a 404 or 409 body is the kiosk's own reason ("no order
// K1-042"), shown as it is.
int post(Context &context, const QString &path, bool plainRefusals = false, const QByteArray &jsonBody = {})
{
    const std::optional<quint16> port = context.port();
    if (!port)
        return ExitFailed;
    const LoopbackReply reply =
        loopbackRequest(*port, "POST", path, context.options().timeoutMs, context.staffAuthorization(), jsonBody);
    if (!reply.answered()) {
        context.io().err << u"kioskctl: %1\n"_s.arg(unreachableMessage(context, *port, reply));
        return ExitNotRunning;
    }
    const QString body = QString::fromUtf8(reply.body).trimmed();
    if (reply.status == 202 || reply.status == 200) {
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

int requestPause(Context &context, const QString &itemId, const QString &duration)
{
    const QByteArray body = "{\"for\":\"" + duration.toLatin1() + "\"}";
    return post(context, u"/menu/items/%1/pause"_s.arg(itemId), /*plainRefusals=*/true, body);
}

int requestResume(Context &context, const QString &itemId)
{
    return post(context, u"/menu/items/%1/resume"_s.arg(itemId), /*plainRefusals=*/true);
}

} // namespace kiosk::ctl
