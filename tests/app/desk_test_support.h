// What the desk's tests share: monitors from a fake ScreenSource (the test seam) and the
// answering of the modal dialogs the desk opens with exec().
#pragma once

#include "app/screen_source.h"
#include "core/records/incident_typology.h"
#include "tests/support/test_support.h"
#include "widgets/tile_widget.h"
#include "widgets/wall_view.h"

#include <QApplication>
#include <QPointer>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

namespace vigie::test {

class FakeScreens : public app::ScreenSource
{
public:
    QList<walls::ScreenInfo> list;
    QList<walls::ScreenInfo> screens() const override { return list; }
    QScreen *qscreen(const QString &) const override { return nullptr; }
    void set(QList<walls::ScreenInfo> screens)
    {
        list = std::move(screens);
        emit screensChanged();
    }
};

inline walls::ScreenInfo monitor(const char *name, int x, bool primary = false)
{
    return { QLatin1String(name), QRect(x, 0, 1920, 1080), primary };
}

// The desk runs its dialogs with exec(): `answer` acts on the next modal dialog once it is
// open, from inside its event loop. The returned flag says whether one opened.
// (`after`: a dialog still open that is not the one awaited.)
inline std::shared_ptr<bool> whenDialogOpens(std::function<void(QWidget *)> answer,
                                             QWidget *after = nullptr)
{
    auto answered = std::make_shared<bool>(false);
    auto *poll = new QTimer;
    poll->setInterval(5);
    QPointer<QWidget> previous = after;
    QObject::connect(poll, &QTimer::timeout, [poll, answered, answer, previous] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || (previous && modal == previous))
            return;
        poll->stop();
        poll->deleteLater();
        *answered = true;
        // No REQUIRE here: an exception must not cross the dialog's event loop.
        CHECK(test::waitUntil(
            [modal] {
                return QApplication::focusWidget()
                    && QApplication::focusWidget()->window() == modal;
            },
            5000));
        answer(modal);
    });
    poll->start();
    return answered;
}

inline void pressEscape(QWidget *dialog)
{
    QTest::keyClick(dialog, Qt::Key_Escape);
}

inline bool focusTile(widgets::WallView *wall, int index)
{
    wall->window()->activateWindow();
    wall->tile(index)->setFocus();
    return test::waitUntil([&] { return wall->tile(index)->hasFocus(); }, 5000);
}

// The digit that picks the top-level category `code` in the incident dialog; 0 when none.
inline int categoryDigit(store::Database &db, const QString &code)
{
    const auto typology = records::IncidentTypology::load(db);
    const auto top = typology.topLevel();
    const auto found = std::find_if(top.cbegin(), top.cend(),
                                    [&](const auto &category) { return category.code == code; });
    return found == top.cend() ? 0 : int(found - top.cbegin()) + 1;
}

} // namespace vigie::test
