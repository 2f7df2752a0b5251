package nl.taakdiff.ui.present;

/**
 * One screen of the presentation: a slide, and for a slide that is spread over several screens
 * (the assumptions) which part of it.
 *
 * @param part  0-based part of the slide
 * @param parts how many screens the slide takes (1 for most slides)
 */
public record Page(PresentationViewModel.Slide slide, int part, int parts) {
    public Page {
        if (parts < 1 || part < 0 || part >= parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts);
        }
    }
}
