package org.credibility.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The notebooks' Jupyter kernel: Java cells evaluated by {@link JavaEvaluator} on the class path
 * the kernel runs with. Jupyter starts it as {@code java -cp ... org.credibility.kernel.Kernel
 * CONNECTION_FILE} (see notebooks/run, which installs the kernelspec).
 */
public final class Kernel extends BaseKernel {
    /** Run before the first cell. */
    static final String PRELUDE = "import static org.credibility.kernel.Notebook.*;";

    private final JavaEvaluator evaluator;
    private final LanguageInfo languageInfo = new LanguageInfo.Builder("Java")
            .version(Runtime.version().toString())
            .mimetype("text/x-java")
            .fileExtension(".java")
            .pygments("java")
            .codemirror("text/x-java")
            .build();

    public Kernel(JavaEvaluator evaluator) throws JavaEvaluator.CellException {
        this.evaluator = evaluator;
        evaluator.eval(PRELUDE);
        Notebook.sendTo(this::display);
    }

    @Override
    public DisplayData eval(String code) throws Exception {
        try {
            return evaluator.eval(code).map(DisplayData::new).orElse(null);
        } finally {
            System.out.flush();
            System.err.flush();
        }
    }

    @Override
    public LanguageInfo getLanguageInfo() {
        return languageInfo;
    }

    @Override
    public String getBanner() {
        return "credibility Java kernel (JShell " + Runtime.version() + ")";
    }

    @Override
    public List<String> formatError(Exception e) {
        if (e instanceof JavaEvaluator.CellException) {
            return List.of(e.getMessage().split("\n"));
        }
        return super.formatError(e);
    }

    @Override
    public void interrupt() {
        evaluator.stop();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        evaluator.close();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp ... org.credibility.kernel.Kernel CONNECTION_FILE");
            System.exit(2);
        }
        System.setProperty("java.awt.headless", "true");
        KernelConnectionProperties connectionProperties = KernelConnectionProperties.parse(
                Files.readString(Path.of(args[0])));
        JupyterConnection connection = new JupyterConnection(connectionProperties);
        Kernel kernel = new Kernel(JavaEvaluator.onThisClassPath());
        kernel.becomeHandlerForConnection(connection);
        connection.connect();
        connection.waitUntilClose();
        // Spark's threads would keep the JVM alive after Jupyter has closed the connection.
        System.exit(0);
    }
}
