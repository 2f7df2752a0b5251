package nl.taakdiff.ui.export;

import nl.taakdiff.io.export.Exports;

/** What the Export dialog offers: the formats, and for PNG which picture. */
public enum ExportChoice {
    XLSX(Exports.Format.XLSX),
    PDF(Exports.Format.PDF),
    CSV(Exports.Format.CSV),
    CSV_EXCEL_NL(Exports.Format.CSV_EXCEL_NL),
    PNG(Exports.Format.PNG_MAP);

    private final Exports.Format format;

    ExportChoice(Exports.Format format) {
        this.format = format;
    }

    /** The format written; for PNG the picture decides (see {@link Picture}). */
    Exports.Format format(Picture picture) {
        return this == PNG ? picture.format() : format;
    }

    /** Formats with sheets or pages to choose: the XLSX workbook and the PDF handout. */
    public boolean hasSections() {
        return this == XLSX || this == PDF;
    }

    public String extension() {
        return format.extension();
    }

    /** The key of its name in the UI's messages. */
    public String key() {
        return "exportDialog.format." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The pictures a PNG export can be. */
    public enum Picture {
        MAP(Exports.Format.PNG_MAP),
        CHART(Exports.Format.PNG_CHART),
        TORNADO(Exports.Format.PNG_TORNADO),
        UNCERTAINTY(Exports.Format.PNG_UNCERTAINTY);

        private final Exports.Format format;

        Picture(Exports.Format format) {
            this.format = format;
        }

        Exports.Format format() {
            return format;
        }

        public String key() {
            return "exportDialog.picture." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
