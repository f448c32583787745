#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <algorithm>
#include <cmath>
#include <memory>

namespace eventbook::ui {
namespace {
QPalette darkPalette() {
    QPalette p;
    // Fields a step lighter than the window (not darker): they read as places to type.
    const QColor window(0x20, 0x22, 0x27), base(0x2a, 0x2d, 0x34), text(0xe8, 0xea, 0xed);
    const QColor accent(0x5b, 0x9c, 0xff);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window.lighter(115));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window.lighter(120));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::Mid, window.lighter(140));
    p.setColor(QPalette::Dark, base.darker(130));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x74, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x74, 0x7c));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x74, 0x7c));
    return p;
}
QPalette lightPalette() {
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = fusion->standardPalette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf5, 0xf7));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x25, 0x63, 0xeb));
    return p;
}
const QColor kDarkFieldBorder(0x7a, 0x80, 0x8c);

double luminance(const QColor &c) {
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
} // namespace

void applyTheme(QApplication &app, const QString &choice) {
    const bool systemDark = app.palette().color(QPalette::Window).lightness() < 128;
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const bool dark = choice == QLatin1StringView("dark") || (choice != QLatin1StringView("light") && systemDark);
    app.setPalette(dark ? darkPalette() : lightPalette());
    // Only the plain text fields: a style sheet on combo or spin boxes would replace their arrows.
    app.setStyleSheet(dark ? QStringLiteral("QLineEdit, QPlainTextEdit { border: 1px solid %1; border-radius: 3px;"
                                            " padding: 2px; }"
                                            "QLineEdit:focus, QPlainTextEdit:focus { border-color: %2; }")
                                 .arg(kDarkFieldBorder.name(), darkPalette().color(QPalette::Highlight).name())
                           : QString());
}

QColor fieldBorder() {
    if (isDark())
        return kDarkFieldBorder;
    // Fusion's own outline.
    return QApplication::palette().color(QPalette::Window).darker(140);
}

double contrastRatio(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool isDark() {
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace eventbook::ui
