// The bailleur register as the authorities read it (supervisors, Ctrl+Shift+B): a period, every
// call, request, session and refusal in it, the totals per month and per landlord, the visas
// already given; the supervisor's review and visa, and the PDF (for the authorities) and CSV
// (for the landlord) written by core. The conventions expiring within 30 days head the view.
#pragma once

#include "core/common/result.h"
#include "core/records/bailleur_export.h"
#include "core/records/bailleur_types.h"

#include <QDate>
#include <QDialog>

#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace vigie::widgets {

class BailleurRegisterView : public QDialog
{
    Q_OBJECT
public:
    struct Backend
    {
        std::function<Result<records::BailleurReport>(const QDate &from, const QDate &to)> report;
        std::function<Status(const QDate &from, const QDate &to, const QString &remark)> visa;
        // Core writes, fingerprints and journals the export ("pdf" or "csv"; `convention`
        // not empty: only that landlord's entries).
        std::function<Result<records::ExportedRegister>(const QDate &from, const QDate &to,
                                                        const QString &format, const QString &path,
                                                        const QString &convention)>
            exportTo;
        std::function<QList<records::Convention>()> conventions;
        std::function<QStringList()> expiryWarnings;
    };
    using PathChooser = std::function<QString(const QString &format, const QString &suggested)>;

    // The period shown first: the month of `today`.
    BailleurRegisterView(Backend backend, const QDate &today, QWidget *parent = nullptr);

    void setPathChooser(PathChooser chooser) { m_pathChooser = std::move(chooser); }
    void setPeriod(const QDate &from, const QDate &to); // and shows it
    void showPeriod();
    void giveVisa();
    void exportRegister(const QString &format);

    QTreeWidget *entries() const { return m_entries; }
    QTreeWidget *totals() const { return m_totals; }
    QLabel *expiryBanner() const { return m_expiry; }
    QLineEdit *remarkField() const { return m_remark; }
    QString statusText() const;

private:
    void fill(const records::BailleurReport &report);
    QString landlordOf(const QString &convention) const;

    Backend m_backend;
    PathChooser m_pathChooser;
    QList<records::Convention> m_conventions;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_landlord = nullptr; // for the CSV: every landlord, or one
    QLabel *m_expiry = nullptr;
    QTreeWidget *m_entries = nullptr;
    QTreeWidget *m_totals = nullptr;
    QLabel *m_visas = nullptr;
    QLineEdit *m_remark = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace vigie::widgets
