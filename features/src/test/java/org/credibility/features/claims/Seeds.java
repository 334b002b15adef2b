package org.credibility.features.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The five seed pages, read from the repository's {@code seeds/raw/}: the folder the system
 * property {@code credibility.seedsRaw} names (the module's surefire configuration sets it), else
 * {@code ../seeds/raw} from the working directory (the module's, as under Maven or an IDE).
 */
final class Seeds {

    static final String GLOBAL_RESEARCH_000 = "000_e50497ed2386a20d.txt";
    static final String SOUTHFRONT_001 = "001_cfa7c24dfde2b375.txt";
    static final String SPUTNIK_002 = "002_91ecbd3f15dfd873.txt";
    static final String FREE_WEST_MEDIA_003 = "003_b350b929a5cbc7af.txt";
    static final String UPI_004 = "004_79783d67433d651f.txt";

    private Seeds() {}

    static String read(String file) {
        String dir = System.getProperty("credibility.seedsRaw");
        Path path = (dir != null ? Path.of(dir) : Path.of("..", "seeds", "raw")).resolve(file);
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed page " + path.toAbsolutePath().normalize(), e);
        }
    }
}
