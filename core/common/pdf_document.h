// The registers' printed form: a PDF painted (not printed from HTML) so that a table row is never
// split across two pages, a table's header comes back on every page it runs on, a block (a visa)
// stays whole and every page says "page N / M". Shared by every register that prints (shift
// log, maintenance report, tickets, the bailleur register), with the CSV cell they share.
#pragma once

#include "core/common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QFont;
class QImage;
class QPdfWriter;

namespace vigie {

class PdfComposer
{
    Q_DECLARE_TR_FUNCTIONS(vigie::PdfComposer)
public:
    struct Column
    {
        QString title;
        qreal weight = 1; // share of the page's width
    };

    // `paint` false: a counting pass that measures only (pages()), for "page N / M".
    PdfComposer(QPdfWriter &writer, bool paint, int pageCount, QString runningHead, QString footer);
    ~PdfComposer();
    PdfComposer(const PdfComposer &) = delete;
    PdfComposer &operator=(const PdfComposer &) = delete;

    int pages() const;
    qreal mm(qreal millimetres) const;
    const QFont &body() const;
    const QFont &bold() const;

    // A paragraph, line by line: a long one continues on the next page.
    void paragraph(const QString &text, const QFont &font, qreal indent = 0);
    void paragraph(const QString &text);
    // A section title, kept with at least a few lines of what follows.
    void heading(const QString &text, qreal pointSize = 11);
    void space(qreal height);
    // A block that stays on one page: "label: text" lines in a frame (a visa).
    void keptBlock(const QString &title, const QStringList &lines, qreal minHeight);
    // A table whose rows are never cut by a page break, with its header on every page.
    void table(const QList<Column> &columns, const QList<QStringList> &rows);
    // Pictures side by side (a ticket's frames) across the page's width, at most `maxHeight`
    // tall, each with its caption (a hash) below; moved whole to the next page when they do not
    // fit.
    void pictures(const QList<QImage> &images, const QStringList &captions, qreal maxHeight);
    void newPage();
    void finish();

private:
    struct State;
    std::unique_ptr<State> d;
};

struct PdfSetup
{
    QString title; // the document's metadata title
    QString runningHead; // on top of every page but the first
    QString footer; // at the bottom of every page, beside "page N / M"
    bool landscape = true;
};

// Writes `path` in two passes of `compose` (count, then paint) and returns the file's SHA-256
// in hex, or the reason in the reader's language. Needs a QGuiApplication (fonts).
Result<QByteArray> writePdf(const QString &path, const PdfSetup &setup,
                            const std::function<void(PdfComposer &)> &compose);

// The same, in memory (a file written later, or several at once).
Result<QByteArray> makePdf(const PdfSetup &setup,
                           const std::function<void(PdfComposer &)> &compose);

// One CSV cell, quoted; formula-looking text neutralised, so that a register opened in a
// spreadsheet never runs what someone typed.
QString csvCell(QString text);

// The SHA-256 (hex) of a file's content; empty when it cannot be read.
QByteArray fileSha256(const QString &path);

} // namespace vigie
