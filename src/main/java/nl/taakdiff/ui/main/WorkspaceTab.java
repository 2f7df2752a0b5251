package nl.taakdiff.ui.main;

import nl.taakdiff.ui.common.View;

/**
 * A tab in the centre of the main window: the extension point for new views.
 *
 * <p>To add a tab (e.g. Tiering): create a package {@code nl.taakdiff.ui.tiering} with a
 * {@code TieringViewModel} (built once, from the {@link nl.taakdiff.ui.AppContext}; reads and edits
 * scenarios through {@link nl.taakdiff.ui.session.Session}, every edit as a command) and a
 * {@code TieringView extends View}; write a {@code TieringTab implements WorkspaceTab} that holds
 * the view model and returns a new view from {@link #createView}; register it in
 * {@link WorkspaceTabs#standard} with the order constant reserved for it; add its title key to
 * both {@code messages_*.properties}.
 */
public interface WorkspaceTab {
    /** A stable id, also the node id of the tab: {@code allocation}, {@code compare}, … */
    String id();

    /** The message key of the tab title. */
    String titleKey();

    /** Position among the tabs; see the constants in {@link WorkspaceTabs}. */
    int order();

    /**
     * A new view for the tab. Called whenever the window is (re)built, e.g. after a language switch;
     * the previous view is disposed first. The view model must outlive the view.
     */
    View createView();
}
