// Lays a register out on PDF pages, painted rather than printed from HTML (the shift log, the
// video-verbalisation ticket): a table row is never split across two pages, the table's header
// comes back at the top of every page it runs on, and a block (the visa) is kept whole.
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QList>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>
#include <QTextLayout>

namespace vigie::records {

// The PDF is painted, not printed from HTML: a table row is never split across two pages, the
// table's header comes back at the top of every page it runs on, and a block (the visa) is kept
// whole. Two passes: the first counts the pages for "page N / M", the second paints.
class PdfComposer
{
public:
    struct Column
    {
        QString title;
        qreal weight = 1;
    };

    PdfComposer(QPdfWriter &writer, bool paint, int pageCount, QString runningHead, QString footer)
        : m_writer(writer), m_pageCount(pageCount), m_runningHead(std::move(runningHead)),
          m_footer(std::move(footer))
    {
        m_body = QFont(QStringLiteral("DejaVu Sans"));
        m_body.setPointSizeF(8.5);
        // No ligature: the "ff" of a journal hash (or of "effectif") is printed, and copied or
        // searched in the PDF, as two letters. A supervisor's visa pins a head that must read
        // back exactly as `journal verify --head` takes it.
        m_body.setStyleStrategy(QFont::PreferNoShaping);
        m_bold = m_body;
        m_bold.setBold(true);
        m_small = m_body;
        m_small.setPointSizeF(7);
        m_area
            = QRectF(QPointF(0, 0),
                     QSizeF(m_writer.pageLayout().paintRectPixels(m_writer.resolution()).size()));
        const qreal mm = m_writer.resolution() / 25.4;
        m_pad = 1.2 * mm;
        m_top = 7 * mm; // below the running head
        m_bottom = m_area.height() - 7 * mm; // above the footer
        m_y = 0;
        if (paint)
            m_painter.begin(&m_writer);
        startPage(true);
    }

    int pages() const { return m_page; }
    qreal mm(qreal millimetres) const { return millimetres * m_writer.resolution() / 25.4; }

    void finish()
    {
        paintPageFurniture();
        if (m_painter.isActive())
            m_painter.end();
    }

    // A paragraph, line by line: a long one continues on the next page.
    void paragraph(const QString &text, const QFont &font, qreal indent = 0)
    {
        const QStringList lines = wrap(text, font, m_area.width() - indent);
        const qreal h = lineHeight(font);
        for (const QString &line : lines) {
            if (m_y + h > m_bottom)
                newPage();
            draw(QRectF(indent, m_y, m_area.width() - indent, h), line, font);
            m_y += h;
        }
    }
    void paragraph(const QString &text) { paragraph(text, m_body); }

    // A section title, kept with at least a few lines of what follows.
    void heading(const QString &text, qreal pointSize = 11)
    {
        QFont font = m_bold;
        font.setPointSizeF(pointSize);
        space(mm(3));
        if (m_y + lineHeight(font) + 4 * lineHeight(m_body) > m_bottom)
            newPage();
        paragraph(text, font);
        space(mm(1));
    }

    void space(qreal height)
    {
        if (m_y > m_top)
            m_y = qMin(m_y + height, m_bottom);
    }

    // A block that stays on one page: "label: text" lines in a frame (the visa).
    void keptBlock(const QString &title, const QStringList &lines, qreal minHeight)
    {
        const qreal width = m_area.width() * 0.6;
        QList<QStringList> wrapped;
        qreal h = lineHeight(m_bold) + 2 * m_pad;
        for (const QString &line : lines) {
            wrapped.append(wrap(line, m_body, width - 2 * m_pad));
            h += wrapped.last().size() * lineHeight(m_body);
        }
        h = qMax(h, minHeight);
        if (m_y + h > m_bottom)
            newPage();
        const QRectF frame(0, m_y, width, h);
        if (m_painter.isActive())
            m_painter.drawRect(frame);
        qreal y = m_y + m_pad;
        draw(QRectF(m_pad, y, width - 2 * m_pad, lineHeight(m_bold)), title, m_bold);
        y += lineHeight(m_bold);
        for (const QStringList &block : std::as_const(wrapped)) {
            for (const QString &line : block) {
                draw(QRectF(m_pad, y, width - 2 * m_pad, lineHeight(m_body)), line, m_body);
                y += lineHeight(m_body);
            }
        }
        m_y += h;
    }

    // A table whose rows are never cut by a page break, with its header on every page.
    void table(const QList<Column> &columns, const QList<QStringList> &rows)
    {
        qreal total = 0;
        for (const Column &c : columns)
            total += c.weight;
        m_widths.clear();
        for (const Column &c : columns)
            m_widths.append(m_area.width() * c.weight / total);
        QStringList titles;
        for (const Column &c : columns)
            titles.append(c.title);
        const QList<QStringList> headerLines = wrapRow(titles, m_bold);
        m_headerLines = headerLines;
        const qreal headerHeight = rowHeight(headerLines, m_bold);
        QList<QList<QStringList>> wrapped;
        for (const QStringList &row : rows)
            wrapped.append(wrapRow(row, m_body));
        const qreal firstRow = wrapped.isEmpty() ? 0 : rowHeight(wrapped.first(), m_body);
        if (m_y + headerHeight + firstRow > m_bottom)
            newPage();
        m_inTable = true;
        drawRow(m_headerLines, m_bold, true);
        for (const QList<QStringList> &row : std::as_const(wrapped)) {
            const qreal h = rowHeight(row, m_body);
            const qreal page = m_bottom - m_top - headerHeight;
            if (m_y + h > m_bottom && h <= page)
                newPage(); // repeats the header
            if (h <= page) {
                drawRow(row, m_body, false);
                continue;
            }
            // Only a row taller than a whole page is continued on the next one.
            drawLongRow(row);
        }
        m_inTable = false;
    }

    void newPage()
    {
        paintPageFurniture();
        if (m_painter.isActive())
            m_writer.newPage();
        startPage(false);
        if (m_inTable)
            drawRow(m_headerLines, m_bold, true);
    }

    const QFont &body() const { return m_body; }
    const QFont &bold() const { return m_bold; }
    const QFont &small() const { return m_small; }
    qreal width() const { return m_area.width(); }

    // Pictures side by side on one row, scaled to the width and at most `maxHeight`, each with
    // its caption under it (a ticket's frames and their SHA-256).
    void pictures(const QList<QImage> &images, const QStringList &captions, qreal maxHeight)
    {
        if (images.isEmpty())
            return;
        const qreal gap = mm(2);
        const qreal cellWidth = (m_area.width() - gap * (images.size() - 1)) / images.size();
        qreal height = 0;
        for (const QImage &image : images) {
            if (!image.isNull())
                height = qMax(height, qMin(maxHeight, cellWidth * image.height() / image.width()));
        }
        qsizetype captionLines = 1;
        for (const QString &caption : captions)
            captionLines = qMax(captionLines, wrap(caption, m_small, cellWidth).size());
        const qreal total = height + captionLines * lineHeight(m_small) + m_pad;
        if (m_y + total > m_bottom)
            newPage();
        for (int i = 0; i < images.size(); ++i) {
            const qreal x = i * (cellWidth + gap);
            const QImage &image = images.at(i);
            if (m_painter.isActive() && !image.isNull()) {
                const QSizeF size
                    = QSizeF(image.size()).scaled(QSizeF(cellWidth, height), Qt::KeepAspectRatio);
                m_painter.drawImage(QRectF(QPointF(x, m_y), size), image);
            }
            qreal y = m_y + height + m_pad;
            for (const QString &line : wrap(captions.value(i), m_small, cellWidth)) {
                draw(QRectF(x, y, cellWidth, lineHeight(m_small)), line, m_small);
                y += lineHeight(m_small);
            }
        }
        m_y += total;
    }

private:
    qreal lineHeight(const QFont &font) const
    {
        return QFontMetricsF(font, &m_writer).lineSpacing();
    }

    QStringList wrap(const QString &text, const QFont &font, qreal width) const
    {
        QStringList lines;
        for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
            QTextLayout layout(paragraph, font, &m_writer);
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
        for (int i = 0; i < m_widths.size(); ++i)
            row.append(wrap(cells.value(i), font, m_widths[i] - 2 * m_pad));
        return row;
    }

    qreal rowHeight(const QList<QStringList> &row, const QFont &font) const
    {
        qsizetype lines = 1;
        for (const QStringList &cell : row)
            lines = qMax(lines, cell.size());
        return lines * lineHeight(font) + 2 * m_pad;
    }

    void drawRow(const QList<QStringList> &row, const QFont &font, bool header)
    {
        const qreal h = rowHeight(row, font);
        qreal x = 0;
        for (int i = 0; i < row.size(); ++i) {
            const QRectF cell(x, m_y, m_widths[i], h);
            if (m_painter.isActive()) {
                if (header)
                    m_painter.fillRect(cell, QColor(0xdd, 0xdd, 0xdd));
                m_painter.drawRect(cell);
            }
            qreal y = m_y + m_pad;
            for (const QString &line : row[i]) {
                draw(QRectF(x + m_pad, y, m_widths[i] - 2 * m_pad, lineHeight(font)), line, font);
                y += lineHeight(font);
            }
            x += m_widths[i];
        }
        m_y += h;
    }

    void drawLongRow(QList<QStringList> row)
    {
        const qreal h = lineHeight(m_body);
        while (true) {
            if (m_y + h + 2 * m_pad > m_bottom)
                newPage();
            const int fit = int((m_bottom - m_y - 2 * m_pad) / h);
            QList<QStringList> part;
            bool more = false;
            for (QStringList &cell : row) {
                part.append(cell.mid(0, fit));
                cell = cell.mid(fit);
                more = more || !cell.isEmpty();
            }
            drawRow(part, m_body, false);
            if (!more)
                return;
            newPage();
        }
    }

    void draw(const QRectF &rect, const QString &text, const QFont &font)
    {
        if (!m_painter.isActive() || text.isEmpty())
            return;
        m_painter.setFont(font);
        m_painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine, text);
    }

    void startPage(bool first)
    {
        ++m_page;
        m_y = first ? 0 : m_top;
    }

    void paintPageFurniture()
    {
        if (!m_painter.isActive())
            return;
        m_painter.setFont(m_small);
        m_painter.setPen(QColor(0x55, 0x55, 0x55));
        const qreal h = lineHeight(m_small);
        if (m_page > 1)
            m_painter.drawText(QRectF(0, 0, m_area.width(), h), Qt::AlignLeft, m_runningHead);
        const QRectF foot(0, m_area.height() - h, m_area.width(), h);
        m_painter.drawText(foot, Qt::AlignLeft, m_footer);
        m_painter.drawText(
            foot, Qt::AlignRight,
            QCoreApplication::translate("vigie::records::ShiftLogBuilder", "Page %1 / %2")
                .arg(m_page)
                .arg(m_pageCount));
        m_painter.setPen(Qt::black);
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    int m_pageCount = 0;
    QString m_runningHead;
    QString m_footer;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QRectF m_area;
    qreal m_pad = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    int m_page = 0;
    bool m_inTable = false;
    QList<qreal> m_widths;
    QList<QStringList> m_headerLines;
};

} // namespace vigie::records
