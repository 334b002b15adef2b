package org.credibility.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

class NotebookTest {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void aChartIsShownAsAPngImage() throws Exception {
        CategoryChart chart = new CategoryChartBuilder().width(300).height(200).title("outlets").build();
        chart.addSeries("n", List.of("UPI", "Sputnik"), List.of(3, 5));
        DisplayData data = Notebook.render(chart);
        assertEquals("[chart: outlets]", data.getData(MIMEType.TEXT_PLAIN));
        byte[] png = Base64.getDecoder().decode((String) data.getData(MIMEType.parse("image/png")));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(300, image.getWidth());
        assertEquals(200, image.getHeight());
    }

    @Test
    void htmlAndTextAreShownAsSuch() {
        assertEquals("<b>x</b>", Notebook.render(Notebook.html("<b>x</b>")).getData(MIMEType.TEXT_HTML));
        assertEquals("12", Notebook.render(12).getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void displayFromACellReachesTheKernelsCurrentOutput() throws Exception {
        List<DisplayData> shown = new ArrayList<>();
        try (JavaEvaluator java = JavaEvaluator.onThisClassPath()) {
            Kernel kernel = new Kernel(java);
            Notebook.sendTo(shown::add);
            assertEquals(null, kernel.eval("display(html(\"<i>\" + (6 * 7) + \"</i>\"));"));
            assertEquals("7", kernel.eval("3 + 4").getData(MIMEType.TEXT_PLAIN));
        }
        assertEquals(1, shown.size());
        assertEquals("<i>42</i>", shown.get(0).getData(MIMEType.TEXT_HTML));
    }
}
