package nl.taakdiff.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import nl.taakdiff.ui.common.DialogService;

/** A {@link DialogService} that answers from a script and records what was shown. */
public final class ScriptedDialogs implements DialogService {
    public final Deque<Optional<String>> texts = new ArrayDeque<>();
    public final Deque<Boolean> confirmations = new ArrayDeque<>();
    public final Deque<Optional<Path>> files = new ArrayDeque<>();
    public final List<String> errors = new ArrayList<>();
    public final List<List<String>> problems = new ArrayList<>();
    public final List<String> information = new ArrayList<>();

    public ScriptedDialogs answer(String text) {
        texts.add(Optional.ofNullable(text));
        return this;
    }

    @Override
    public void showError(String title, String header, String advice) {
        errors.add(header + " | " + advice);
    }

    @Override
    public void showProblems(String title, String header, List<String> list) {
        errors.add(header);
        problems.add(list);
    }

    @Override
    public void showInformation(String title, String header, String text) {
        information.add(header);
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        return confirmations.isEmpty() || confirmations.poll();
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        return texts.isEmpty() ? Optional.empty() : texts.poll();
    }

    @Override
    public <T> Optional<T> choose(String title, String header, List<T> choices, Function<T, String> label) {
        return choices.isEmpty() ? Optional.empty() : Optional.of(choices.get(0));
    }

    @Override
    public Optional<Path> openFile(String title, FileType type) {
        return files.isEmpty() ? Optional.empty() : files.poll();
    }

    @Override
    public Optional<Path> saveFile(String title, FileType type, String initialName) {
        return files.isEmpty() ? Optional.empty() : files.poll();
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        return files.isEmpty() ? Optional.empty() : files.poll();
    }
}
