package org.sitrep.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses a page goes by, compared loosely: a feed links to {@code https://www.site.example/a/}, the
 * archive holds {@code http://site.example/a}. Used to tell whether an item's page is already in the input.
 */
final class PageAddresses {

    /** How far into a page its {@code <head>} is looked for. */
    private static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern TAG = Pattern.compile("<(link|meta)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CANONICAL = Pattern.compile("\\brel\\s*=\\s*[\"']?canonical\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OG_URL = Pattern.compile("\\bproperty\\s*=\\s*[\"']?og:url\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE = Pattern.compile("\\b(href|content)\\s*=\\s*(\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);

    private PageAddresses() {
    }

    /** The address in a comparable form: no scheme, no {@code www.}, no fragment, no trailing slash, host in lower case. */
    static String key(String url) {
        String key = url.strip();
        int hash = key.indexOf('#');
        if (hash >= 0) {
            key = key.substring(0, hash);
        }
        int scheme = key.indexOf("://");
        if (scheme >= 0) {
            key = key.substring(scheme + 3);
        }
        int slash = key.indexOf('/');
        String host = (slash < 0 ? key : key.substring(0, slash)).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String path = slash < 0 ? "" : key.substring(slash);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + path;
    }

    /** The canonical and OpenGraph addresses a page declares in its first 64 KiB (ASCII-compatible charsets). */
    static List<String> declared(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
        List<String> urls = new ArrayList<>();
        Matcher tag = TAG.matcher(head);
        while (tag.find()) {
            String element = tag.group();
            boolean link = tag.group(1).equalsIgnoreCase("link");
            if (link ? CANONICAL.matcher(element).find() : OG_URL.matcher(element).find()) {
                Matcher value = VALUE.matcher(element);
                while (value.find()) {
                    if (value.group(1).equalsIgnoreCase(link ? "href" : "content")) {
                        String url = value.group(3) != null ? value.group(3)
                                : value.group(4) != null ? value.group(4) : value.group(5);
                        if (url.contains("://")) {
                            urls.add(url.replace("&amp;", "&"));
                        }
                    }
                }
            }
        }
        return urls;
    }
}
