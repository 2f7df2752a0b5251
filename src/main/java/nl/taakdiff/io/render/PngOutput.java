package nl.taakdiff.io.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * PNG encoding through a cache in memory. {@code ImageIO.write} to a stream caches in a file in the
 * temporary folder, which fails on a full disk with a stack trace from a background closer thread.
 */
public final class PngOutput {
    private PngOutput() {
    }

    public static void write(BufferedImage image, OutputStream out) throws IOException {
        ImageOutputStream stream = new MemoryCacheImageOutputStream(out);
        try {
            if (!ImageIO.write(image, "png", stream)) {
                throw new IOException("no PNG writer available");
            }
        } finally {
            stream.close();
        }
    }
}
