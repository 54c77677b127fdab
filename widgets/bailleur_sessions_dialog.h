// The open bailleur viewing sessions (Shift+F7): each with its landlord, cameras, who opened it
// and the time it has left. Enter shows its cameras on the wall, Ctrl+E extends it (a new
// decision with its reason, up to the convention's maximum), Delete closes it by hand, Ctrl+N
// takes a new request from a landlord's alert. Core's refusal is shown with its reason.
#pragma once

#include "core/common/result.h"
#include "core/records/bailleur_types.h"

#include <QDateTime>
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace vigie::widgets {

class BailleurSessionsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Backend
    {
        std::function<QList<records::BailleurSession>()> open;
        std::function<QString(const QString &convention)> landlord; // its name, for the list
        std::function<Result<records::BailleurSession>(const QString &sessionId, int minutes,
                                                       const QString &reason)>
            extend;
        std::function<Status(const QString &sessionId, const QString &reason)> close;
        std::function<QDateTime()> now;
    };

    explicit BailleurSessionsDialog(Backend backend, QWidget *parent = nullptr);

    QTreeWidget *sessionList() const { return m_list; }
    QSpinBox *minutesField() const { return m_minutes; }
    QLineEdit *reasonField() const { return m_reason; }
    QString errorText() const;
    // What the operator chose when the dialog closed: the session whose cameras go on the wall
    // (Enter), or a new request from a landlord's alert (Ctrl+N).
    QString sessionToShow() const { return m_show; }
    bool alertRequested() const { return m_alert; }

    void refresh();
    void extendSelected();
    void closeSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString selectedId() const;

    Backend m_backend;
    QTreeWidget *m_list = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QString m_show;
    bool m_alert = false;
};

} // namespace vigie::widgets
