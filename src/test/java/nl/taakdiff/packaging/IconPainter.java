package nl.taakdiff.packaging;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the application and file icon: a white sheet with a dark header over a 3 × 3 allocation
 * matrix whose cells are coloured by level like the app's matrix (Okabe–Ito), the small size classes
 * pooled regionally, the large ones at municipality level. Writes the PNGs the app and the Linux
 * package use, a Windows {@code .ico} and a macOS {@code .icns} (both holding PNG images).
 * Not a test: run it after changing the drawing and commit its output.
 * <pre>java -cp target/test-classes nl.taakdiff.packaging.IconPainter src/main/resources/nl/taakdiff/ui/icons src/main/packaging</pre>
 */
public final class IconPainter {
    static final int[] PNG_SIZES = {16, 32, 48, 64, 128, 256, 512};
    private static final Color HEADER = new Color(0x1F3A5F);
    private static final Color MUNICIPALITY = new Color(0x0072B2);
    private static final Color CENTRE = new Color(0x56B4E9);
    private static final Color REGION = new Color(0x009E73);
    private static final Color PROVINCE = new Color(0xE69F00);
    private static final Color[][] CELLS = {
            {REGION, CENTRE, MUNICIPALITY},
            {PROVINCE, REGION, MUNICIPALITY},
            {CENTRE, MUNICIPALITY, MUNICIPALITY},
    };

    private IconPainter() {
    }

    public static void main(String[] args) throws IOException {
        Path pngFolder = Path.of(args[0]);
        Path packaging = Path.of(args[1]);
        Files.createDirectories(pngFolder);
        for (int size : PNG_SIZES) {
            Files.write(pngFolder.resolve("taakdiff-" + size + ".png"), png(paint(size)));
        }
        Files.createDirectories(packaging.resolve("windows"));
        Files.createDirectories(packaging.resolve("macos"));
        Files.write(packaging.resolve("windows/Taakdiff.ico"), ico(16, 32, 48, 256));
        Files.write(packaging.resolve("macos/Taakdiff.icns"), icns());
    }

    static BufferedImage paint(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double s = size / 64.0; // drawn on a 64-unit grid
        double margin = 2 * s;
        double sheet = size - 2 * margin;
        double corner = 10 * s;
        RoundRectangle2D outline = new RoundRectangle2D.Double(margin, margin, sheet, sheet, corner, corner);
        g.setColor(Color.WHITE);
        g.fill(outline);
        g.setClip(outline);
        g.setColor(HEADER);
        g.fill(new java.awt.geom.Rectangle2D.Double(margin, margin, sheet, 14 * s));
        g.setClip(null);
        double gap = Math.max(1, 3 * s);
        double top = margin + 14 * s + gap;
        double left = margin + gap;
        double cellW = (sheet - 4 * gap) / 3;
        double cellH = (size - margin - gap - top - 2 * gap) / 3;
        double cellCorner = Math.max(1, 3 * s);
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                g.setColor(CELLS[row][col]);
                g.fill(new RoundRectangle2D.Double(left + col * (cellW + gap), top + row * (cellH + gap), cellW, cellH,
                        cellCorner, cellCorner));
            }
        }
        g.setColor(HEADER);
        g.setStroke(new BasicStroke((float) Math.max(1, 1.5 * s)));
        g.draw(outline);
        g.dispose();
        return image;
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An ICO file whose entries are PNG images (read by Windows Vista and later). */
    static byte[] ico(int... sizes) throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : sizes) {
            images.add(png(paint(size)));
        }
        int offset = 6 + 16 * sizes.length;
        ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) sizes.length);
        for (int i = 0; i < sizes.length; i++) {
            int dimension = sizes[i] >= 256 ? 0 : sizes[i]; // 0 means 256
            header.put((byte) dimension).put((byte) dimension).put((byte) 0).put((byte) 0);
            header.putShort((short) 1).putShort((short) 32).putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** An ICNS file with PNG entries: ic07 (128), ic08 (256), ic09 (512). */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        entry(body, "ic07", png(paint(128)));
        entry(body, "ic08", png(paint(256)));
        entry(body, "ic09", png(paint(512)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + body.size()).array());
        body.writeTo(out);
        return out.toByteArray();
    }

    private static void entry(OutputStream out, String type, byte[] data) throws IOException {
        out.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(8 + data.length).array());
        out.write(data);
    }
}
