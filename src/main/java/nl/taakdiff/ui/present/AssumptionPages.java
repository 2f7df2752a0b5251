package nl.taakdiff.ui.present;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.ui.present.PresentationViewModel.ScenarioAssumptions;
import nl.taakdiff.ui.present.PresentationViewModel.TaskRow;

/**
 * Spreads the assumptions over as many screens as they need, so that none has to scroll in a
 * meeting room: scenario blocks first (a long list of overrides is continued on the next screen),
 * then the task table with its header repeated. The budget is in lines of the slide's small type;
 * a task counts the lines its name or its source wraps to in their columns.
 */
final class AssumptionPages {
    /** Lines of small type that fit under the title at 1280 × 800 (the smallest projector we plan for). */
    static final int LINES = 25;
    /** Characters per line of the task column, the source column and a full-width line at 1280 px. */
    static final int TASK_CHARS = 40;
    static final int SOURCE_CHARS = 48;
    static final int LINE_CHARS = 110;

    /** What one screen shows: scenario blocks (possibly a continued part of one) and task rows. */
    record Part(List<ScenarioAssumptions> scenarios, List<TaskRow> tasks) {
    }

    private AssumptionPages() {
    }

    static List<Part> split(List<ScenarioAssumptions> scenarios, List<TaskRow> tasks, int lines) {
        List<Part> parts = new ArrayList<>();
        List<ScenarioAssumptions> onPage = new ArrayList<>();
        List<TaskRow> rowsOnPage = new ArrayList<>();
        int used = 0;
        for (ScenarioAssumptions s : scenarios) {
            List<String> overrides = s.overrides();
            int from = 0;
            do {
                // the heading (larger type), tiering, overheads and the overrides line
                int fixed = 5;
                if (used + fixed + (overrides.isEmpty() ? 0 : 1) > lines && used > 0) {
                    parts.add(new Part(List.copyOf(onPage), List.of()));
                    onPage.clear();
                    used = 0;
                }
                int room = Math.max(1, lines - used - fixed);
                int to = from;
                int taken = 0;
                while (to < overrides.size() && (to == from || taken + wrapped(overrides.get(to), LINE_CHARS) <= room)) {
                    taken += wrapped(overrides.get(to), LINE_CHARS);
                    to++;
                }
                onPage.add(new ScenarioAssumptions(s.name(), s.tiering(), s.overheads(), List.copyOf(overrides.subList(from, to))));
                used += fixed + taken;
                from = to;
            } while (from < overrides.size());
        }
        // the task table's title and header take two lines on every screen it is on
        int header = 3;
        for (TaskRow t : tasks) {
            int weight = Math.max(wrapped(t.task(), TASK_CHARS), wrapped(t.source(), SOURCE_CHARS));
            int needed = (rowsOnPage.isEmpty() ? header : 0) + weight;
            if (used + needed > lines && (used > 0)) {
                parts.add(new Part(List.copyOf(onPage), List.copyOf(rowsOnPage)));
                onPage.clear();
                rowsOnPage.clear();
                used = 0;
                needed = header + weight;
            }
            rowsOnPage.add(t);
            used += needed;
        }
        if (!onPage.isEmpty() || !rowsOnPage.isEmpty() || parts.isEmpty()) {
            parts.add(new Part(List.copyOf(onPage), List.copyOf(rowsOnPage)));
        }
        return parts;
    }

    /** The lines a text takes in a column of {@code chars} characters, at least one. */
    static int wrapped(String text, int chars) {
        return Math.max(1, (text.length() + chars - 1) / chars);
    }
}
