#include "widgets/bailleur_ui.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

namespace vigie::widgets {

QString remainingText(qint64 seconds)
{
    const qint64 s = qMax<qint64>(0, seconds);
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString bailleurTileLabel(const QString &landlord, qint64 remaining_s)
{
    // The time first: on a small tile, what is cut off is the landlord's name, not the time.
    return QCoreApplication::translate("vigie::widgets::BailleurTile", "%1 left — bailleur %2")
        .arg(remainingText(remaining_s), landlord);
}

void addLabelledRow(QFormLayout *form, const QString &label, QWidget *field)
{
    auto *text = new QLabel(label, field->parentWidget());
    text->setBuddy(field);
    form->addRow(text, field);
}

QLabel *errorLine(QWidget *parent)
{
    auto *error = new QLabel(parent);
    error->setObjectName(QStringLiteral("loginError"));
    error->setWordWrap(true);
    return error;
}

} // namespace vigie::widgets
