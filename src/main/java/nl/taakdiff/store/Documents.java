package nl.taakdiff.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.TaskRanges;
import nl.taakdiff.model.Tiering;

/**
 * The text form in which a workbook stores a scenario state or a task catalogue: one record per
 * line, fields separated by tabs, with {@code \\}, tab, CR and LF escaped. A state is stored whole
 * (current state, journal entries and versions alike), so a snapshot is one immutable value that is
 * written in one statement and read back exactly, numbers included ({@link Double#toString} round
 * trips). The first line names the format and its revision, so later revisions can still read old
 * states.
 */
final class Documents {
    static final String SCENARIO_HEADER = "taakdiff-scenario\t1";
    static final String TASKS_HEADER = "taakdiff-tasks\t1";
    /** A catalogue whose task records carry the six range bounds after the source (empty: not given). */
    static final String TASKS_WITH_RANGES_HEADER = "taakdiff-tasks\t2";

    private Documents() {
    }

    /**
     * A state as stored in the file: deflated UTF-8, since journal entries and versions repeat much
     * of the same text (about a sixth of the size). {@link #unpack} also reads plain UTF-8 text,
     * which starts with the format name rather than a zlib header.
     */
    static byte[] pack(String document) {
        byte[] text = document.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(text);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length / 4 + 64);
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    static String unpack(byte[] stored) {
        if (stored == null) {
            throw new IllegalStateException("missing scenario state");
        }
        if (stored.length > 0 && stored[0] == 't') {
            return new String(stored, StandardCharsets.UTF_8);
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored);
            ByteArrayOutputStream out = new ByteArrayOutputStream(stored.length * 6);
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IllegalStateException("scenario state is cut short");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (DataFormatException e) {
            throw new IllegalStateException("scenario state is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    static String scenario(Scenario s) {
        StringBuilder sb = new StringBuilder(64 + 32 * (s.rules().size() + s.overrides().size()));
        sb.append(SCENARIO_HEADER).append('\n');
        line(sb, "name", s.name());
        line(sb, "description", s.description());
        line(sb, "tiering", s.tiering().format());
        for (Level level : Level.values()) {
            line(sb, "overhead", level.code(), Double.toString(s.overheads().rate(level)));
        }
        for (Rule r : s.rules()) {
            line(sb, "rule", r.taskCode(), Long.toString(r.minPopulation()), r.level().code());
        }
        for (LevelOverride o : s.overrides()) {
            line(sb, "override", o.municipalityCode(), o.taskCode(), o.level().code(), o.reason());
        }
        return sb.toString();
    }

    static Scenario parseScenario(String text) {
        String[] lines = text.split("\n", -1);
        if (!lines[0].equals(SCENARIO_HEADER)) {
            throw new IllegalStateException("unknown scenario format: " + lines[0]);
        }
        String name = "";
        String description = "";
        Tiering tiering = new Tiering(List.of());
        Map<Level, Double> rates = new EnumMap<>(Level.class);
        List<Rule> rules = new ArrayList<>();
        List<LevelOverride> overrides = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] f = fields(lines[i]);
            switch (f[0]) {
                case "name" -> name = f[1];
                case "description" -> description = f[1];
                case "tiering" -> tiering = parseTiering(f[1]);
                case "overhead" -> rates.put(level(f[1]), Double.parseDouble(f[2]));
                case "rule" -> rules.add(new Rule(f[1], Long.parseLong(f[2]), level(f[3])));
                case "override" -> overrides.add(new LevelOverride(f[1], f[2], level(f[3]), f[4]));
                default -> throw new IllegalStateException("unknown scenario record: " + f[0]);
            }
        }
        return new Scenario(name, description, tiering, rules, overrides, new Overheads(rates));
    }

    static String tasks(List<Task> tasks) {
        StringBuilder sb = new StringBuilder(64 + 200 * tasks.size());
        boolean ranges = tasks.stream().anyMatch(t -> !t.ranges().isEmpty());
        sb.append(ranges ? TASKS_WITH_RANGES_HEADER : TASKS_HEADER).append('\n');
        for (Task t : tasks) {
            List<String> fields = new ArrayList<>(List.of("task", t.code(), t.name(), t.domain(),
                    Double.toString(t.unitCost()), Double.toString(t.fixedCost()), Long.toString(t.minScale()),
                    t.regionType(), t.source()));
            if (ranges) {
                for (Double bound : t.ranges().bounds()) {
                    fields.add(bound == null ? "" : Double.toString(bound));
                }
            }
            line(sb, fields.toArray(String[]::new));
        }
        return sb.toString();
    }

    static List<Task> parseTasks(String text) {
        String[] lines = text.split("\n", -1);
        boolean ranges = lines[0].equals(TASKS_WITH_RANGES_HEADER);
        if (!ranges && !lines[0].equals(TASKS_HEADER)) {
            throw new IllegalStateException("unknown task catalogue format: " + lines[0]);
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty()) {
                continue;
            }
            String[] f = fields(lines[i]);
            if (!f[0].equals("task")) {
                throw new IllegalStateException("unknown task catalogue record: " + f[0]);
            }
            TaskRanges taskRanges = TaskRanges.NONE;
            if (ranges) {
                List<Double> bounds = new ArrayList<>(6);
                for (int b = 9; b < 15; b++) {
                    bounds.add(f[b].isEmpty() ? null : Double.parseDouble(f[b]));
                }
                taskRanges = TaskRanges.of(bounds);
            }
            tasks.add(new Task(f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Long.parseLong(f[6]), f[7], f[8], taskRanges));
        }
        return tasks;
    }

    static Tiering parseTiering(String text) {
        List<Long> bounds = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String b : text.split(",")) {
                bounds.add(Long.parseLong(b));
            }
        }
        return new Tiering(bounds);
    }

    private static Level level(String code) {
        return Level.parse(code).orElseThrow(() -> new IllegalStateException("unknown level " + code));
    }

    private static void line(StringBuilder sb, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            escape(sb, fields[i]);
        }
        sb.append('\n');
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
    }

    private static String[] fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char n = line.charAt(++i);
                cur.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }
}
