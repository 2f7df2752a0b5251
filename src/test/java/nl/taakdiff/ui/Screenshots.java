package nl.taakdiff.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Saves a snapshot of a scene as PNG when the system property {@code taakdiff.screenshots} names a
 * folder (e.g. {@code -Dtaakdiff.screenshots=/tmp/shots}); does nothing otherwise. For looking at
 * the headless window while developing; never writes into the project.
 */
public final class Screenshots {
    private Screenshots() {
    }

    /** Call on the FX thread. */
    public static void save(Scene scene, String name) {
        String dir = System.getProperty("taakdiff.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        saveTo(scene, Path.of(dir), name);
    }

    /** Saves the scene as {@code name.png} in a folder; call on the FX thread. */
    public static void saveTo(Scene scene, Path folder, String name) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(folder);
            ImageIO.write(out, "png", folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
