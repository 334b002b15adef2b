package org.credibility.features;

import java.util.List;

/**
 * One article's report of a claim, as the corroboration rules need it.
 *
 * @param source the primary source its matching sentence names (canonical), or null
 * @param denier whom the denial it carries comes from, or null
 */
public record Mention(String outlet, String origin, Stance stance, String source, String denier,
                      List<String> numberConflicts) {
}
