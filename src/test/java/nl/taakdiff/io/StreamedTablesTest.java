package nl.taakdiff.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.io.export.CsvExport;
import nl.taakdiff.testing.Demo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Tables of one row per municipality are formatted while they are written: the writer has put
 * out every earlier row before it asks for the next one, so no formatted table is held whole.
 */
class StreamedTablesTest {
    /** A table whose row function records what the writer had written when each row was asked for. */
    private static final class Watched {
        final StringWriter out = new StringWriter();
        final List<String> writtenBefore = new ArrayList<>();
        final Table table = Table.onDemand(List.of("code", "name", "cost"), List.of(false, false, true), 5, i -> {
            writtenBefore.add(out.toString());
            return List.of("GM" + i, i == 3 ? "=HYPERLINK(\"x\")" : "Gemeente " + i, i + ".50");
        });
    }

    @ParameterizedTest
    @EnumSource(TableWriter.Format.class)
    void theTableWriterPutsOutEachRowBeforeItFormatsTheNext(TableWriter.Format format) throws Exception {
        Watched watched = new Watched();
        TableWriter.write(watched.table, format, watched.out);
        List<String> asked = watched.writtenBefore;
        // The text format reads the rows once for the column widths and once to write them.
        List<String> writing = format == TableWriter.Format.TEXT ? asked.subList(5, 10) : asked;
        for (int i = 1; i < writing.size(); i++) {
            assertThat(writing.get(i)).contains("GM" + (i - 1));
        }
        assertThat(watched.out.toString()).contains("GM4");
    }

    @ParameterizedTest
    @EnumSource(CsvExport.Dialect.class)
    void theExportWriterPutsOutEachRowBeforeItFormatsTheNextAndStillNeutralisesFormulas(CsvExport.Dialect dialect)
            throws Exception {
        Watched watched = new Watched();
        CsvExport.write(watched.table, dialect, watched.out);
        for (int i = 1; i < watched.writtenBefore.size(); i++) {
            assertThat(watched.writtenBefore.get(i)).contains("GM" + (i - 1));
        }
        assertThat(watched.out.toString()).contains("'=HYPERLINK").contains(dialect == CsvExport.Dialect.EXCEL_NL
                ? "4,50" : "4.50");
    }

    @Test
    void theMunicipalityTablesAreMadeOnDemandNotCopied() {
        Table evaluated = ResultTables.evaluationMunicipalities(Demo.CURRENT);
        Table compared = ResultTables.comparisonMunicipalities(Demo.COMPARISON);
        assertThat(RowsOnDemand.isOnDemand(evaluated.rows())).isTrue();
        assertThat(RowsOnDemand.isOnDemand(compared.rows())).isTrue();
        assertThat(RowsOnDemand.isOnDemand(compared.renamed(compared.columns()).rows())).isTrue();
        assertThat(evaluated.rows()).hasSize(Demo.CURRENT.municipalities().size());
        assertThat(evaluated.rows().get(0).get(0)).isEqualTo(Demo.CURRENT.municipalities().get(0).code());
    }
}
