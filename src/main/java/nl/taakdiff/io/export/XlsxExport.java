package nl.taakdiff.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.io.AtomicFiles;
import nl.taakdiff.io.SpreadsheetSafety;
import nl.taakdiff.io.export.ExportTable.Cell;
import nl.taakdiff.io.export.ExportTable.Kind;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The comparison as an Excel workbook (Apache POI), its sheets and labels in the export's language:
 * Summary, Size classes and Municipalities with numeric cells, number formats (euros, thousands,
 * percentages) and a frozen header row; when asked for, Sensitivity (tornado rows per alternative)
 * and Uncertainty (the spread of the draws, with draws and seed named); Assumptions with every task
 * parameter and its source, the scenarios' tiering, overheads, allocation rules and overrides with
 * reasons; and About. Text that a spreadsheet could run as a formula is
 * stored with Excel's quote prefix (the invisible leading apostrophe), so it stays text even when
 * someone edits the cell.
 */
public final class XlsxExport {
    private XlsxExport() {
    }

    /** Rows kept in memory per sheet while writing; the rest are already in POI's compressed temporary file. */
    private static final int WINDOW = 200;

    /**
     * Writes the workbook. Rows stream through POI's SXSSF: memory holds a window of rows per sheet,
     * not the data set, so a hundred thousand municipalities need no more than the demo data.
     */
    public static void write(ExportInput input, Path out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true);
        try {
            build(workbook, input);
            AtomicFiles.write(out, workbook::write);
        } finally {
            workbook.close();
        }
    }

    private static void build(SXSSFWorkbook workbook, ExportInput input) {
        Styles styles = new Styles(workbook);
        ExportText t = input.text();
        table(workbook, styles, ExportTables.summary(input), 1);
        table(workbook, styles, ExportTables.classes(input), 1);
        table(workbook, styles, ExportTables.municipalities(input), 2);
        if (input.exploration() != null) {
            table(workbook, styles, input.exploration().frontierTable(t), 1);
            table(workbook, styles, input.exploration().uniformityTable(t), 1);
        }
        if (input.uncertainty() != null) {
            uncertaintySheets(workbook, styles, input);
        }
        Sheet assumptions = workbook.createSheet(t.get("sheet.assumptions"));
        Widths assumptionWidths = new Widths(40);
        int row = 0;
        ExportTable overrides = ExportTables.overrides(input);
        for (ExportTable section : List.of(ExportTables.tasks(input), ExportTables.parameterRanges(input),
                ExportTables.scenarios(input), overrides, ExportTables.allocations(input))) {
            Row title = assumptions.createRow(row++);
            text(title.createCell(0), section.title(), styles.title, styles);
            if (section == overrides && section.rows().isEmpty()) {
                text(assumptions.createRow(row++).createCell(0), t.get("overrides.none"), null, styles);
            } else {
                row = rows(assumptions, styles, section, row, assumptionWidths);
            }
            row++;
        }
        AppraisalSection appraisal = input.appraisal();
        if (appraisal != null && !appraisal.weightSets().isEmpty()) {
            Row title = assumptions.createRow(row++);
            text(title.createCell(0), AppraisalTablesForPeople.weightSetsTitle(t), styles.title, styles);
            row = rows(assumptions, styles, AppraisalTablesForPeople.weightSets(t, appraisal), row, assumptionWidths) + 1;
        }
        assumptionWidths.apply(assumptions);
        if (appraisal != null && appraisal.appraisal() != null) {
            appraisalSheet(workbook, styles, t, appraisal);
        }
        Sheet about = workbook.createSheet(t.get("sheet.about"));
        rows(about, styles, ExportTables.about(input), 0, new Widths(100));
        about.setColumnWidth(0, 45 * 256);
        about.setColumnWidth(1, 100 * 256);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setTitle(t.get("document.title"));
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreator("Taakdiff " + input.about().appVersion());
    }

    /**
     * Sheets Sensitivity (per alternative its tornado rows) and Uncertainty (the settings, then per
     * alternative the spread of every metric, of each size class and of each municipality).
     */
    private static void uncertaintySheets(SXSSFWorkbook workbook, Styles styles, ExportInput input) {
        ExportText t = input.text();
        UncertaintySection section = input.uncertainty();
        Sheet sensitivity = workbook.createSheet(t.get("sheet.sensitivity"));
        Widths widths = new Widths(48);
        int row = 0;
        text(sensitivity.createRow(row++).createCell(0), t.get("uncertainty.sensitivity.note"), null, styles);
        for (UncertaintySection.Part part : section.parts()) {
            row++;
            text(sensitivity.createRow(row++).createCell(0), t.get("uncertainty.sensitivity",
                    t.metric(section.metric())) + ": " + UncertaintyTablesForPeople.title(t, part), styles.title, styles);
            row = rows(sensitivity, styles, UncertaintyTablesForPeople.tornado(t, input.baseline().study().tasks(), part),
                    row, widths);
        }
        widths.apply(sensitivity);
        Sheet uncertainty = workbook.createSheet(t.get("sheet.uncertainty"));
        widths = new Widths(40);
        row = 0;
        text(uncertainty.createRow(row++).createCell(0), UncertaintyTablesForPeople.settings(t, section), null, styles);
        for (UncertaintySection.Part part : section.parts()) {
            row++;
            text(uncertainty.createRow(row++).createCell(0), UncertaintyTablesForPeople.title(t, part), styles.title,
                    styles);
            text(uncertainty.createRow(row++).createCell(0), UncertaintyTablesForPeople.sentence(t, part), null, styles);
            row = rows(uncertainty, styles, UncertaintyTablesForPeople.metrics(t, part), row, widths) + 1;
            text(uncertainty.createRow(row++).createCell(0), t.get("uncertainty.classes"), styles.title, styles);
            row = rows(uncertainty, styles, UncertaintyTablesForPeople.classes(t, part), row, widths) + 1;
            text(uncertainty.createRow(row++).createCell(0), t.get("uncertainty.municipalities"), styles.title, styles);
            row = rows(uncertainty, styles, UncertaintyTablesForPeople.municipalities(t, part), row, widths);
        }
        widths.apply(uncertainty);
    }

    /** Sheet Appraisal: weights with stability, ranking and rank acceptability, one under the other. */
    private static void appraisalSheet(SXSSFWorkbook workbook, Styles styles, ExportText t, AppraisalSection section) {
        Sheet sheet = workbook.createSheet(t.get("sheet.appraisal"));
        Widths widths = new Widths(32);
        int row = 0;
        text(sheet.createRow(row++).createCell(0), AppraisalTablesForPeople.note(t, section), null, styles);
        row++;
        for (ExportTable table : List.of(AppraisalTablesForPeople.weights(t, section),
                AppraisalTablesForPeople.ranking(t, section), AppraisalTablesForPeople.acceptability(t, section))) {
            text(sheet.createRow(row++).createCell(0), table.title(), styles.title, styles);
            row = rows(sheet, styles, table, row, widths) + 1;
        }
        widths.apply(sheet);
    }

    private static void table(SXSSFWorkbook workbook, Styles styles, ExportTable table, int frozenColumns) {
        Sheet sheet = workbook.createSheet(table.title());
        sheet.createFreezePane(frozenColumns, 1);
        Widths widths = new Widths(28);
        rows(sheet, styles, table, 0, widths);
        widths.apply(sheet);
    }

    /** Header row and data rows from {@code first}; returns the next free row. */
    private static int rows(Sheet sheet, Styles styles, ExportTable table, int first, Widths widths) {
        int r = first;
        Row header = sheet.createRow(r++);
        for (int c = 0; c < table.headers().size(); c++) {
            text(header.createCell(c), table.headers().get(c), styles.header, styles);
            widths.text(c, table.headers().get(c));
        }
        for (List<Cell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                org.apache.poi.ss.usermodel.Cell target = row.createCell(c);
                if (!cell.isNumber()) {
                    text(target, cell.text(), null, styles);
                    widths.text(c, cell.text());
                } else if (cell.number() != null && Double.isFinite(cell.number())) {
                    target.setCellValue(cell.number());
                    target.setCellStyle(styles.number.get(cell.kind()));
                    widths.number(c);
                }
            }
        }
        return r;
    }

    private static void text(org.apache.poi.ss.usermodel.Cell cell, String text, CellStyle style, Styles styles) {
        cell.setCellValue(text);
        if (SpreadsheetSafety.isDangerous(text)) {
            cell.setCellStyle(style == styles.header ? styles.headerQuoted : styles.quoted);
        } else if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** Column widths from the longest text seen while writing (the written rows are gone by the end). */
    private static final class Widths {
        private final int max;
        private final java.util.List<Integer> widths = new java.util.ArrayList<>();

        Widths(int max) {
            this.max = max;
        }

        void text(int column, String text) {
            fit(column, text.length() + 2);
        }

        void number(int column) {
            fit(column, 16);
        }

        private void fit(int column, int width) {
            while (widths.size() <= column) {
                widths.add(8);
            }
            widths.set(column, Math.max(widths.get(column), Math.min(max, width)));
        }

        void apply(Sheet sheet) {
            for (int c = 0; c < widths.size(); c++) {
                sheet.setColumnWidth(c, widths.get(c) * 256);
            }
        }
    }

    /** Cell styles, made once per workbook. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle headerQuoted;
        final CellStyle title;
        final CellStyle quoted;
        final Map<Kind, CellStyle> number = new EnumMap<>(Kind.class);

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            headerQuoted = workbook.createCellStyle();
            headerQuoted.cloneStyleFrom(header);
            headerQuoted.setQuotePrefixed(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(big);
            quoted = workbook.createCellStyle();
            quoted.setQuotePrefixed(true);
            DataFormat formats = workbook.createDataFormat();
            Map<Kind, String> codes = Map.of(
                    Kind.MONEY, "\"€ \"#,##0;\"€ \"-#,##0",
                    Kind.MONEY_CENTS, "\"€ \"#,##0.00;\"€ \"-#,##0.00",
                    Kind.MONEY_MILLIONS, "\"€ \"#,##0.0,,\" m\";\"€ \"-#,##0.0,,\" m\"",
                    Kind.COUNT, "#,##0",
                    Kind.DECIMAL, "General",
                    Kind.PERCENT, "0.0%",
                    Kind.CHANGE_PERCENT, "+0.00%;-0.00%;0.00%");
            codes.forEach((kind, code) -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(formats.getFormat(code));
                number.put(kind, style);
            });
        }
    }
}
