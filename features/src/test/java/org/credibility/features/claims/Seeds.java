package org.credibility.features.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The five seed pages, copied into src/test/resources/seeds/. */
final class Seeds {

    static final String GLOBAL_RESEARCH_000 = "000_e50497ed2386a20d.txt";
    static final String SOUTHFRONT_001 = "001_cfa7c24dfde2b375.txt";
    static final String SPUTNIK_002 = "002_91ecbd3f15dfd873.txt";
    static final String FREE_WEST_MEDIA_003 = "003_b350b929a5cbc7af.txt";
    static final String UPI_004 = "004_79783d67433d651f.txt";

    private Seeds() {}

    static String read(String file) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test seed " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
