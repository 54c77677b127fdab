// What an import would do, shown before anything is written: how many cameras are added or
// changed, and each refused line with its number and reason. The administrator then imports
// the whole file (only when no line is refused), the valid lines only, or nothing.
#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace vigie::cameras {
struct CameraImport;
}

namespace vigie::widgets {

class CameraImportDialog : public QDialog
{
    Q_OBJECT
public:
    CameraImportDialog(const cameras::CameraImport &preview, const QString &fileName,
                       QWidget *parent = nullptr);

    QListWidget *rejectedList() const { return m_rejected; }
    QPushButton *importAllButton() const { return m_all; }
    QPushButton *importValidButton() const { return m_valid; }
    bool validOnly() const { return m_validOnly; } // after accept()

private:
    QListWidget *m_rejected = nullptr;
    QPushButton *m_all = nullptr;
    QPushButton *m_valid = nullptr;
    bool m_validOnly = false;
};

} // namespace vigie::widgets
