package org.credibility.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.Base64;
import java.util.function.Consumer;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * What a notebook cell calls to show something richer than text; every cell has
 * {@code import static org.credibility.kernel.Notebook.*}. {@code display(chart)} shows an
 * XChart chart as a PNG image, {@code display(html("<b>…</b>"))} shows HTML.
 */
public final class Notebook {
    private static volatile Consumer<DisplayData> sink = d -> System.out.println(d.getData(
            io.github.spencerpark.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));

    private Notebook() {
    }

    /** Where {@link #display} sends its output: the kernel's current cell. */
    static void sendTo(Consumer<DisplayData> target) {
        sink = target;
    }

    /** Shows an object in the cell's output: a chart as an image, {@link #html} as HTML, else its text. */
    public static void display(Object value) {
        sink.accept(render(value));
    }

    /** HTML for {@link #display}. */
    public static DisplayData html(String html) {
        DisplayData data = new DisplayData("[html]");
        data.putHTML(html);
        return data;
    }

    /** The display data of an object: PNG for an XChart chart, the data itself for display data, else text. */
    public static DisplayData render(Object value) {
        if (value instanceof DisplayData data) {
            return data;
        }
        if (value instanceof Chart<?, ?> chart) {
            DisplayData data = new DisplayData("[chart: " + chart.getTitle() + "]");
            data.putData("image/png", Base64.getEncoder().encodeToString(png(chart)));
            return data;
        }
        return new DisplayData(String.valueOf(value));
    }

    /** An XChart chart as PNG bytes. */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
