package nl.taakdiff.ui.librarypanel;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.taakdiff.model.Scenario;
import nl.taakdiff.ui.common.LazyTooltip;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.View;

/** The scenario library on the left of the main window. */
public final class LibraryView extends View {
    private final LibraryViewModel model;
    private final Messages messages;
    private VBox root;
    private Label title;
    private TextField search;
    private ListView<Scenario> list;
    private Button create;
    private Button duplicate;
    private Button rename;
    private Button delete;
    private boolean syncing;

    public LibraryView(LibraryViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        init();
    }

    @Override
    protected void initializeParts() {
        root = new VBox();
        root.getStyleClass().add("library");
        root.setId("library");
        title = new Label(messages.get("library.title"));
        title.getStyleClass().add("panel-title");
        search = new TextField();
        search.setId("library-search");
        search.setPromptText(messages.get("library.search"));
        list = new ListView<>();
        list.setId("scenario-list");
        list.setCellFactory(v -> new ScenarioCell());
        create = button("library-create", "library.create");
        duplicate = button("library-duplicate", "library.duplicate");
        rename = button("library-rename", "library.rename");
        delete = button("library-delete", "library.delete");
        delete.getStyleClass().add("danger");
    }

    private Button button(String id, String key) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setMaxWidth(Double.MAX_VALUE);
        // two buttons a row in a narrow panel: a long name takes a second line instead of an ellipsis
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        LazyTooltip.of(button, messages.get(key + ".tooltip"));
        return button;
    }

    @Override
    protected void layoutParts() {
        GridPane buttons = new GridPane();
        buttons.setHgap(6);
        buttons.setVgap(6);
        buttons.addRow(0, create, duplicate);
        buttons.addRow(1, rename, delete);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            buttons.getColumnConstraints().add(half);
        }
        for (Button b : List.of(create, duplicate, rename, delete)) {
            GridPane.setFillHeight(b, true);
            b.setMaxHeight(Double.MAX_VALUE);
        }
        buttons.getStyleClass().add("library-buttons");
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(title, search, list, buttons);
        root.setSpacing(8);
        root.setPadding(new Insets(10));
        root.setMinWidth(Region.USE_PREF_SIZE);
        root.setPrefWidth(270);

        ContextMenu menu = new ContextMenu();
        MenuItem baseline = new MenuItem(messages.get("library.useAsBaseline"));
        baseline.setId("library-use-as-baseline");
        baseline.setOnAction(e -> model.useAsBaseline());
        MenuItem dup = new MenuItem(messages.get("library.duplicate"));
        dup.setOnAction(e -> model.duplicate());
        MenuItem ren = new MenuItem(messages.get("library.rename"));
        ren.setOnAction(e -> model.rename());
        MenuItem describe = new MenuItem(messages.get("library.describe"));
        describe.setId("library-describe");
        describe.setOnAction(e -> model.describe());
        describe.disableProperty().bind(model.editableProperty().not());
        MenuItem del = new MenuItem(messages.get("library.delete"));
        del.setOnAction(e -> model.delete());
        dup.disableProperty().bind(model.editableProperty().not());
        ren.disableProperty().bind(model.editableProperty().not());
        del.disableProperty().bind(model.editableProperty().not());
        menu.getItems().addAll(baseline, new SeparatorMenuItem(), dup, ren, describe, del);
        list.setContextMenu(menu);
    }

    @Override
    protected void bindToModel() {
        search.textProperty().bindBidirectional(model.searchProperty());
        onDispose(() -> search.textProperty().unbindBidirectional(model.searchProperty()));
        list.setItems(model.scenarios());
        create.setOnAction(e -> model.create());
        duplicate.setOnAction(e -> model.duplicate());
        rename.setOnAction(e -> model.rename());
        delete.setOnAction(e -> model.delete());
        var noSelection = list.getSelectionModel().selectedItemProperty().isNull();
        create.disableProperty().bind(model.editableProperty().not());
        duplicate.disableProperty().bind(model.editableProperty().not().or(noSelection));
        rename.disableProperty().bind(model.editableProperty().not().or(noSelection));
        delete.disableProperty().bind(model.editableProperty().not().or(noSelection));

        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) {
                syncing = true;
                model.selectedNameProperty().set(now.name());
                syncing = false;
            }
        });
        listen(model.selectedNameProperty(), (obs, old, now) -> selectInList());
        listenToList(model.scenarios(), (javafx.collections.ListChangeListener<Scenario>) c -> selectInList());
        listen(model.baselineNameProperty(), (obs, old, now) -> list.refresh());
        list.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DELETE -> model.delete();
                case F2 -> model.rename();
                default -> { }
            }
        });
        selectInList();
    }

    private void selectInList() {
        if (syncing) {
            return;
        }
        syncing = true;
        try {
            String name = model.selectedNameProperty().get();
            for (Scenario s : list.getItems()) {
                if (s.name().equals(name)) {
                    list.getSelectionModel().select(s);
                    return;
                }
            }
            list.getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Name, description and a uniform/differentiated badge (and a baseline badge). */
    private final class ScenarioCell extends ListCell<Scenario> {
        private final Label name = new Label();
        private final Label kind = new Label();
        private final Label baseline = new Label();
        private final VBox box;

        ScenarioCell() {
            name.getStyleClass().add("scenario-name");
            kind.getStyleClass().add("badge");
            baseline.getStyleClass().addAll("badge", "badge-baseline");
            baseline.setText(messages.get("library.badge.baseline"));
            HBox badges = new HBox(4, kind, baseline);
            box = new VBox(2, name, badges);
            name.setMinWidth(0);
            name.setWrapText(false);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Scenario item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                LazyTooltip.of(this, null);
                return;
            }
            name.setText(item.name());
            boolean differentiated = model.isDifferentiated(item);
            kind.setText(messages.get(differentiated ? "library.badge.differentiated" : "library.badge.uniform"));
            kind.getStyleClass().removeAll("badge-uniform", "badge-differentiated");
            kind.getStyleClass().add(differentiated ? "badge-differentiated" : "badge-uniform");
            boolean isBaseline = item.name().equals(model.baselineNameProperty().get());
            baseline.setVisible(isBaseline);
            baseline.setManaged(isBaseline);
            String description = model.description(item);
            LazyTooltip.of(this, description.isEmpty() ? null : description);
            setText(null);
            setGraphic(box);
        }
    }
}
