package nl.taakdiff.ui;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The set-up that UI tests share: before each test the real main window ({@link UiFixture}) starts
 * on TestFX's primary stage; after it the window is closed and its preferences removed. A test
 * class's own {@code @BeforeEach} runs once the window is up, its own {@code @AfterEach} before the
 * window is closed. Here rather than in a {@code @Start} method, which TestFX 4.0.18 looks for in
 * the test class itself only, not in a superclass.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class WithMainWindow {
    protected UiFixture app;

    @BeforeEach
    protected final void startMainWindow() throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            app = new UiFixture();
            app.start(stage);
        });
    }

    @AfterEach
    protected final void stopMainWindow() throws Exception {
        app.stop();
    }
}
