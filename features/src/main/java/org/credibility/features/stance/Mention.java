package org.credibility.features.stance;

import java.util.List;

/**
 * One article's report of a claim, as the corroboration rules need it.
 *
 * @param relation what the article does with the claim ({@link Relation}): the rules count this
 * @param source   the primary source its evidence sentence names (canonical), or null
 * @param denier   who disputes the claim there (DISPUTED only), or null
 */
public record Mention(String outlet, String origin, Relation relation, String source, String denier,
                      List<String> numberConflicts) {
}
