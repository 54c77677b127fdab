#include "core/common/pdf_document.h"

#include <QBuffer>
#include <QColor>
#include <QCryptographicHash>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

namespace vigie {

struct PdfComposer::State
{
    explicit State(QPdfWriter &w) : writer(w) { }

    qreal lineHeight(const QFont &font) const { return QFontMetricsF(font, &writer).lineSpacing(); }

    QStringList wrap(const QString &text, const QFont &font, qreal width) const
    {
        QStringList lines;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(paragraph, font, &writer);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            const qsizetype before = lines.size();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(width);
                lines.append(paragraph.mid(line.textStart(), line.textLength()).trimmed());
            }
            layout.endLayout();
            if (lines.size() == before)
                lines.append(QString());
        }
        return lines;
    }

    QList<QStringList> wrapRow(const QStringList &cells, const QFont &font) const
    {
        QList<QStringList> row;
        for (int i = 0; i < widths.size(); ++i)
            row.append(wrap(cells.value(i), font, widths[i] - 2 * pad));
        return row;
    }

    qreal rowHeight(const QList<QStringList> &row, const QFont &font) const
    {
        qsizetype lines = 1;
        for (const QStringList &cell : row)
            lines = qMax(lines, cell.size());
        return lines * lineHeight(font) + 2 * pad;
    }

    void draw(const QRectF &rect, const QString &text, const QFont &font)
    {
        if (!painter.isActive() || text.isEmpty())
            return;
        painter.setFont(font);
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
    }

    void drawRow(const QList<QStringList> &row, const QFont &font, bool header)
    {
        const qreal h = rowHeight(row, font);
        qreal x = 0;
        for (int i = 0; i < row.size(); ++i) {
            const QRectF cell(x, y, widths[i], h);
            if (painter.isActive()) {
                if (header)
                    painter.fillRect(cell, QColor(0xdd, 0xdd, 0xdd));
                painter.drawRect(cell);
            }
            qreal lineY = y + pad;
            for (const QString &line : row[i]) {
                draw(QRectF(x + pad, lineY, widths[i] - 2 * pad, lineHeight(font)), line, font);
                lineY += lineHeight(font);
            }
            x += widths[i];
        }
        y += h;
    }

    void startPage(bool first)
    {
        ++page;
        y = first ? 0 : top;
    }

    void paintPageFurniture()
    {
        if (!painter.isActive())
            return;
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const qreal h = lineHeight(small);
        if (page > 1)
            painter.drawText(QRectF(0, 0, area.width(), h), Qt::AlignLeft, runningHead);
        const QRectF foot(0, area.height() - h, area.width(), h);
        painter.drawText(foot, Qt::AlignLeft, footer);
        painter.drawText(foot, Qt::AlignRight,
                         PdfComposer::tr("Page %1 / %2").arg(page).arg(pageCount));
        painter.setPen(Qt::black);
    }

    QPdfWriter &writer;
    QPainter painter;
    int pageCount = 0;
    QString runningHead;
    QString footer;
    QFont body;
    QFont boldFont;
    QFont small;
    QRectF area;
    qreal pad = 0;
    qreal top = 0;
    qreal bottom = 0;
    qreal y = 0;
    int page = 0;
    bool inTable = false;
    QList<qreal> widths;
    QList<QStringList> headerLines;
};

PdfComposer::PdfComposer(QPdfWriter &writer, bool paint, int pageCount, QString runningHead,
                         QString footer)
    : d(std::make_unique<State>(writer))
{
    d->pageCount = pageCount;
    d->runningHead = std::move(runningHead);
    d->footer = std::move(footer);
    d->body = QFont(QStringLiteral("DejaVu Sans"));
    d->body.setPointSizeF(8.5);
    // No ligature: the "ff" of a journal hash (or of "effectif") is printed, and copied or
    // searched in the PDF, as two letters. A supervisor's visa pins a head that must read back
    // exactly as `journal verify --head` takes it.
    d->body.setStyleStrategy(QFont::PreferNoShaping);
    d->boldFont = d->body;
    d->boldFont.setBold(true);
    d->small = d->body;
    d->small.setPointSizeF(7);
    d->area = QRectF(QPointF(0, 0),
                     QSizeF(writer.pageLayout().paintRectPixels(writer.resolution()).size()));
    d->pad = mm(1.2);
    d->top = mm(7); // below the running head
    d->bottom = d->area.height() - mm(7); // above the footer
    if (paint)
        d->painter.begin(&writer);
    d->startPage(true);
}

PdfComposer::~PdfComposer() = default;

int PdfComposer::pages() const
{
    return d->page;
}

qreal PdfComposer::mm(qreal millimetres) const
{
    return millimetres * d->writer.resolution() / 25.4;
}

const QFont &PdfComposer::body() const
{
    return d->body;
}

const QFont &PdfComposer::bold() const
{
    return d->boldFont;
}

void PdfComposer::finish()
{
    d->paintPageFurniture();
    if (d->painter.isActive())
        d->painter.end();
}

void PdfComposer::paragraph(const QString &text, const QFont &font, qreal indent)
{
    const QStringList lines = d->wrap(text, font, d->area.width() - indent);
    const qreal h = d->lineHeight(font);
    for (const QString &line : lines) {
        if (d->y + h > d->bottom)
            newPage();
        d->draw(QRectF(indent, d->y, d->area.width() - indent, h), line, font);
        d->y += h;
    }
}

void PdfComposer::paragraph(const QString &text)
{
    paragraph(text, d->body);
}

void PdfComposer::heading(const QString &text, qreal pointSize)
{
    QFont font = d->boldFont;
    font.setPointSizeF(pointSize);
    space(mm(3));
    if (d->y + d->lineHeight(font) + 4 * d->lineHeight(d->body) > d->bottom)
        newPage();
    paragraph(text, font);
    space(mm(1));
}

void PdfComposer::space(qreal height)
{
    if (d->y > d->top)
        d->y = qMin(d->y + height, d->bottom);
}

void PdfComposer::keptBlock(const QString &title, const QStringList &lines, qreal minHeight)
{
    const qreal width = d->area.width() * 0.6;
    QList<QStringList> wrapped;
    qreal h = d->lineHeight(d->boldFont) + 2 * d->pad;
    for (const QString &line : lines) {
        wrapped.append(d->wrap(line, d->body, width - 2 * d->pad));
        h += wrapped.last().size() * d->lineHeight(d->body);
    }
    h = qMax(h, minHeight);
    if (d->y + h > d->bottom)
        newPage();
    const QRectF frame(0, d->y, width, h);
    if (d->painter.isActive())
        d->painter.drawRect(frame);
    qreal y = d->y + d->pad;
    d->draw(QRectF(d->pad, y, width - 2 * d->pad, d->lineHeight(d->boldFont)), title, d->boldFont);
    y += d->lineHeight(d->boldFont);
    for (const QStringList &block : std::as_const(wrapped)) {
        for (const QString &line : block) {
            d->draw(QRectF(d->pad, y, width - 2 * d->pad, d->lineHeight(d->body)), line, d->body);
            y += d->lineHeight(d->body);
        }
    }
    d->y += h;
}

void PdfComposer::table(const QList<Column> &columns, const QList<QStringList> &rows)
{
    qreal total = 0;
    for (const Column &c : columns)
        total += c.weight;
    d->widths.clear();
    for (const Column &c : columns)
        d->widths.append(d->area.width() * c.weight / total);
    QStringList titles;
    for (const Column &c : columns)
        titles.append(c.title);
    d->headerLines = d->wrapRow(titles, d->boldFont);
    const qreal headerHeight = d->rowHeight(d->headerLines, d->boldFont);
    QList<QList<QStringList>> wrapped;
    for (const QStringList &row : rows)
        wrapped.append(d->wrapRow(row, d->body));
    const qreal firstRow = wrapped.isEmpty() ? 0 : d->rowHeight(wrapped.first(), d->body);
    if (d->y + headerHeight + firstRow > d->bottom)
        newPage();
    d->inTable = true;
    d->drawRow(d->headerLines, d->boldFont, true);
    const qreal lineHeight = d->lineHeight(d->body);
    for (QList<QStringList> row : std::as_const(wrapped)) {
        const qreal h = d->rowHeight(row, d->body);
        const qreal page = d->bottom - d->top - headerHeight;
        if (d->y + h > d->bottom && h <= page)
            newPage(); // repeats the header
        if (h <= page) {
            d->drawRow(row, d->body, false);
            continue;
        }
        // Only a row taller than a whole page is continued on the next one.
        while (true) {
            if (d->y + lineHeight + 2 * d->pad > d->bottom)
                newPage();
            const int fit = int((d->bottom - d->y - 2 * d->pad) / lineHeight);
            QList<QStringList> part;
            bool more = false;
            for (QStringList &cell : row) {
                part.append(cell.mid(0, fit));
                cell = cell.mid(fit);
                more = more || !cell.isEmpty();
            }
            d->drawRow(part, d->body, false);
            if (!more)
                break;
            newPage();
        }
    }
    d->inTable = false;
}

void PdfComposer::pictures(const QList<QImage> &images, const QStringList &captions,
                           qreal maxHeight)
{
    if (images.isEmpty())
        return;
    const qreal gap = mm(2);
    const qreal slot = (d->area.width() - gap * (images.size() - 1)) / images.size();
    // As tall as the tallest picture needs at the slot's width, never above maxHeight.
    qreal height = 0;
    for (const QImage &image : images) {
        if (!image.isNull() && image.width() > 0)
            height = qMax(height, qMin(maxHeight, slot * image.height() / image.width()));
    }
    QList<QStringList> wrapped;
    qsizetype captionLines = 1;
    for (int i = 0; i < images.size(); ++i) {
        wrapped.append(d->wrap(captions.value(i), d->small, slot));
        captionLines = qMax(captionLines, wrapped.last().size());
    }
    const qreal total = height + d->pad + captionLines * d->lineHeight(d->small);
    if (d->y + total > d->bottom)
        newPage();
    for (int i = 0; i < images.size(); ++i) {
        const QImage &image = images[i];
        const qreal x = i * (slot + gap);
        if (d->painter.isActive() && !image.isNull()) {
            const QSizeF fitted
                = QSizeF(image.size()).scaled(QSizeF(slot, height), Qt::KeepAspectRatio);
            d->painter.drawImage(QRectF(QPointF(x, d->y), fitted), image);
        }
        qreal lineY = d->y + height + d->pad;
        for (const QString &line : wrapped[i]) {
            d->draw(QRectF(x, lineY, slot, d->lineHeight(d->small)), line, d->small);
            lineY += d->lineHeight(d->small);
        }
    }
    d->y += total;
}

void PdfComposer::newPage()
{
    d->paintPageFurniture();
    if (d->painter.isActive())
        d->writer.newPage();
    d->startPage(false);
    if (d->inTable)
        d->drawRow(d->headerLines, d->boldFont, true);
}

namespace {

void renderPdf(QPdfWriter &writer, const PdfSetup &setup,
               const std::function<void(PdfComposer &)> &compose)
{
    writer.setTitle(setup.title);
    writer.setCreator(QStringLiteral("Vigie"));
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), setup.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
        QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter));
    // A counting pass (measures only, paints nothing), then the painting one.
    int pages = 0;
    {
        PdfComposer counter(writer, false, 0, setup.runningHead, setup.footer);
        compose(counter);
        pages = counter.pages();
    }
    PdfComposer pdf(writer, true, pages, setup.runningHead, setup.footer);
    compose(pdf);
    pdf.finish();
}

bool hasFonts()
{
    return qobject_cast<QGuiApplication *>(QCoreApplication::instance()) != nullptr;
}

} // namespace

Result<QByteArray> writePdf(const QString &path, const PdfSetup &setup,
                            const std::function<void(PdfComposer &)> &compose)
{
    if (!hasFonts())
        return Result<QByteArray>::failure(
            PdfComposer::tr("A PDF export needs the graphical part of Qt (fonts)."));
    {
        QPdfWriter writer(path);
        renderPdf(writer, setup, compose);
    }
    if (!QFile::exists(path) || QFile(path).size() == 0)
        return Result<QByteArray>::failure(PdfComposer::tr("Cannot write %1.").arg(path));
    return Result<QByteArray>(fileSha256(path));
}

Result<QByteArray> makePdf(const PdfSetup &setup, const std::function<void(PdfComposer &)> &compose)
{
    if (!hasFonts())
        return Result<QByteArray>::failure(
            PdfComposer::tr("A PDF export needs the graphical part of Qt (fonts)."));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        renderPdf(writer, setup, compose);
    }
    if (bytes.isEmpty())
        return Result<QByteArray>::failure(PdfComposer::tr("The PDF could not be made."));
    return Result<QByteArray>(bytes);
}

QString csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace vigie
