// Shift+F12 on a PTZ tile: the camera's presets as the device lists them, to go to one and, for
// the chef de salle, to save the head's position under a number and a name, rename or remove
// one. A view only: it asks (signals) and shows what the desk answers; core decides who may.
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace vigie::widgets {

class PtzPresetsDialog : public QDialog
{
    Q_OBJECT
public:
    // `mayEdit`: whether to offer saving, renaming and removing (the chef de salle's right).
    PtzPresetsDialog(const QString &cameraTitle, bool mayEdit, QWidget *parent = nullptr);

    // Token (the number the room says) and name of each preset, as the device gave them.
    using Preset = QPair<QString, QString>;
    void setPresets(const QList<Preset> &presets);
    void setStatus(const QString &text, bool error = false);
    QString status() const;
    // While a request is out: the buttons wait for its answer.
    void setBusy(bool busy);

signals:
    void gotoRequested(const QString &token);
    void saveRequested(const QString &token, const QString &name);
    void renameRequested(const QString &token, const QString &name);
    void removeRequested(const QString &token);

private:
    QString selectedToken() const;
    void updateButtons();

    bool m_mayEdit = false;
    bool m_busy = false;
    QString m_armedRemoval; // the token a first press of Remove armed
    QTreeWidget *m_list = nullptr;
    QSpinBox *m_number = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_goto = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace vigie::widgets
