package org.credibility.features.claims;

/**
 * A counted amount in a sentence: "22 targets" → ("22", "targets"); "169 combat sorties" →
 * ("169", "sorties"); "three Russian planes" → ("3", "planes").
 *
 * @param value the number in digits, thousands separators removed ("2500"); a range as written
 *              with a plain hyphen ("70-100")
 * @param unit  the counted noun, lower-case, in the plural as written (the head noun of the phrase)
 */
public record Quantity(String value, String unit) {}
