package nl.taakdiff.ui.workspace;

import java.util.Objects;
import java.util.function.Supplier;
import nl.taakdiff.ui.common.View;

/**
 * A tab in the centre of the main window: the extension point for new views.
 *
 * <p>To add a tab: create a package {@code nl.taakdiff.ui.NAME} with a view model (built once from
 * the {@link AppContext}; it reads and edits scenarios through the session) and a view
 * ({@code extends View}); add one line to {@code nl.taakdiff.ui.tabs.WorkspaceTabs} at the place
 * the tab should appear; add its title key to both {@code messages_*.properties}. A tab package
 * never imports the main window's package: the window knows the tabs, not the other way round.
 *
 * @param id       a stable id, also the node id of the tab: {@code allocation}, {@code compare}, …
 * @param titleKey the message key of the tab title
 * @param model    the tab's view model, which outlives its views
 * @param views    a new view for the tab; called whenever the window is (re)built, e.g. after a
 *                 language switch, after the previous view was disposed
 */
public record WorkspaceTab(String id, String titleKey, Object model, Supplier<? extends View> views) {
    public WorkspaceTab {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titleKey, "titleKey");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(views, "views");
    }

    public View createView() {
        return views.get();
    }
}
