package nl.taakdiff.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.taakdiff.engine.uncertainty.MonteCarloSettings;
import nl.taakdiff.io.export.CsvExport;
import nl.taakdiff.io.export.ExportInput;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.ErrorTexts;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.RunMonitor;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.session.Session;

/**
 * The Export dialog's state: format, the scenarios compared (a baseline and one to three
 * alternatives, starting from the comparison on screen), what to include, the file, and the
 * running export with its progress and cancel. The export itself runs as a background job
 * ({@link ExportJob}); the result is opened in the system's viewer on request.
 */
public final class ExportViewModel {
    public static final List<Integer> DRAW_CHOICES = List.of(1_000, 10_000, 50_000, 100_000);

    private final Session session;
    private final CompareViewModel compare;
    private final Jobs jobs;
    private final Messages messages;
    private final DialogService dialogs;
    private final Supplier<String> appVersion;
    private final Clock clock;

    private final ObjectProperty<ExportChoice> format = new SimpleObjectProperty<>(this, "format", ExportChoice.XLSX);
    private final ObjectProperty<ExportChoice.Picture> picture = new SimpleObjectProperty<>(this, "picture",
            ExportChoice.Picture.MAP);
    private final StringProperty baseline = new SimpleStringProperty(this, "baseline", "");
    private final ObservableList<String> alternatives = FXCollections.observableArrayList();
    private final BooleanProperty uncertainty = new SimpleBooleanProperty(this, "uncertainty", false);
    private final BooleanProperty exploration = new SimpleBooleanProperty(this, "exploration", false);
    private final IntegerProperty draws = new SimpleIntegerProperty(this, "draws", MonteCarloSettings.DEFAULT_DRAWS);
    private final StringProperty file = new SimpleStringProperty(this, "file", "");
    private final BooleanProperty openResult = new SimpleBooleanProperty(this, "openResult", false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished", false);
    private Consumer<Path> viewer = path -> { };
    private Path folder;
    private RunMonitor monitor;

    public ExportViewModel(Session session, CompareViewModel compare, Jobs jobs, Messages messages,
                           DialogService dialogs, Supplier<String> appVersion, Clock clock) {
        this.session = session;
        this.compare = compare;
        this.jobs = jobs;
        this.messages = messages;
        this.dialogs = dialogs;
        this.appVersion = appVersion;
        this.clock = clock;
        format.addListener((obs, old, now) -> file.set(withExtension(file.get(), now.extension())));
        baseline.addListener((obs, old, now) -> alternatives.remove(now));
    }

    /** Where "open the result" shows a file: the system's viewer in the app. */
    public void setViewer(Consumer<Path> newViewer) {
        this.viewer = java.util.Objects.requireNonNull(newViewer, "viewer");
    }

    /**
     * Fills the dialog from the comparison on screen: its baseline and alternatives, and a file name
     * from the study and today's date in the last folder used.
     */
    public void prepare() {
        baseline.set(compare.baselineNameProperty().get() == null ? "" : compare.baselineNameProperty().get());
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < CompareViewModel.MAX_ALTERNATIVES; i++) {
            String name = compare.alternativeProperty(i).get();
            if (name != null && !name.isEmpty() && !name.equals(baseline.get()) && !chosen.contains(name)) {
                chosen.add(name);
            }
        }
        alternatives.setAll(chosen);
        Path dir = folder != null ? folder : Path.of(System.getProperty("user.home"));
        file.set(dir.resolve(suggestedName()).toString());
        status.set("");
        progress.set(0);
        finished.set(false);
    }

    /** "studie 2026-12-02.xlsx": the workbook's name (or "taakdiff") and today's date. */
    String suggestedName() {
        String location = session.locationProperty().get();
        String stem = "taakdiff";
        if (location != null && !location.isBlank()) {
            String name = Path.of(location).getFileName().toString();
            stem = name.endsWith(".taakdiff") ? name.substring(0, name.length() - ".taakdiff".length()) : name;
        }
        return stem + " " + LocalDate.now(clock) + format.get().extension();
    }

    private static String withExtension(String path, String extension) {
        if (path == null || path.isBlank()) {
            return path;
        }
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        int dot = path.lastIndexOf('.');
        String stem = dot > slash ? path.substring(0, dot) : path;
        return stem + extension;
    }

    /** Lets the user pick the file in the system's save dialog, starting from the name in the dialog. */
    public void browse() {
        String current = file.get() == null || file.get().isBlank() ? suggestedName() : file.get();
        DialogService.FileType type = switch (format.get()) {
            case XLSX -> DialogService.FileType.XLSX;
            case PDF -> DialogService.FileType.PDF;
            case PNG -> DialogService.FileType.PNG;
            case CSV, CSV_EXCEL_NL -> DialogService.FileType.CSV;
        };
        dialogs.saveFile(messages.get("exportDialog.title"), type, Path.of(current).getFileName().toString())
                .ifPresent(path -> file.set(withExtension(path.toString(), format.get().extension())));
    }

    /** Every scenario of the workbook, for the baseline and the alternatives. */
    public List<String> scenarioNames() {
        return session.names();
    }

    /** Chooses or drops an alternative; at most three, never the baseline. */
    public void setAlternative(String name, boolean chosen) {
        if (chosen && !alternatives.contains(name) && !name.equals(baseline.get())
                && alternatives.size() < ExportInput.MAX_ALTERNATIVES) {
            alternatives.add(name);
        } else if (!chosen) {
            alternatives.remove(name);
        }
    }

    /** Why the export cannot start, or empty when it can. */
    public Optional<String> problem() {
        if (session.scenario(baseline.get()).isEmpty()) {
            return Optional.of(messages.get("exportDialog.problem.baseline"));
        }
        if (alternatives.isEmpty()) {
            return Optional.of(messages.get("exportDialog.problem.alternatives"));
        }
        if (file.get() == null || file.get().isBlank()) {
            return Optional.of(messages.get("exportDialog.problem.file"));
        }
        Path parent = Path.of(file.get()).toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return Optional.of(messages.get("exportDialog.problem.folder", parent));
        }
        return Optional.empty();
    }

    /** Starts the export in the background; false (with the reason in the status) when it cannot start. */
    public boolean start() {
        if (running.get()) {
            return false;
        }
        Optional<String> problem = problem();
        if (problem.isPresent()) {
            status.set(problem.get());
            return false;
        }
        List<Scenario> chosen = new ArrayList<>();
        for (String name : alternatives) {
            session.scenario(name).ifPresent(chosen::add);
        }
        Path out = Path.of(file.get()).toAbsolutePath();
        folder = out.getParent();
        ExportRequest request = new ExportRequest(format.get().format(picture.get()), session.study(),
                session.scenario(baseline.get()).orElseThrow(), chosen, uncertainty.get(), exploration.get(),
                draws.get(), messages.locale(), out, appVersion.get(), session.locationProperty().get(),
                clock.instant());
        RunMonitor run = new RunMonitor(progress::set);
        monitor = run;
        running.set(true);
        finished.set(false);
        progress.set(0);
        status.set(messages.get(request.needsDraws() ? "exportDialog.running.draws" : "exportDialog.running",
                messages.formats().count(request.draws())));
        jobs.compute(messages.get("status.exporting"), () -> ExportJob.run(request, run), files -> {
            running.set(false);
            finished.set(true);
            progress.set(1);
            status.set(messages.get("exportDialog.done", files.size(), files.get(0).getFileName()));
            if (openResult.get()) {
                viewer.accept(files.get(0));
            }
        }, error -> {
            running.set(false);
            progress.set(0);
            status.set(cancelled(error) ? messages.get("exportDialog.cancelled")
                    : messages.get("exportDialog.failed", out.getFileName(), ErrorTexts.of(error, messages)));
        });
        return true;
    }

    private static boolean cancelled(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CancellationException) {
                return true;
            }
        }
        return false;
    }

    /** Stops a running export after the current block of draws; nothing is written. */
    public void cancel() {
        if (monitor != null && running.get()) {
            monitor.cancel();
        }
    }

    /** The files an export to this path writes (CSV: one per table and alternative). */
    public List<Path> files() {
        Path out = Path.of(file.get());
        return format.get() == ExportChoice.CSV || format.get() == ExportChoice.CSV_EXCEL_NL
                ? CsvExport.files(out, alternatives.size()) : List.of(out);
    }

    public ObjectProperty<ExportChoice> formatProperty() {
        return format;
    }

    public ObjectProperty<ExportChoice.Picture> pictureProperty() {
        return picture;
    }

    public StringProperty baselineProperty() {
        return baseline;
    }

    /** The chosen alternatives, in the order chosen. */
    public ObservableList<String> alternatives() {
        return alternatives;
    }

    public BooleanProperty uncertaintyProperty() {
        return uncertainty;
    }

    public BooleanProperty explorationProperty() {
        return exploration;
    }

    public IntegerProperty drawsProperty() {
        return draws;
    }

    public StringProperty fileProperty() {
        return file;
    }

    public BooleanProperty openResultProperty() {
        return openResult;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True after an export that wrote its files. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
