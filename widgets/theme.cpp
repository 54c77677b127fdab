#include "widgets/theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace vigie::widgets {

void applyTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, colors::background);
    p.setColor(QPalette::WindowText, colors::text);
    p.setColor(QPalette::Base, colors::panel);
    p.setColor(QPalette::AlternateBase, colors::background);
    p.setColor(QPalette::ToolTipBase, colors::panel);
    p.setColor(QPalette::ToolTipText, colors::text);
    p.setColor(QPalette::PlaceholderText, colors::dimText);
    p.setColor(QPalette::Text, colors::text);
    p.setColor(QPalette::Button, colors::panel);
    p.setColor(QPalette::ButtonText, colors::text);
    p.setColor(QPalette::BrightText, colors::alarm);
    p.setColor(QPalette::Highlight, colors::accent.darker(130));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, colors::accent);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, colors::dimText);
    app.setPalette(p);
    app.setStyleSheet(themeStyleSheet());
}

QString themeStyleSheet()
{
    // Operators move by keyboard only: the widget with the focus wears the same cyan as the
    // focused tile, two pixels wide, whatever its kind.
    return QStringLiteral(
        "QStatusBar { background: #0e1013; color: #c9cdd2; }"
        "QStatusBar QLabel { padding: 0 10px; }"
        "QDockWidget::title { background: #1b1e22; padding: 4px; }"
        "QLineEdit { padding: 4px; border: 1px solid #2c3138; border-radius: 3px; }"
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,"
        " QAbstractSpinBox:focus, QComboBox:focus, QDateTimeEdit:focus"
        " { border: 2px solid #00e5ff; }"
        "QPushButton, QToolButton { background: #1b1e22; border: 1px solid #2c3138;"
        " border-radius: 3px; padding: 4px 12px; }"
        "QPushButton:hover, QToolButton:hover { background: #23272c; }"
        "QPushButton:default { border-color: #3d8bd9; }"
        "QPushButton:focus, QToolButton:focus { border: 2px solid #00e5ff; }"
        "QCheckBox:focus, QRadioButton:focus { border: 2px solid #00e5ff; padding: 2px; }"
        "QAbstractItemView::item:focus { border: 1px solid #00e5ff; }"
        "QGroupBox { border: 1px solid #2c3138; border-radius: 3px; margin-top: 1.2em; }"
        "QGroupBox::title { subcontrol-origin: margin; left: 8px; padding: 0 4px; }"
        "QLabel#loginError { color: #ff6b5e; font-weight: bold; }"
        "QLabel#emptyState { color: #7d848c; }");
}

QColor severityColor(cameras::StateSeverity severity)
{
    switch (severity) {
    case cameras::StateSeverity::Good:
        return colors::live;
    case cameras::StateSeverity::Warning:
        return colors::warning;
    case cameras::StateSeverity::Bad:
        return colors::lost;
    case cameras::StateSeverity::Neutral:
        break;
    }
    return colors::dimText;
}

} // namespace vigie::widgets
