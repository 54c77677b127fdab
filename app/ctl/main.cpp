#include "app/ctl/ctl.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
