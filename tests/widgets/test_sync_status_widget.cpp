// The status bar's central link says, in French, whether the desk is connected, when it last
// synced and how many of its events wait to go up, and why it is not connected.
#include "tests/support/test_support.h"
#include "translations/translator.h"
#include "widgets/sync_status_widget.h"

#include <QApplication>

#include <catch2/catch.hpp>

using namespace vigie;

TEST_CASE("the sync status shows the link, the last sync and what waits", "[widgets][sync]")
{
    REQUIRE(i18n::install(*qApp, QStringLiteral("fr")) == QStringLiteral("fr"));
    widgets::SyncStatusWidget widget;
    CHECK(widget.text() == QStringLiteral("Centrale : non configurée"));

    sync::SyncStatus status;
    status.state = sync::SyncStatus::State::Offline;
    status.waiting = 3;
    status.lastError = QStringLiteral("Impossible de joindre la base centrale");
    widget.setStatus(status);
    CHECK(widget.text().startsWith(QStringLiteral("Centrale : hors ligne")));
    CHECK(widget.text().contains(QStringLiteral("3 en attente")));
    CHECK(widget.toolTip().contains(status.lastError));

    status.state = sync::SyncStatus::State::Connected;
    status.waiting = 0;
    status.lastError.clear();
    status.lastSuccess = QDateTime::currentDateTimeUtc();
    status.lastReport.pulled = 2;
    widget.setStatus(status);
    CHECK(widget.text().startsWith(QStringLiteral("Centrale : connectée · synchronisé à")));
    CHECK_FALSE(widget.text().contains(QStringLiteral("attente")));
    CHECK(widget.toolTip().contains(QStringLiteral("2 événements reçus")));
}
