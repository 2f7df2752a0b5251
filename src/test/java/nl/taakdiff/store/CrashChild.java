package nl.taakdiff.store;

import java.nio.file.Path;
import nl.taakdiff.model.Scenario;

/**
 * The child process of {@link CrashSafetyTest}: opens a workbook and saves edits and versions in a
 * loop until it is killed, printing {@code saved LABEL} after each version has been saved (that is,
 * after its transaction committed).
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String run = args[1];
        try (Workbook wb = Workbook.open(file)) {
            if (wb.isReadOnly()) {
                System.out.println("read-only " + wb.readOnlyReason().orElse(""));
                return;
            }
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                Scenario s = wb.scenario("S");
                wb.saveScenario("S", s.withDescription("run " + run + " edit " + i));
                if (i % 7 == 3) {
                    wb.undo("S");
                }
                String label = run + "-" + i;
                wb.saveVersion("S", label);
                System.out.println("saved " + label);
                System.out.flush();
            }
        }
    }
}
