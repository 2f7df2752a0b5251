package nl.taakdiff.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Region;

/**
 * Reads a CBS "Gebieden in Nederland" CSV export (StatLine table 84721NED for 2020, and the
 * tables of later years) into municipalities with their province and veiligheidsregio.
 *
 * <h2>Format</h2>
 * UTF-8 (a leading byte order mark is skipped), {@code ;}-separated, fields optionally double-quoted,
 * CRLF or LF line ends, a header row. One-field lines that start with {@code Bron} (CBS ends its
 * exports with {@code "Bron: CBS"}) are skipped wherever they occur; the footer may also be absent.
 * Columns other than the ones below are ignored.
 *
 * <h2>Columns</h2>
 * Headers are matched case-insensitively after dropping a trailing unit such as {@code (code)} or
 * {@code (aantal)} and everything that is not a letter, so {@code Gemeentecode},
 * {@code "Gemeenten/Code (code)"} and {@code municipalityCode} all match. Accepted names:
 * <ul>
 *   <li>municipality code (required): {@code municipalityCode}, {@code Gemeentecode}, {@code Gemeenten/Code};
 *       a value like {@code GM0363}</li>
 *   <li>municipality name (required): {@code municipalityName}, {@code Gemeentenaam}, {@code Gemeenten/Naam}</li>
 *   <li>province code (required): {@code provinceCode}, {@code Provinciecode}, {@code Provincies/Code};
 *       one of {@code PV20}…{@code PV31}</li>
 *   <li>province name (optional, ignored): the name is taken from the code, see {@link #PROVINCES}</li>
 *   <li>veiligheidsregio code (required): {@code securityRegionCode}, {@code Veiligheidsregiocode},
 *       {@code Veiligheidsregio's/Code}; a value like {@code VR01}</li>
 *   <li>veiligheidsregio name (optional): {@code securityRegionName}, {@code Veiligheidsregionaam},
 *       {@code Veiligheidsregio's/Naam}</li>
 *   <li>population (required): {@code population}, {@code Inwonertal}, {@code Bevolking},
 *       {@code Aantal inwoners}, {@code Inwoners}; a whole number above 0 without separators</li>
 * </ul>
 *
 * <h2>Normalisation</h2>
 * Province names come from the province code (CBS 2020 calls Ameland's province {@code Friesland}
 * and the other PV21 rows {@code Fryslân}). Municipality names are kept as CBS spells them, except
 * that a trailing {@code " (gemeente)"} is dropped ({@code Groningen (gemeente)} → {@code Groningen});
 * other qualifiers such as {@code Beek (L.)} stay, since they tell namesakes apart. Each municipality
 * gets one region of type {@value #REGION_TYPE}. The 2020 export writes region names without
 * spaces ({@code Noord-enOost-Gelderland}), so callers can pass proper names by code; without one
 * the CSV's name is used, and without a name column the code.
 *
 * <h2>Errors</h2>
 * All-or-nothing: every bad row, missing column or duplicate code is reported as a
 * {@link SourceProblem} ({@code FILE:LINE: column X: …}) in one {@link InputException}, and nothing
 * is returned.
 */
public final class CbsGebiedenReader {
    /** The region type that the veiligheidsregio membership is stored under. */
    public static final String REGION_TYPE = "veiligheidsregio";

    /** The CBS export dialect: semicolons, double quotes, header row. */
    public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader()
            .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();

    /** Province names by CBS province code, as CBS spells them today. */
    public static final Map<String, String> PROVINCES = provinces();

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM\\d{4}");
    private static final Pattern REGION_CODE = Pattern.compile("VR\\d{2}");
    private static final Pattern WHOLE = Pattern.compile("\\d+");
    private static final String QUALIFIER = " (gemeente)";

    /** The columns the reader looks for, with the normalised header names each accepts. */
    enum Column {
        MUNICIPALITY_CODE(true, "municipalitycode", "gemeentecode", "gemeentencode", "codegemeente"),
        MUNICIPALITY_NAME(true, "municipalityname", "gemeentenaam", "gemeentennaam", "naamgemeente"),
        PROVINCE_CODE(true, "provincecode", "provinciecode", "provinciescode", "provinciencode"),
        PROVINCE_NAME(false, "provincename", "provincienaam", "provinciesnaam", "provinciennaam"),
        REGION_CODE(true, "securityregioncode", "veiligheidsregiocode", "veiligheidsregioscode"),
        REGION_NAME(false, "securityregionname", "veiligheidsregionaam", "veiligheidsregiosnaam"),
        POPULATION(true, "population", "inwonertal", "bevolking", "aantalinwoners", "inwoners");

        final boolean required;
        final Set<String> names;

        Column(boolean required, String... names) {
            this.required = required;
            this.names = Set.of(names);
        }

        String label() {
            return switch (this) {
                case MUNICIPALITY_CODE -> "municipalityCode/Gemeentecode";
                case MUNICIPALITY_NAME -> "municipalityName/Gemeentenaam";
                case PROVINCE_CODE -> "provinceCode/Provinciecode";
                case PROVINCE_NAME -> "provinceName/Provincienaam";
                case REGION_CODE -> "securityRegionCode/Veiligheidsregiocode";
                case REGION_NAME -> "securityRegionName/Veiligheidsregionaam";
                case POPULATION -> "population/Inwonertal";
            };
        }
    }

    private CbsGebiedenReader() {
    }

    /** Reads the export, naming veiligheidsregio's as the CSV does. */
    public static Sourced<Municipality> read(CsvSource source) throws IOException, InputException {
        return read(source, Map.of());
    }

    /**
     * Reads the export.
     *
     * @param regionNames proper veiligheidsregio names by code (e.g. {@code VR06} →
     *                    {@code Noord- en Oost-Gelderland}); codes not in it keep the CSV's name
     * @return the municipalities in file order, each with the line it came from
     * @throws IOException    when the source cannot be opened
     * @throws InputException with every problem found, when anything in the file is wrong
     */
    public static Sourced<Municipality> read(CsvSource source, Map<String, String> regionNames)
            throws IOException, InputException {
        List<SourceProblem> problems = new ArrayList<>();
        List<Municipality> municipalities = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (Reader reader = CsvTable.utf8Reader(source);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            List<String> headerNames = parser.getHeaderNames();
            Map<Column, Integer> columns = locate(headerNames);
            List<String> missing = new ArrayList<>();
            for (Column c : Column.values()) {
                if (c.required && !columns.containsKey(c)) {
                    missing.add(c.label());
                }
            }
            if (!missing.isEmpty()) {
                String hint = headerNames.size() == 1 && headerNames.get(0).contains(",")
                        ? " (the file seems to be comma-separated; a CBS export uses ';')" : "";
                throw new InputException(new SourceProblem(source.name(), 1, "missing column"
                        + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing) + hint));
            }
            Map<String, Long> firstLine = new HashMap<>();
            long nextLine = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                long line = nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && (record.get(0).isBlank() || isFooter(record.get(0)))) {
                    continue;
                }
                if (record.size() != headerNames.size()) {
                    problems.add(new SourceProblem(source.name(), line, "expected " + headerNames.size()
                            + " fields but found " + record.size()));
                    continue;
                }
                Fields fields = new Fields(source.name(), line, record, headerNames, columns, problems);
                Municipality m = municipality(fields, regionNames);
                // Duplicates count even when the row has other problems: both need fixing.
                String code = fields.text(Column.MUNICIPALITY_CODE);
                Long earlier = code.isEmpty() ? null : firstLine.putIfAbsent(code, line);
                if (earlier != null) {
                    fields.problem(Column.MUNICIPALITY_CODE, "duplicate municipality code " + code
                            + " (first on line " + earlier + ")");
                }
                if (m == null || earlier != null) {
                    continue;
                }
                municipalities.add(m);
                lines.add(line);
            }
        } catch (UncheckedIOException e) {
            problems.add(readProblem(source, e.getCause()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports malformed quoting and duplicate headers this way.
            problems.add(new SourceProblem(source.name(), 0, "not a valid CSV file: " + e.getMessage()));
        } catch (CharacterCodingException e) {
            problems.add(readProblem(source, e));
        }
        if (problems.isEmpty() && municipalities.isEmpty()) {
            problems.add(new SourceProblem(source.name(), 0, "no municipalities in the file"));
        }
        Checks.throwIfAny(problems);
        return new Sourced<>(source.name(), municipalities, lines);
    }

    private static SourceProblem readProblem(CsvSource source, java.io.IOException e) {
        if (e instanceof TextInput.NotUtf8Exception bad) {
            return new SourceProblem(source.name(), bad.line(), bad.describe());
        }
        return new SourceProblem(source.name(), 0, FileErrors.reason(e));
    }

    /** The province name for a CBS province code ({@code PV21} → {@code Fryslân}), or null. */
    public static String provinceName(String provinceCode) {
        return PROVINCES.get(provinceCode);
    }

    /** The municipality name without the {@code " (gemeente)"} qualifier CBS adds to some names. */
    public static String municipalityName(String cbsName) {
        String name = cbsName.strip();
        return name.endsWith(QUALIFIER) ? name.substring(0, name.length() - QUALIFIER.length()).strip() : name;
    }

    /** Lower case letters only, without a trailing unit like "(code)": the key headers are matched by. */
    static String normaliseHeader(String header) {
        String h = header.strip().replaceFirst("\\s*\\([^)]*\\)$", "");
        return h.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    private static Map<Column, Integer> locate(List<String> headerNames) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        for (int i = 0; i < headerNames.size(); i++) {
            String key = normaliseHeader(headerNames.get(i));
            for (Column c : Column.values()) {
                if (c.names.contains(key)) {
                    columns.putIfAbsent(c, i);
                }
            }
        }
        return columns;
    }

    private static boolean isFooter(String field) {
        return field.strip().toLowerCase(Locale.ROOT).startsWith("bron");
    }

    /** One row's municipality, or null after recording its problems. */
    private static Municipality municipality(Fields f, Map<String, String> regionNames) {
        int before = f.problems.size();
        String code = f.text(Column.MUNICIPALITY_CODE);
        if (code.isEmpty()) {
            f.problem(Column.MUNICIPALITY_CODE, "is empty");
        } else if (!MUNICIPALITY_CODE.matcher(code).matches()) {
            f.problem(Column.MUNICIPALITY_CODE, "'" + code + "' is not a municipality code like GM0363");
        }
        String name = municipalityName(f.text(Column.MUNICIPALITY_NAME));
        if (name.isEmpty()) {
            f.problem(Column.MUNICIPALITY_NAME, "is empty");
        }
        String provinceCode = f.text(Column.PROVINCE_CODE);
        String province = PROVINCES.get(provinceCode);
        if (province == null) {
            f.problem(Column.PROVINCE_CODE, "'" + provinceCode + "' is not a province code (PV20 to PV31)");
        }
        String regionCode = f.text(Column.REGION_CODE);
        if (!REGION_CODE.matcher(regionCode).matches()) {
            f.problem(Column.REGION_CODE, "'" + regionCode + "' is not a veiligheidsregio code like VR01");
        }
        String population = f.text(Column.POPULATION);
        long inhabitants = 0;
        if (!WHOLE.matcher(population).matches()) {
            f.problem(Column.POPULATION, "'" + population + "' is not a whole number");
        } else {
            try {
                inhabitants = Long.parseLong(population);
                if (inhabitants == 0) {
                    f.problem(Column.POPULATION, "is 0; it must be above 0");
                } else if (inhabitants > nl.taakdiff.model.Plausibility.MAX_POPULATION) {
                    f.problem(Column.POPULATION, "is " + inhabitants + ", more people than live on earth ("
                            + nl.taakdiff.model.Plausibility.MAX_POPULATION_TEXT + " at most)");
                }
            } catch (NumberFormatException e) {
                f.problem(Column.POPULATION, "'" + population + "' is too large");
            }
        }
        if (f.problems.size() > before) {
            return null;
        }
        String regionName = regionNames.getOrDefault(regionCode, f.text(Column.REGION_NAME));
        Region region = new Region(REGION_TYPE, regionCode, regionName.isEmpty() ? regionCode : regionName);
        return new Municipality(code, name, province, inhabitants, Map.of(REGION_TYPE, region));
    }

    /** The fields of one record by column, recording problems as {@code column <header>: …}. */
    private record Fields(String source, long line, CSVRecord record, List<String> headerNames,
                          Map<Column, Integer> columns, List<SourceProblem> problems) {
        String text(Column c) {
            Integer i = columns.get(c);
            return i == null ? "" : record.get(i).strip();
        }

        void problem(Column c, String message) {
            problems.add(new SourceProblem(source, line, "column " + headerNames.get(columns.get(c)).strip()
                    + ": " + message));
        }
    }

    private static Map<String, String> provinces() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("PV20", "Groningen");
        p.put("PV21", "Fryslân");
        p.put("PV22", "Drenthe");
        p.put("PV23", "Overijssel");
        p.put("PV24", "Flevoland");
        p.put("PV25", "Gelderland");
        p.put("PV26", "Utrecht");
        p.put("PV27", "Noord-Holland");
        p.put("PV28", "Zuid-Holland");
        p.put("PV29", "Zeeland");
        p.put("PV30", "Noord-Brabant");
        p.put("PV31", "Limburg");
        return java.util.Collections.unmodifiableMap(p);
    }
}
