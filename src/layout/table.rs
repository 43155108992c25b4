//! Tables: wrapped cells, a header repeated at the top of every page the table runs onto,
//! striped rows and borders; a row taller than a page is split line by line across pages.

use super::flow::KEEP_LINES;
use super::{Flow, Item, Rgb, Style, TextStyle};

/// One cell: text (may contain newlines) and how it looks.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// The text.
    pub text: String,
    /// Regular or bold.
    pub style: Style,
    /// Text colour; `None` for the table's.
    pub color: Option<Rgb>,
}

impl Cell {
    /// A regular cell.
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            style: Style::Regular,
            color: None,
        }
    }

    /// A bold cell.
    pub fn bold(text: impl Into<String>) -> Self {
        Self {
            style: Style::Bold,
            ..Self::new(text)
        }
    }
}

/// One row.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Row {
    /// Its cells, one per column (missing cells are empty).
    pub cells: Vec<Cell>,
    /// Background; `None` for the table's stripes.
    pub fill: Option<Rgb>,
}

impl Row {
    /// A row of cells with the default background.
    pub fn new(cells: Vec<Cell>) -> Self {
        Self { cells, fill: None }
    }
}

/// A table to flow.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// Relative column widths (scaled to the content width).
    pub widths: Vec<f32>,
    /// The header row, repeated on each page.
    pub header: Option<Vec<Cell>>,
    /// The rows.
    pub rows: Vec<Row>,
    /// Font size.
    pub size: f32,
    /// Inner padding of each cell.
    pub padding: f32,
    /// Header background.
    pub header_fill: Rgb,
    /// Header text colour.
    pub header_color: Rgb,
    /// Background of every other row.
    pub stripe: Option<Rgb>,
    /// Border colour (`None`: no borders).
    pub border: Option<Rgb>,
}

impl Table {
    /// A table with the given relative column widths and sensible defaults.
    pub fn new(widths: Vec<f32>) -> Self {
        Self {
            widths,
            header: None,
            rows: Vec::new(),
            size: 8.5,
            padding: 3.0,
            header_fill: Rgb(0.16, 0.27, 0.45),
            header_color: Rgb::WHITE,
            stripe: Some(Rgb(0.94, 0.95, 0.97)),
            border: Some(Rgb(0.7, 0.72, 0.76)),
        }
    }
}

/// A row's cells wrapped into lines, with the style of each cell.
struct Wrapped {
    cells: Vec<(TextStyle, Vec<String>)>,
    fill: Option<Rgb>,
}

impl Wrapped {
    fn lines(&self) -> usize {
        self.cells
            .iter()
            .map(|(_, lines)| lines.len())
            .max()
            .unwrap_or(1)
    }
}

impl Flow<'_> {
    fn wrap_row(
        &mut self,
        table: &Table,
        cells: &[Cell],
        widths: &[f32],
        color: Rgb,
        fill: Option<Rgb>,
    ) -> Wrapped {
        let empty = Cell::new("");
        let cells = widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let cell = cells.get(i).unwrap_or(&empty);
                let style =
                    TextStyle::new(cell.style, table.size).color(cell.color.unwrap_or(color));
                let lines = self.wrap_lines(&style, &cell.text, w - 2.0 * table.padding);
                (style, lines)
            })
            .collect();
        Wrapped { cells, fill }
    }

    /// Draws lines `from..to` of a wrapped row at the cursor and moves the cursor below it.
    fn draw_fragment(
        &mut self,
        table: &Table,
        row: &Wrapped,
        widths: &[f32],
        from: usize,
        to: usize,
    ) {
        let line_height = TextStyle::new(Style::Regular, table.size).line_height();
        let height = (to - from) as f32 * line_height + 2.0 * table.padding;
        let left = self.frame().left;
        let total: f32 = widths.iter().sum();
        let top = self.y();
        if let Some(fill) = row.fill {
            self.push(Item::Rect {
                x: left,
                y: top - height,
                w: total,
                h: height,
                fill: Some(fill),
                stroke: None,
            });
        }
        let mut x = left;
        for ((style, lines), w) in row.cells.iter().zip(widths) {
            let mut line_top = top - table.padding;
            for line in lines.iter().skip(from).take(to - from) {
                let baseline = style.baseline(line_top);
                self.text_at(x + table.padding, baseline, style, line);
                line_top -= line_height;
            }
            x += w;
        }
        if let Some(border) = table.border {
            let bottom = top - height;
            let mut x = left;
            self.push(Item::Line {
                x1: x,
                y1: bottom,
                x2: x + total,
                y2: bottom,
                color: border,
                width: 0.4,
            });
            for w in std::iter::once(&0.0).chain(widths.iter()) {
                x += w;
                self.push(Item::Line {
                    x1: x,
                    y1: top,
                    x2: x,
                    y2: bottom,
                    color: border,
                    width: 0.4,
                });
            }
        }
        self.advance(height);
    }

    fn draw_header(&mut self, table: &Table, header: Option<&Wrapped>, widths: &[f32]) {
        if let Some(header) = header {
            let lines = header.lines();
            self.draw_fragment(table, header, widths, 0, lines);
        }
    }

    /// Flows a table from the cursor, repeating its header on each new page and splitting rows
    /// taller than a page between lines.
    pub fn table(&mut self, table: &Table) {
        let sum: f32 = table.widths.iter().sum();
        if sum <= 0.0 {
            return;
        }
        let content_width = self.frame().content_width();
        let widths: Vec<f32> = table
            .widths
            .iter()
            .map(|w| w / sum * content_width)
            .collect();
        let line_height = TextStyle::new(Style::Regular, table.size).line_height();
        let pad = 2.0 * table.padding;
        let header = table.header.as_ref().map(|cells| {
            self.wrap_row(
                table,
                cells,
                &widths,
                table.header_color,
                Some(table.header_fill),
            )
        });
        let header_height = header
            .as_ref()
            .map_or(0.0, |h| h.lines() as f32 * line_height + pad);
        let page_room = self.frame().content_height() - header_height;

        // The header starts on a page with at least two lines of rows (or the first row whole
        // when it fits a page), so neither it nor a heading above it ends a page alone.
        let mut first_height = 0.0;
        let mut first_lines = 0;
        for row in table.rows.iter().take(2) {
            if first_lines >= KEEP_LINES as usize {
                break;
            }
            let lines = self
                .wrap_row(table, &row.cells, &widths, Rgb::BLACK, None)
                .lines();
            let needed = if first_lines == 0 {
                lines
            } else {
                lines.min(KEEP_LINES as usize - first_lines)
            };
            first_height += needed as f32 * line_height + pad;
            first_lines += lines;
        }
        self.ensure((header_height + first_height).min(self.frame().content_height()));
        self.release_heading();
        self.draw_header(table, header.as_ref(), &widths);

        for (index, row) in table.rows.iter().enumerate() {
            let fill = row
                .fill
                .or(if index % 2 == 1 { table.stripe } else { None });
            let wrapped = self.wrap_row(table, &row.cells, &widths, Rgb::BLACK, fill);
            let lines = wrapped.lines();
            let height = lines as f32 * line_height + pad;
            if height > self.remaining() + 0.01 && height <= page_room {
                self.new_page();
                self.draw_header(table, header.as_ref(), &widths);
            }
            let mut from = 0;
            while from < lines {
                let fit = ((self.remaining() - pad) / line_height + 0.001).floor();
                let fit = if fit >= 1.0 { fit as usize } else { 0 };
                if fit == 0 {
                    self.new_page();
                    self.draw_header(table, header.as_ref(), &widths);
                    continue;
                }
                let to = (from + fit).min(lines);
                self.draw_fragment(table, &wrapped, &widths, from, to);
                self.count_lines(u32::try_from(to - from).unwrap_or(u32::MAX));
                from = to;
                if from < lines {
                    self.new_page();
                    self.draw_header(table, header.as_ref(), &widths);
                }
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::layout::{Fonts, Frame, Item, MM, Page, PageSize};

    fn frame() -> Frame {
        Frame {
            page: PageSize::A4,
            left: 20.0 * MM,
            right: 20.0 * MM,
            top: 20.0 * MM,
            bottom: 20.0 * MM,
            typography: crate::layout::Typography::Plain,
        }
    }

    fn texts(page: &Page) -> Vec<String> {
        page.items
            .iter()
            .filter_map(|item| match item {
                Item::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    }

    fn sample(rows: usize, long: bool) -> Table {
        let mut table = Table::new(vec![1.0, 3.0]);
        table.header = Some(vec![Cell::bold("Date"), Cell::bold("Quoi")]);
        for i in 0..rows {
            let text = if long {
                (0..400)
                    .map(|n| format!("ligne{n}"))
                    .collect::<Vec<_>>()
                    .join("\n")
            } else {
                format!("appel numéro {i}")
            };
            table
                .rows
                .push(Row::new(vec![Cell::new(format!("j{i}")), Cell::new(text)]));
        }
        table
    }

    #[test]
    fn the_header_is_repeated_on_every_page() {
        let fonts = Fonts::dejavu().unwrap();
        let mut flow = Flow::new(&fonts, frame());
        flow.table(&sample(300, false));
        let laid = flow.finish();
        assert!(laid.pages.len() >= 4, "{} pages", laid.pages.len());
        let mut seen = 0;
        for page in &laid.pages {
            let t = texts(page);
            assert_eq!(t.first().map(String::as_str), Some("Date"), "{t:?}");
            seen += t.iter().filter(|s| s.starts_with("appel")).count();
        }
        assert_eq!(seen, 300, "every row drawn exactly once");
    }

    #[test]
    fn a_row_taller_than_a_page_is_split_without_losing_lines() {
        let fonts = Fonts::dejavu().unwrap();
        let mut flow = Flow::new(&fonts, frame());
        flow.table(&sample(1, true));
        let laid = flow.finish();
        assert!(laid.pages.len() >= 4, "{} pages", laid.pages.len());
        let lines: Vec<String> = laid
            .pages
            .iter()
            .flat_map(texts)
            .filter(|t| t.starts_with("ligne"))
            .collect();
        let expected: Vec<String> = (0..400).map(|n| format!("ligne{n}")).collect();
        assert_eq!(lines, expected);
        for page in &laid.pages {
            for item in &page.items {
                if let Item::Text { y, .. } = item {
                    assert!(*y > frame().bottom, "text below the margin at {y}");
                }
            }
        }
    }

    #[test]
    fn rows_that_fit_a_page_are_never_split() {
        let fonts = Fonts::dejavu().unwrap();
        let mut table = Table::new(vec![1.0]);
        for i in 0..40 {
            let text = (0..12)
                .map(|n| format!("r{i}l{n}"))
                .collect::<Vec<_>>()
                .join("\n");
            table.rows.push(Row::new(vec![Cell::new(text)]));
        }
        let mut flow = Flow::new(&fonts, frame());
        flow.table(&table);
        let laid = flow.finish();
        for page in &laid.pages {
            let t = texts(page);
            let first = t.first().unwrap();
            let last = t.last().unwrap();
            assert!(first.ends_with("l0"), "page starts mid-row: {first}");
            assert!(last.ends_with("l11"), "page ends mid-row: {last}");
        }
    }
}
