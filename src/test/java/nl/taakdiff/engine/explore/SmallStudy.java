package nl.taakdiff.engine.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.taakdiff.model.Dataset;
import nl.taakdiff.model.Level;
import nl.taakdiff.model.LevelOverride;
import nl.taakdiff.model.Municipality;
import nl.taakdiff.model.Overheads;
import nl.taakdiff.model.Region;
import nl.taakdiff.model.Rule;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.model.Task;
import nl.taakdiff.model.Tiering;

/**
 * Three tasks over three size classes and twelve municipalities in two provinces, with trade-offs
 * between cost and capacity risk: large fixed costs favour pooling, the minimum scales punish small
 * organisations. One municipality has no jeugdregio, so task JR can be pooled in its class only at
 * province or state level; one override fixes a pair.
 */
final class SmallStudy {
    static final Tiering TIERING = Tiering.of(0, 20_000, 60_000);

    private SmallStudy() {
    }

    static Study study() {
        List<Municipality> m = new ArrayList<>();
        m.add(municipality("GM01", "P1", 8_000, "V1", "J1"));
        m.add(municipality("GM02", "P1", 15_000, "V1", "J1"));
        m.add(municipality("GM03", "P1", 25_000, "V1", "J2"));
        m.add(municipality("GM04", "P1", 45_000, "V2", "J2"));
        m.add(municipality("GM05", "P1", 120_000, "V2", "J2"));
        m.add(municipality("GM06", "P2", 12_000, "V3", null));
        m.add(municipality("GM07", "P2", 18_000, "V3", "J3"));
        m.add(municipality("GM08", "P2", 33_000, "V3", "J3"));
        m.add(municipality("GM09", "P2", 70_000, "V3", "J3"));
        m.add(municipality("GM10", "P2", 9_000, "V2", "J3"));
        m.add(municipality("GM11", "P1", 55_000, "V1", "J1"));
        m.add(municipality("GM12", "P2", 200_000, "V3", "J3"));
        List<Task> tasks = List.of(
                new Task("VR", "Veiligheid", "d", 40, 3_000_000, 60_000, "vr", "test"),
                new Task("WM", "Wmo", "d", 120, 400_000, 30_000, "vr", "test"),
                new Task("JR", "Jeugd", "d", 90, 1_500_000, 100_000, "jr", "test"));
        return new Study(new Dataset("small", m), tasks);
    }

    private static Municipality municipality(String code, String province, long population, String vr, String jr) {
        Map<String, Region> regions = new HashMap<>();
        regions.put("vr", new Region("vr", vr, "Veiligheidsregio " + vr));
        if (jr != null) {
            regions.put("jr", new Region("jr", jr, "Jeugdregio " + jr));
        }
        return new Municipality(code, "Gemeente " + code, province, population, regions);
    }

    /** Every task at MUNICIPALITY level, with one override: GM05 carries WM at province level. */
    static Scenario base() {
        List<Rule> rules = new ArrayList<>();
        for (Task t : study().tasks()) {
            for (long bound : TIERING.lowerBounds()) {
                rules.add(new Rule(t.code(), bound, Level.MUNICIPALITY));
            }
        }
        return new Scenario("base", "", TIERING, rules,
                List.of(new LevelOverride("GM05", "WM", Level.PROVINCE, "test")), Overheads.DEFAULT);
    }
}
