package nl.taakdiff.ui.versions;

import java.util.Optional;

/** Shows the versions with what restoring each would change; answers the preview to restore, or empty. */
@FunctionalInterface
public interface RestoreVersionPrompt {
    Optional<RestoreVersionModel.Preview> ask(RestoreVersionModel model);
}
