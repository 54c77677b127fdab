#include "widgets/bailleur_ui.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>

namespace vigie::widgets {

namespace {
// The context of F1's bailleur lines in the catalogues.
struct BailleurKeysText
{
    Q_DECLARE_TR_FUNCTIONS(vigie::widgets::BailleurKeys)
};
} // namespace

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

QList<ShortcutInfo> bailleurKeys()
{
    const QString section = BailleurKeysText::tr("Bailleur dialogs");
    return {
        { QKeySequence(), BailleurKeysText::tr("Enter"),
          BailleurKeysText::tr("Calls: save the call (a suggestion first, if one is chosen)"),
          section },
        { QKeySequence(), BailleurKeysText::tr("Ctrl+Enter"),
          BailleurKeysText::tr("Calls: save and open the request; request: accept it"), section },
        { QKeySequence(), BailleurKeysText::tr("Ctrl+Shift+Enter"),
          BailleurKeysText::tr("Request: refuse it, with the reason"), section },
        { QKeySequence(), BailleurKeysText::tr("Ctrl+E"),
          BailleurKeysText::tr(
              "Calls: correct the selected call; sessions: extend, with the reason"),
          section },
        { QKeySequence(), BailleurKeysText::tr("Delete"),
          BailleurKeysText::tr("Sessions: close the selected session"), section },
    };
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
