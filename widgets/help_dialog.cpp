#include "widgets/help_dialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace vigie::widgets {
namespace {

// A description wraps at this width, so that three columns fit 1920 pixels.
constexpr int kDescriptionWidth = 330;
// Above this many lines (shortcuts plus two per heading) a column is too tall for 1080 pixels.
constexpr int kLinesPerColumn = 26;

struct Section
{
    QString title;
    QList<ShortcutInfo> shortcuts;
};

QList<Section> groupBySection(const QList<ShortcutInfo> &shortcuts)
{
    QList<Section> sections;
    for (const ShortcutInfo &info : shortcuts) {
        auto it = std::find_if(sections.begin(), sections.end(),
                               [&](const Section &s) { return s.title == info.section; });
        if (it == sections.end()) {
            sections.append({ info.section, {} });
            it = sections.end() - 1;
        }
        it->shortcuts.append(info);
    }
    return sections;
}

QWidget *sectionWidget(const Section &section, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    auto *title = new QLabel(section.title, box);
    title->setObjectName(QStringLiteral("helpSection"));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    title->setFont(bold);
    grid->addWidget(title, 0, 0, 1, 2);
    int row = 1;
    for (const ShortcutInfo &info : section.shortcuts) {
        auto *keys = new QLabel(HelpDialog::keysText(info), box);
        keys->setObjectName(QStringLiteral("helpKeys"));
        QFont keyFont = keys->font();
        keyFont.setBold(true);
        keys->setFont(keyFont);
        auto *description = new QLabel(info.description, box);
        description->setWordWrap(true);
        description->setFixedWidth(kDescriptionWidth);
        // Its width is fixed, so is the height it needs: reserved, since a grid sizes a
        // column from its widgets' plain size hints and would squeeze a wrapped line away.
        description->setMinimumHeight(description->heightForWidth(kDescriptionWidth));
        grid->addWidget(keys, row, 0, Qt::AlignTop);
        grid->addWidget(description, row, 1, Qt::AlignTop);
        ++row;
    }
    return box;
}

} // namespace

QString HelpDialog::keysText(const ShortcutInfo &info)
{
    return info.keys.isEmpty() ? info.keysText : info.keys.toString(QKeySequence::NativeText);
}

HelpDialog::HelpDialog(const QList<ShortcutInfo> &shortcuts, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Section> sections = groupBySection(shortcuts);
    int lines = 0;
    for (const Section &s : sections)
        lines += int(s.shortcuts.size()) + 2;
    const int columnCount = std::clamp((lines + kLinesPerColumn - 1) / kLinesPerColumn, 1, 3);
    const int perColumn = (lines + columnCount - 1) / columnCount;

    // Sections stay whole and in order; a column takes sections until it holds its share.
    auto *columns = new QHBoxLayout;
    columns->setSpacing(28);
    QVBoxLayout *column = nullptr;
    int inColumn = 0;
    int made = 0;
    for (const Section &s : sections) {
        const int size = int(s.shortcuts.size()) + 2;
        if (!column || (inColumn > 0 && inColumn + size / 2 > perColumn && made < columnCount)) {
            column = new QVBoxLayout;
            column->setSpacing(14);
            columns->addLayout(column);
            inColumn = 0;
            ++made;
        }
        column->addWidget(sectionWidget(s, this));
        inColumn += size;
    }
    for (int i = 0; i < columns->count(); ++i)
        static_cast<QVBoxLayout *>(columns->itemAt(i)->layout())->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
}

} // namespace vigie::widgets
