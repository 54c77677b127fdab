#include "app/ctl/ctl.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    // No display is needed: PDF exports lay text out with the offscreen platform.
    setenv("QT_QPA_PLATFORM", "offscreen", 1);
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Qt wants a private runtime folder; a cron job or a root shell may have none.
        const QByteArray runtime = "/tmp/vigiectl-runtime-" + QByteArray::number(getuid());
        mkdir(runtime.constData(), 0700);
        setenv("XDG_RUNTIME_DIR", runtime.constData(), 0);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vigie"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    QStringList args = app.arguments();
    args.removeFirst();
    const int code = vigie::ctl::run(args, { out, err, in });
    out.flush();
    err.flush();
    return code;
}
