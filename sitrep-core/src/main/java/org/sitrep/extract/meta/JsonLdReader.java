package org.sitrep.extract.meta;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads schema.org JSON-LD blocks of a page: the article node (NewsArticle, Article, BlogPosting,
 * ReportageNewsArticle and the like, found at the top level, in arrays, in {@code @graph} or as a page's
 * {@code mainEntity}) gives headline, authors, publication date, publisher, sections, keywords and language.
 * References by {@code @id} (as Yoast writes authors) are followed. Broken JSON is skipped. Thread-safe.
 */
public final class JsonLdReader {

    private static final Set<String> ARTICLE_TYPES = Set.of("blogposting", "liveblogposting", "report",
            "socialmediaposting", "webpage", "creativework");
    private static final Set<String> SITE_TYPES = Set.of("website", "organization", "newsmediaorganization",
            "corporation");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .build();
    private final DateParser dates = new DateParser();
    private final BylineReader bylines = new BylineReader();

    /** Returns what the page's JSON-LD says about the article; {@link Metadata#EMPTY} when it says nothing. */
    public Metadata read(Document page) {
        return readWithDate(page).metadata();
    }

    /** As {@link #read}, with the publication date as written, so a caller can tell a UTC timestamp. */
    Found readWithDate(Document page) {
        Objects.requireNonNull(page, "page");
        List<JsonNode> nodes = new ArrayList<>();
        for (Element script : page.select("script[type]")) {
            if (script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                parse(script.data()).ifPresent(root -> collect(root, nodes));
            }
        }
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode node : nodes) {
            if (node.hasNonNull("@id")) {
                byId.putIfAbsent(node.get("@id").asText(), node);
            }
        }
        JsonNode article = article(nodes);
        if (article == null) {
            return new Found(new Metadata(null, List.of(), null, siteName(nodes, byId), List.of(), null), null);
        }
        String publisher = name(resolve(article.get("publisher"), byId));
        String written = dateWritten(article);
        Metadata metadata = new Metadata(text(article, "headline", "name"), authors(article.get("author"), byId),
                written == null ? null : dates.parse(written).orElseThrow(),
                publisher != null ? publisher : siteName(nodes, byId), tags(article),
                language(article.get("inLanguage")));
        return new Found(metadata, written);
    }

    /**
     * What the JSON-LD says, and the publication date as the page wrote it.
     *
     * @param metadata the fields read
     * @param datePublished the raw date text, or null
     */
    record Found(Metadata metadata, String datePublished) {
    }

    private Optional<JsonNode> parse(String json) {
        String body = json.strip().replaceFirst("^(//)?\\s*<!\\[CDATA\\[", "").replaceFirst("(//)?\\s*]]>$", "");
        try {
            return Optional.ofNullable(mapper.readTree(body));
        } catch (JacksonException broken) {
            return Optional.empty();
        }
    }

    /** Gathers typed objects from arrays, {@code @graph} and {@code mainEntity}, in document order. */
    private static void collect(JsonNode node, List<JsonNode> into) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into));
        } else if (node.isObject()) {
            if (node.has("@type")) {
                into.add(node);
            }
            collect(node.get("@graph"), into);
            collect(node.get("mainEntity"), into);
        }
    }

    /** The first news or blog article; failing that, a web page node that has a headline or a date. */
    private static JsonNode article(List<JsonNode> nodes) {
        JsonNode fallback = null;
        for (JsonNode node : nodes) {
            for (String type : types(node)) {
                if (type.endsWith("article") || type.endsWith("posting") || type.equals("report")) {
                    return node;
                }
                if (fallback == null && ARTICLE_TYPES.contains(type)
                        && (node.has("headline") || node.has("datePublished"))) {
                    fallback = node;
                }
            }
        }
        return fallback;
    }

    private static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        JsonNode type = node.get("@type");
        if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText().toLowerCase(Locale.ROOT)));
        } else if (type != null) {
            types.add(type.asText().toLowerCase(Locale.ROOT));
        }
        return types;
    }

    private List<String> authors(JsonNode author, Map<String, JsonNode> byId) {
        List<String> raw = new ArrayList<>();
        if (author == null) {
            return raw;
        }
        if (author.isArray()) {
            author.forEach(one -> raw.addAll(authors(one, byId)));
            return bylines.names(raw);
        }
        String name = name(resolve(author, byId));
        if (name != null) {
            raw.add(name);
        }
        return bylines.names(raw);
    }

    private String dateWritten(JsonNode article) {
        for (String field : List.of("datePublished", "dateCreated", "uploadDate")) {
            String value = text(article, field);
            if (value != null && dates.parse(value).isPresent()) {
                return value;
            }
        }
        return null;
    }

    private static List<String> tags(JsonNode article) {
        List<String> tags = new ArrayList<>();
        for (String field : List.of("articleSection", "keywords")) {
            JsonNode value = article.get(field);
            if (value != null && value.isArray()) {
                value.forEach(v -> tags.add(unescape(v.asText())));
            } else if (value != null && value.isTextual() && field.equals("keywords")) {
                for (String tag : value.asText().split(",")) {
                    tags.add(unescape(tag));
                }
            } else if (value != null && value.isTextual()) {
                tags.add(unescape(value.asText()));
            }
        }
        return tags;
    }

    private static String language(JsonNode value) {
        if (value == null) {
            return null;
        }
        String code = value.isObject() ? text(value, "alternateName", "name") : value.asText();
        return Languages.normalise(code);
    }

    private static String siteName(List<JsonNode> nodes, Map<String, JsonNode> byId) {
        for (JsonNode node : nodes) {
            if (types(node).stream().anyMatch(SITE_TYPES::contains)) {
                String name = name(resolve(node, byId));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** A reference {@code {"@id": "..."}} is replaced by the node it names, when the page holds it. */
    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node != null && node.isObject() && !node.has("name") && node.hasNonNull("@id")) {
            return byId.getOrDefault(node.get("@id").asText(), node);
        }
        return node;
    }

    private static String name(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        return node.isObject() ? text(node, "name") : orNull(unescape(node.asText()));
    }

    /** The first of {@code fields} holding text (or a list of text: its first item), unescaped. */
    private static String text(JsonNode node, String... fields) {
        for (String field : fields) {
            JsonNode value = node.get(field);
            if (value != null && value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (value != null && value.isValueNode()) {
                String text = orNull(unescape(value.asText()));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static String unescape(String text) {
        return Parser.unescapeEntities(text, false).strip();
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
