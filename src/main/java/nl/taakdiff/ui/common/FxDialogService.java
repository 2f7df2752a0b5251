package nl.taakdiff.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** {@link DialogService} with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;
    private Path lastDirectory;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    private <D extends Dialog<?>> D prepare(D dialog, String title, String header) {
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(460);
        dialog.getDialogPane().getStyleClass().add("taakdiff-dialog");
        DialogButtons.translate(dialog.getDialogPane(), messages);
        return dialog;
    }

    private Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        // without a preferred width the dialog takes the text's unwrapped width and runs off the screen
        label.setPrefWidth(520);
        label.setMaxWidth(520);
        // the pane asks the label's preferred width, which for wrapping text is its width on one line
        label.setPrefWidth(520);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    @Override
    public void showError(String title, String header, String advice) {
        Alert alert = prepare(new Alert(Alert.AlertType.ERROR), title, header);
        alert.getDialogPane().setContent(wrapping(advice));
        alert.showAndWait();
    }

    @Override
    public void showProblems(String title, String header, List<String> problems) {
        Alert alert = prepare(new Alert(Alert.AlertType.ERROR), title, header);
        TextArea list = new TextArea(String.join("\n", problems));
        list.setId("problem-list");
        list.setEditable(false);
        list.setWrapText(false);
        list.setPrefRowCount(Math.min(12, Math.max(3, problems.size())));
        list.setPrefColumnCount(70);
        VBox content = new VBox(8, wrapping(messages.get("dialog.problems.count", problems.size())), list);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String header, String text) {
        Alert alert = prepare(new Alert(Alert.AlertType.INFORMATION), title, header);
        alert.getDialogPane().setContent(wrapping(text));
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String header, String text) {
        ButtonType yes = new ButtonType(messages.get("dialog.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("dialog.no"), ButtonBar.ButtonData.NO);
        Alert alert = prepare(new Alert(Alert.AlertType.CONFIRMATION, "", yes, no), title, header);
        alert.getDialogPane().setContent(wrapping(text));
        return alert.showAndWait().filter(b -> b == yes).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        TextInputDialog dialog = prepare(new TextInputDialog(initial), title, header);
        dialog.getEditor().setId("dialog-text");
        return dialog.showAndWait().map(String::strip);
    }

    @Override
    public <T> Optional<T> choose(String title, String header, List<T> choices, Function<T, String> label) {
        if (choices.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = prepare(new ChoiceDialog<>(choices.get(0), choices), title, header);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<T> combo = (javafx.scene.control.ComboBox<T>) dialog.getDialogPane()
                .lookup(".combo-box");
        if (combo != null) {
            combo.setConverter(new StringConverter<>() {
                @Override
                public String toString(T value) {
                    return value == null ? "" : label.apply(value);
                }

                @Override
                public T fromString(String string) {
                    return null;
                }
            });
        }
        dialog.setSelectedItem(choices.get(0));
        return dialog.showAndWait();
    }

    private FileChooser chooser(String title, FileType type) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("file.type." + type.name().toLowerCase(java.util.Locale.ROOT)), type.pattern()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("file.type.all"), "*"));
        if (lastDirectory != null && lastDirectory.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastDirectory.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        lastDirectory = path.getParent();
        return Optional.of(path);
    }

    @Override
    public Optional<Path> openFile(String title, FileType type) {
        return remember(chooser(title, type).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> saveFile(String title, FileType type, String initialName) {
        FileChooser chooser = chooser(title, type);
        chooser.setInitialFileName(initialName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastDirectory != null && lastDirectory.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastDirectory.toFile());
        }
        File dir = chooser.showDialog(owner.get());
        if (dir == null) {
            return Optional.empty();
        }
        lastDirectory = dir.toPath();
        return Optional.of(dir.toPath());
    }
}
