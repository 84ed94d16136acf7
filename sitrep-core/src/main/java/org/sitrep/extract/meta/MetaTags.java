package org.sitrep.extract.meta;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The {@code <meta>} tags of a page by lower-cased key: {@code property} (OpenGraph), {@code name} (author,
 * parsely-*, sailthru.*, dc.*, citation_*), {@code itemprop} or {@code http-equiv}. A key may repeat
 * (several article:tag), so each holds its values in page order. Not thread-safe; one per page.
 */
final class MetaTags {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    MetaTags(Document page) {
        for (Element meta : page.select("meta")) {
            String content = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            if (content.isBlank()) {
                continue;
            }
            for (String attribute : List.of("property", "name", "itemprop", "http-equiv")) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    values.computeIfAbsent(key, k -> new ArrayList<>()).add(content.strip());
                }
            }
        }
    }

    /** The first value of the first key present, or null. */
    String first(String... keys) {
        for (String key : keys) {
            List<String> found = values.get(key);
            if (found != null) {
                return found.get(0);
            }
        }
        return null;
    }

    /** All values of the first key present, or an empty list. */
    List<String> all(String... keys) {
        for (String key : keys) {
            List<String> found = values.get(key);
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /** Every value of every key given, in the order of the keys. */
    List<String> union(String... keys) {
        List<String> union = new ArrayList<>();
        for (String key : keys) {
            union.addAll(values.getOrDefault(key, List.of()));
        }
        return union;
    }
}
