package nl.taakdiff.ui.rebase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import nl.taakdiff.engine.ClassResult;
import nl.taakdiff.engine.Evaluation;
import nl.taakdiff.engine.Evaluator;
import nl.taakdiff.engine.Validator;
import nl.taakdiff.io.BundledData;
import nl.taakdiff.io.InputException;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.model.Study;
import nl.taakdiff.transfer.rebase.RebasePlanner;
import nl.taakdiff.transfer.rebase.WorkbookRebase;
import nl.taakdiff.store.Workbook;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.DialogService.FileType;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.library.ScenarioLibrary;
import nl.taakdiff.ui.library.WorkbookLibrary;
import nl.taakdiff.ui.session.Session;

/**
 * Moving the open study to newer data from the app, in one step: choose a bundled year or a CBS
 * "Gebieden in Nederland" export (with its region file and, optionally, a boundary file), choose
 * the new workbook's file, see the report and the current scenario's cost per inhabitant per size
 * class on the old and the new data side by side, and confirm; the new workbook then opens. The
 * open workbook is only read. All file and SQLite work runs on the store thread.
 */
public final class RebaseViewModel {
    /** Cost per inhabitant of one size class of the scenario, on the old and on the new data. */
    public record ClassRow(nl.taakdiff.model.SizeClass sizeClass, int oldMunicipalities, double oldCostPerInhabitant,
                           int newMunicipalities, double newCostPerInhabitant) {
    }

    /** One scenario's size classes on the old and the new data; empty when it does not evaluate on both. */
    public record ScenarioClasses(String scenario, List<ClassRow> classes) {
        public ScenarioClasses {
            classes = List.copyOf(classes);
        }
    }

    /**
     * Everything the analyst sees before confirming: the report and, for every scenario, its cost
     * per inhabitant per size class on both data sets; {@code scenario} is the one shown first (the
     * current one, or the first).
     */
    public record Preview(WorkbookRebase.Target target, RebasePlanner.Plan plan, String oldDataset,
                          String scenario, List<ScenarioClasses> scenarios, Path out) {
        public Preview {
            scenarios = List.copyOf(scenarios);
        }

        /** The size classes of the scenario shown first. */
        public List<ClassRow> classes() {
            return classesOf(scenario);
        }

        public List<ClassRow> classesOf(String name) {
            return scenarios.stream().filter(s -> s.scenario().equals(name)).findFirst()
                    .map(ScenarioClasses::classes).orElse(List.of());
        }
    }

    /** Shows the preview and asks whether to write the new workbook. */
    @FunctionalInterface
    public interface ReportDialog {
        boolean confirm(Preview preview);
    }

    /** Where the new data comes from. */
    public sealed interface Source permits Bundled, Imported {
    }

    public record Bundled(int year) implements Source {
    }

    public record Imported(Path cbs, Path regions, Path boundaries) implements Source {
    }

    private final Session session;
    private final Jobs jobs;
    private final Messages messages;
    private final DialogService dialogs;
    private final ReportDialog report;
    private final Consumer<Path> openWorkbook;

    public RebaseViewModel(Session session, Jobs jobs, Messages messages, DialogService dialogs, ReportDialog report,
                           Consumer<Path> openWorkbook) {
        this.session = Objects.requireNonNull(session, "session");
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.report = Objects.requireNonNull(report, "report");
        this.openWorkbook = Objects.requireNonNull(openWorkbook, "openWorkbook");
    }

    /** The menu action: asks for the source and the new file, then previews. */
    public void start() {
        ScenarioLibrary library = session.library();
        if (!(library instanceof WorkbookLibrary workbook)) {
            dialogs.showInformation(messages.get("rebase.title"), messages.get("rebase.noWorkbook"), "");
            return;
        }
        chooseSource().ifPresent(source -> {
            String suggested = suggestedName(workbook.path(), source);
            dialogs.saveFile(messages.get("rebase.saveTitle"), FileType.WORKBOOK, suggested)
                    .ifPresent(out -> preview(workbook, source, out));
        });
    }

    private Optional<Source> chooseSource() {
        List<Source> choices = new ArrayList<>();
        for (int i = BundledData.YEARS.size() - 1; i >= 0; i--) {
            choices.add(new Bundled(BundledData.YEARS.get(i))); // newest first
        }
        choices.add(new Imported(null, null, null));
        Optional<Source> choice = dialogs.choose(messages.get("rebase.title"), messages.get("rebase.chooseSource"),
                choices, this::label);
        if (choice.isEmpty() || choice.get() instanceof Bundled) {
            return choice;
        }
        Optional<Path> cbs = dialogs.openFile(messages.get("rebase.openCbs"), FileType.CSV);
        if (cbs.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> regions = dialogs.openFile(messages.get("rebase.openRegions"), FileType.CSV);
        if (regions.isEmpty()) {
            return Optional.empty();
        }
        Path boundaries = null;
        if (dialogs.confirm(messages.get("rebase.title"), messages.get("rebase.askBoundaries"),
                messages.get("rebase.askBoundariesText"))) {
            boundaries = dialogs.openFile(messages.get("rebase.openBoundaries"), FileType.TOPOJSON).orElse(null);
        }
        return Optional.of(new Imported(cbs.get(), regions.get(), boundaries));
    }

    /** How a source reads in the choice list. */
    public String label(Source source) {
        return source instanceof Bundled b ? messages.get("rebase.source.bundled", String.valueOf(b.year()))
                : messages.get("rebase.source.import");
    }

    private static String suggestedName(Path old, Source source) {
        String name = old == null ? "studie" : old.getFileName().toString().replaceFirst("\\.taakdiff$", "");
        String suffix = source instanceof Bundled b ? String.valueOf(b.year()) : "nieuw";
        return name + "-" + suffix + Workbook.EXTENSION;
    }

    /** Computes the plan on the store thread, shows it, and writes the workbook when confirmed. */
    public void preview(WorkbookLibrary library, Source source, Path out) {
        Scenario current = session.current();
        jobs.store(messages.get("rebase.status.planning"), () -> {
            Workbook old = library.workbook();
            WorkbookRebase.Target target = source instanceof Imported i
                    ? WorkbookRebase.imported(old, i.cbs(), i.regions(), i.boundaries())
                    : WorkbookRebase.bundledYear(old, ((Bundled) source).year());
            RebasePlanner.Plan plan = WorkbookRebase.plan(old, target);
            return preview(old.study(), old.allScenarios(), target, plan, current, out);
        }, preview -> {
            if (report.confirm(preview)) {
                write(library, preview);
            }
        }, this::failed);
    }

    private static Preview preview(Study old, List<Scenario> scenarios, WorkbookRebase.Target target,
                                   RebasePlanner.Plan plan, Scenario current, Path out) {
        Study now = new Study(target.dataset(), old.tasks());
        Evaluator before = new Evaluator(old);
        Evaluator after = new Evaluator(now);
        List<ScenarioClasses> compared = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            Scenario moved = plan.scenarios().stream().filter(s -> s.name().equals(scenario.name())).findFirst()
                    .orElse(null);
            compared.add(new ScenarioClasses(scenario.name(), classes(old, scenario, now, moved, before, after)));
        }
        String shown = current != null && compared.stream().anyMatch(c -> c.scenario().equals(current.name()))
                ? current.name() : compared.isEmpty() ? "" : compared.get(0).scenario();
        return new Preview(target, plan, old.dataset().name(), shown, compared, out);
    }

    /** The size classes of one scenario before and after; the rules carry over, so the classes line up. */
    private static List<ClassRow> classes(Study old, Scenario scenario, Study now, Scenario moved, Evaluator before,
                                          Evaluator after) {
        List<ClassRow> rows = new ArrayList<>();
        if (moved == null || !Validator.validate(old, scenario).isEmpty() || !Validator.validate(now, moved).isEmpty()) {
            return rows;
        }
        Evaluation b = before.evaluate(scenario);
        Evaluation a = after.evaluate(moved);
        for (int i = 0; i < b.classes().size(); i++) {
            ClassResult bc = b.classes().get(i);
            ClassResult ac = a.classes().get(i);
            rows.add(new ClassRow(bc.sizeClass(), bc.municipalities(), bc.costPerInhabitant(), ac.municipalities(),
                    ac.costPerInhabitant()));
        }
        return rows;
    }

    private void write(WorkbookLibrary library, Preview preview) {
        jobs.store(messages.get("rebase.status.writing"),
                () -> WorkbookRebase.write(library.workbook(), preview.target(), preview.plan(), preview.out()),
                written -> openWorkbook.accept(written.file()), this::failed);
    }

    private void failed(Throwable error) {
        if (error instanceof InputException input) {
            dialogs.showProblems(messages.get("rebase.title"), messages.get("rebase.badInput"),
                    input.problems().stream().map(p -> p.format()).toList());
        } else {
            dialogs.showError(messages.get("rebase.title"), messages.get("rebase.failed"),
                    ErrorTexts.of(error, messages));
        }
    }
}
