package nl.taakdiff.io.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.engine.Evaluation;

/**
 * What an export shows: one baseline compared with one to three alternatives, and where they came
 * from.
 *
 * @param comparisons one per alternative, all against the same baseline evaluation
 * @param scenarios   baseline first, then the alternatives in the order of {@code comparisons}
 * @param exploration the frontier and price of uniformity from the baseline, or null to leave them out
 * @param appraisal   the appraisal of the options, or null to leave it out
 * @param uncertainty the sensitivity and uncertainty of every alternative, or null to leave them out
 * @param text        the language of the labels for people (XLSX, PDF, Excel (NL) CSV, pictures)
 */
public record ExportInput(List<Comparison> comparisons, List<ScenarioInfo> scenarios, About about,
                          Exploration exploration, AppraisalSection appraisal, UncertaintySection uncertainty,
                          ExportText text) {
    public static final int MAX_ALTERNATIVES = 3;

    public ExportInput {
        comparisons = List.copyOf(comparisons);
        scenarios = List.copyOf(scenarios);
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(text, "text");
        if (comparisons.isEmpty() || comparisons.size() > MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("an export compares one baseline with one to " + MAX_ALTERNATIVES
                    + " alternatives, not " + comparisons.size());
        }
        Evaluation baseline = comparisons.get(0).baseline();
        for (Comparison c : comparisons) {
            if (c.baseline() != baseline) {
                throw new IllegalArgumentException("all comparisons of an export share one baseline");
            }
        }
        if (scenarios.size() != comparisons.size() + 1) {
            throw new IllegalArgumentException("need a description of the baseline and of every alternative");
        }
    }

    /** An export in English without an exploration, an appraisal or uncertainty. */
    public ExportInput(List<Comparison> comparisons, List<ScenarioInfo> scenarios, About about) {
        this(comparisons, scenarios, about, null, null, null, ExportText.ENGLISH);
    }

    /** The same export with the frontier and price of uniformity (null for none). */
    public ExportInput withExploration(Exploration newExploration) {
        return new ExportInput(comparisons, scenarios, about, newExploration, appraisal, uncertainty, text);
    }

    /** The same export with an appraisal part (null for none). */
    public ExportInput withAppraisal(AppraisalSection section) {
        return new ExportInput(comparisons, scenarios, about, exploration, section, uncertainty, text);
    }

    /** The same export with sensitivity and uncertainty (null for none). */
    public ExportInput withUncertainty(UncertaintySection section) {
        return new ExportInput(comparisons, scenarios, about, exploration, appraisal, section, text);
    }

    /** The same export with its labels in another language. */
    public ExportInput withText(ExportText newText) {
        return new ExportInput(comparisons, scenarios, about, exploration, appraisal, uncertainty, newText);
    }

    /** Describes scenarios by their names only (e.g. when read from allocation files). */
    public static ExportInput of(List<Comparison> comparisons, About about) {
        List<ScenarioInfo> infos = new java.util.ArrayList<>();
        infos.add(ScenarioInfo.of(comparisons.get(0).baseline()));
        for (Comparison c : comparisons) {
            infos.add(ScenarioInfo.of(c.alternative()));
        }
        return new ExportInput(comparisons, infos, about);
    }

    public Evaluation baseline() {
        return comparisons.get(0).baseline();
    }

    public List<Evaluation> alternatives() {
        return comparisons.stream().map(Comparison::alternative).toList();
    }

    /** Every evaluation, baseline first. */
    public List<Evaluation> evaluations() {
        List<Evaluation> all = new java.util.ArrayList<>();
        all.add(baseline());
        all.addAll(alternatives());
        return all;
    }

    /**
     * One scenario as the reader of an export should know it; the export puts it into words in its
     * own language.
     *
     * @param allocation the allocation file it was read from; empty when it came from a workbook or is unknown
     * @param overrides  the overrides file read with that allocation; empty for none
     * @param workbook   true when it came from the export's workbook
     * @param version    its last saved version in that workbook; null when it has none or is unknown
     */
    public record ScenarioInfo(String name, String description, String allocation, String overrides,
                               boolean workbook, SavedVersion version) {
        public ScenarioInfo {
            Objects.requireNonNull(name, "name");
            description = description == null ? "" : description;
            allocation = allocation == null ? "" : allocation;
            overrides = overrides == null ? "" : overrides;
        }

        public static ScenarioInfo of(Evaluation evaluation) {
            return new ScenarioInfo(evaluation.scenario().name(), evaluation.scenario().description(), "", "", false,
                    null);
        }

        /** A scenario read from an allocation file and, when not null, an overrides file. */
        public static ScenarioInfo fromFiles(String name, String allocation, String overrides) {
            return new ScenarioInfo(name, "", allocation, overrides, false, null);
        }

        /** A scenario of the export's workbook, with its last saved version (null for none). */
        public static ScenarioInfo fromWorkbook(String name, String description, SavedVersion version) {
            return new ScenarioInfo(name, description, "", "", true, version);
        }
    }

    /**
     * A saved version of a scenario in its workbook.
     *
     * @param label the analyst's label; empty for none
     */
    public record SavedVersion(int number, String label, Instant savedAt) {
        public SavedVersion {
            label = label == null ? "" : label;
            Objects.requireNonNull(savedAt, "savedAt");
        }
    }

    /**
     * Facts for the About sheet and page.
     *
     * @param workbook the workbook file the scenarios came from; empty when they came from files
     */
    public record About(String appVersion, Instant exportedAt, String workbook) {
        public About {
            Objects.requireNonNull(appVersion, "appVersion");
            Objects.requireNonNull(exportedAt, "exportedAt");
            workbook = workbook == null ? "" : workbook;
        }
    }
}
