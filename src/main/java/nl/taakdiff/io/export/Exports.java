package nl.taakdiff.io.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.taakdiff.io.MapGeometry;

/**
 * One entry point for every export format, shared by the command line and the desktop app. Every
 * file is written whole or not at all.
 */
public final class Exports {
    /** The formats, with the code the command line uses and the usual file extension. */
    public enum Format {
        CSV("csv", ".csv"),
        CSV_EXCEL_NL("csv-excel-nl", ".csv"),
        XLSX("xlsx", ".xlsx"),
        PDF("pdf", ".pdf"),
        PNG_MAP("png-map", ".png"),
        PNG_CHART("png-chart", ".png"),
        PNG_TORNADO("png-tornado", ".png"),
        PNG_UNCERTAINTY("png-uncertainty", ".png");

        private final String code;
        private final String extension;

        Format(String code, String extension) {
            this.code = code;
            this.extension = extension;
        }

        public String code() {
            return code;
        }

        public String extension() {
            return extension;
        }

        /** True for the formats that need the sensitivity and uncertainty of the comparison. */
        public boolean needsUncertainty() {
            return this == PNG_TORNADO || this == PNG_UNCERTAINTY;
        }

        /** True for a single picture. */
        public boolean isPicture() {
            return extension.equals(".png");
        }

        public static Optional<Format> parse(String code) {
            return Arrays.stream(values()).filter(f -> f.code.equalsIgnoreCase(code.strip())).findFirst();
        }

        public static String codes() {
            return String.join(", ", Arrays.stream(values()).map(Format::code).toList());
        }
    }

    private Exports() {
    }

    /**
     * Writes {@code input} in {@code format} to {@code out} and returns the files written (CSV
     * writes one file per table, see {@link CsvExport}; {@code png-map} is the cost-change map of
     * the first alternative, {@code png-chart} the cost per inhabitant per size class; {@code
     * png-tornado} and {@code png-uncertainty} the tornado and the histogram of the first alternative
     * and need {@link ExportInput#uncertainty()}).
     */
    public static List<Path> write(Format format, ExportInput input, Path out) throws IOException {
        return write(format, input, MapGeometry.bundledFor(datasetName(input)), out);
    }

    /**
     * As {@link #write(Format, ExportInput, Path)} with the map of the data set's own boundaries
     * (e.g. those kept in its workbook). Without them the PDF says so where the maps would be, and
     * {@code png-map} fails with an {@link IOException} that says why.
     */
    public static List<Path> write(Format format, ExportInput input, Optional<MapGeometry> geometry, Path out)
            throws IOException {
        return switch (format) {
            case CSV -> CsvExport.write(input, CsvExport.Dialect.STANDARD, out);
            case CSV_EXCEL_NL -> CsvExport.write(input, CsvExport.Dialect.EXCEL_NL, out);
            case XLSX -> {
                XlsxExport.write(input, out);
                yield List.of(out);
            }
            case PDF -> {
                PdfExport.write(input, geometry.orElse(null), out);
                yield List.of(out);
            }
            case PNG_MAP -> {
                Images.writeMapPng(input, geometry.orElseThrow(() -> new IOException(noBoundaries(input))), out);
                yield List.of(out);
            }
            case PNG_CHART -> picture(Images.classChart(input), out);
            case PNG_TORNADO -> picture(Images.tornado(input, first(input)), out);
            case PNG_UNCERTAINTY -> picture(Images.histogram(input, first(input)), out);
        };
    }

    /** Why there is no map of this export's data set. */
    public static String noBoundaries(ExportInput input) {
        return "data set " + datasetName(input) + " has no municipal boundaries, so there is no map; "
                + "import it with a boundary file of the same year";
    }

    private static String datasetName(ExportInput input) {
        return input.comparisons().get(0).baseline().study().dataset().name();
    }

    private static UncertaintySection.Part first(ExportInput input) {
        if (input.uncertainty() == null) {
            throw new IllegalArgumentException("this picture needs the sensitivity and uncertainty of the comparison");
        }
        return input.uncertainty().parts().get(0);
    }

    private static List<Path> picture(java.awt.image.BufferedImage image, Path out) throws IOException {
        nl.taakdiff.io.render.ChartRenderer.writePng(image, out);
        return List.of(out);
    }
}
