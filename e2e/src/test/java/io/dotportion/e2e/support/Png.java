package io.dotportion.e2e.support;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** What a screenshot file holds: a PNG's size from its header, and how light its pixels are on average. */
public record Png(int width, int height, double meanLuminance) {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Reads a PNG file; fails when the file is missing, empty or no PNG. */
    public static Png read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length < 24 || !Arrays.equals(Arrays.copyOf(bytes, 8), SIGNATURE)) {
                throw new AssertionError(file + " is no PNG");
            }
            ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
            int width = header.getInt();
            int height = header.getInt();
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null || image.getWidth() != width || image.getHeight() != height) {
                throw new AssertionError(file + " does not decode as the PNG its header announces");
            }
            return new Png(width, height, luminance(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mean relative brightness (0 black … 1 white) over a grid of sample points. */
    private static double luminance(BufferedImage image) {
        double sum = 0;
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 8) {
            for (int x = 0; x < image.getWidth(); x += 8) {
                int rgb = image.getRGB(x, y);
                sum += (0.2126 * ((rgb >> 16) & 0xff) + 0.7152 * ((rgb >> 8) & 0xff) + 0.0722 * (rgb & 0xff)) / 255;
                samples++;
            }
        }
        return sum / samples;
    }
}
