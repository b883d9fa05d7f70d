package dev.docsite.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.markdown.ImageSize;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizesTest {

    @TempDir
    Path dir;

    @Test
    void rasterImagesAreMeasuredFromTheirHeaders() throws Exception {
        Path png = dir.resolve("shot.png");
        ImageIO.write(new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
        Path jpeg = dir.resolve("photo.JPG");
        ImageIO.write(new BufferedImage(7, 5, BufferedImage.TYPE_INT_RGB), "jpeg", jpeg.toFile());

        assertEquals(new ImageSize(30, 20), ImageSizes.of(png));
        assertEquals(new ImageSize(7, 5), ImageSizes.of(jpeg));
    }

    @Test
    void anSvgHasASizeOnlyWhenItsRootElementGivesBothInPixels() {
        assertEquals(new ImageSize(600, 320), ImageSizes.svgSize(
                "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"320px\">"));
        assertEquals(new ImageSize(13, 8), ImageSizes.svgSize("<svg height='7.6' viewBox='0 0 1 1' width='12.5'>"));
        assertNull(ImageSizes.svgSize("<svg viewBox=\"0 0 600 320\">"), "a viewBox gives proportions, not a size");
        assertNull(ImageSizes.svgSize("<svg width=\"100%\" height=\"320\">"));
        assertNull(ImageSizes.svgSize("<svg stroke-width=\"2\" height=\"320\">"));
        assertNull(ImageSizes.svgSize("<html>not an image</html>"));
    }

    @Test
    void aChangedFileIsMeasuredAgainAndAFileThatIsNoImageHasNoSize() throws Exception {
        Path svg = Files.writeString(dir.resolve("a.svg"), "<svg width=\"10\" height=\"10\"></svg>");
        assertEquals(new ImageSize(10, 10), ImageSizes.of(svg));
        Files.writeString(svg, "<svg width=\"40\" height=\"10\"></svg>");
        Files.setLastModifiedTime(svg, FileTime.fromMillis(Files.getLastModifiedTime(svg).toMillis() + 5000));
        assertEquals(new ImageSize(40, 10), ImageSizes.of(svg));

        assertNull(ImageSizes.of(Files.writeString(dir.resolve("notes.png"), "not a png")));
        assertNull(ImageSizes.of(dir.resolve("missing.png")));
    }
}
