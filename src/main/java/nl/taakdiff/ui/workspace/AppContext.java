package nl.taakdiff.ui.workspace;

import nl.taakdiff.ui.common.DialogService;
import nl.taakdiff.ui.common.Jobs;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.common.Settings;
import nl.taakdiff.ui.library.LibraryOpener;
import nl.taakdiff.ui.session.Session;

/**
 * The long-lived services of one app window: created once in {@code TaakdiffApp} (or a test),
 * shared by every view model and tab, and kept when the scene is rebuilt for another language.
 */
public record AppContext(Settings settings, Messages messages, Jobs jobs, Session session,
                         LibraryOpener opener, DialogService dialogs) {
}
