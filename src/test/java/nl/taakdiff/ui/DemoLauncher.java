package nl.taakdiff.ui;

/** A plain main class for {@link DemoMain}, so the JavaFX jars may sit on the class path. */
public final class DemoLauncher {
    private DemoLauncher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(DemoMain.class, args);
    }
}
