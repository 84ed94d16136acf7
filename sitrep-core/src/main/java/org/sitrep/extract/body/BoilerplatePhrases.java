package org.sitrep.extract.body;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises the stock sentences that pages put around an article: calls to share, follow, subscribe or
 * comment, "read more" and "related" pointers, copyright and reprint lines, disclaimers, photo credits.
 * Only short blocks are judged by phrasing, since a long paragraph that mentions "subscribe" is prose, and
 * calls to act count only as the imperative that opens a sentence ("Sign up for", not "you can sign up for").
 */
final class BoilerplatePhrases {

    /** Phrases that mark a short block as furniture wherever they stand in it. */
    private static final Pattern ANYWHERE = Pattern.compile(
            // Most phrases start at a word boundary: testing it once, before the alternatives, keeps this
            // pattern cheap on the many short blocks of every page.
            "\\b(?:" + String.join("|",
                    "follow (?:us|me|@)", "like us on\\b", "join us on\\b",
                    "click (?:the )?(?:share|here to)\\b", "share (?:this (?:article|story|post|page)|via|on "
                            + "(?:facebook|twitter|linkedin|whatsapp|social))\\b",
                    "(?:this|the) (?:article|story|post) (?:was|is|first|originally) (?:originally |first )?"
                            + "(?:published|appeared|posted)\\b",
                    "originally (?:published|appeared)\\b", "all rights reserved\\b",
                    "copyright\\s*(?:\\d{4}|\u00a9|\\(c\\))", "(?:our|free|daily|weekly) newsletters?\\b",
                    "comments? (?:on|below|are closed)\\b",
                    "leave a (?:comment|reply)\\b", "join the (?:conversation|discussion)\\b",
                    "become a (?:member|subscriber|patron)\\b", "download (?:our|the) app\\b",
                    "(?:we|site|website) uses? cookies\\b", "accept (?:all )?cookies\\b",
                    "cookie (?:policy|settings|preferences)\\b", "support (?:our|independent) journalism\\b",
                    "media inquiries\\b",
                    "for (?:more|media|press) (?:information|inquiries|enquiries)\\b.*@",
                    "get (?:your|the) free\\b", "send us a tip\\b", "permission to (?:re)?(?:post|print)\\b",
                    "fair use\\b", "is a (?:regular|frequent) contributor to\\b", "we may earn\\b",
                    "affiliate (?:links?|commission)\\b", "skip to (?:main )?content\\b",
                    "has not been (?:edited|verified)\\b.*\\b(?:staff|syndicated)\\b") + ")"
            + "|(?:^|[.!?]\\s+)(?:sign up|subscribe) (?:for|to|now|today|here)\\b"
            + "|\u00a9|\\(c\\) \\d{4}");

    /** Openings that mark a short block as furniture. */
    private static final Pattern OPENING = Pattern.compile("^(?:" + String.join("|",
            "read (?:more|also|next|the full)\\b", "see also\\b", "related(?: (?:articles?|stories|posts|"
                    + "coverage|content|reading|links?))?\\s*:", "more (?:from|on|about|stories|news)\\b[^.!?]*$",
            "also (?:read|see)\\b", "recommended(?: for you| reading| stories| articles| videos)?\\s*:?$",
            "you (?:may|might) (?:also )?(?:like|be interested)",
            "advert(?:isement)?s?$", "ads?$", "sponsored\\b", "disclaimer\\s*:", "about the author\\b",
            "articles? by\\s*:?", "photo(?:graph)?s?(?: credit)?\\s*:", "image(?: credit)?\\s*:",
            "credit\\s*:", "source\\s*:", "tags?\\s*:", "filed under\\b", "topics?\\s*:",
            "(?:share|tweet|email|print|save|comment)s?(?: this(?: article| story)?)?\\s*$",
            "posted (?:in|on|by)\\b[^.!?]*$", "updated\\s*:?\\s*\\d",
            "published\\s*:?\\s*\\d", "(?:written|reported|edited) by\\b.{0,60}$", "the original source\\b",
            "click here\\b", "watch\\s*:", "listen\\s*:", "continue reading\\b", "load(?:ing)? more\\b",
            "previous (?:article|post)\\b", "next (?:article|post)\\b") + ")", Pattern.CASE_INSENSITIVE);

    /** A byline: "By" and up to four capitalised names, alone or before a comma, bar or date. */
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by)\\s+\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'\u2019-]*|and|&|de|van|von)){0,5}"
                    + "\\s*(?:$|[,|\u2013\u2014-]|\\d)");

    /** Short lines that open a comment section, which is never part of the article and comes after it. */
    private static final Pattern COMMENTS_START = Pattern.compile(String.join("|",
            "^\\d+\\s+(?:comments?|responses?|replies|reactions)\\b", "\\bresponses? to \\W",
            "^comments?\\s*\\(?\\d*\\)?\\s*:?$", "^(?:discussion|responses|reactions)\\s*\\(\\d+\\)$",
            "\\b(?:leave|post|add|write|submit) (?:a|your) (?:comment|reply|response)\\b",
            "\\b(?:says|said|wrote)\\s*:$", "^(?:top rated|latest|newest|oldest|show|view|load|see|read)"
                    + " (?:all |the )?(?:\\d+ )?comments\\b"), Pattern.CASE_INSENSITIVE);

    /** Short lines that open a list of other stories or of tags, in or after the article. */
    private static final Pattern ELSEWHERE = Pattern.compile(String.join("|",
            "^(?:related|more|recommended|popular|trending|latest|top|other) (?:stories|articles|posts|news|"
                    + "videos|reads|content|coverage|links)\\b",
            "^you (?:may|might) (?:also )?(?:like|enjoy|be interested)", "^(?:more from|read next|up next|"
                    + "what to read next|most (?:read|popular|viewed|shared)|don.t miss)\\b",
            "^(?:tags|topics|filed under)\\b"), Pattern.CASE_INSENSITIVE);

    /** Month names in the languages of Latin-script news sites, with their usual abbreviations. */
    private static final Set<String> MONTHS = Set.of(("january february march april may june july august september"
            + " october november december jan feb mar apr jun jul aug sep sept oct nov dec janeiro fevereiro"
            + " março abril maio junho julho agosto setembro outubro novembro dezembro fev abr mai ago set out"
            + " dez enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre ene dic gennaio"
            + " febbraio aprile maggio giugno luglio settembre ottobre dicembre gen mag giu lug ott janvier"
            + " février mars avril juin juillet août septembre octobre décembre janv févr avr juil déc januar"
            + " februar märz juni juli oktober dezember okt").split(" "));

    /** Words that go with a date: day names, clock words, time zones, publishing verbs. */
    private static final Set<String> DATE_WORDS = Set.of("am", "pm", "a", "p", "m", "at", "on", "updated",
            "published", "posted", "last", "modified", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "gmt", "utc", "et", "est",
            "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "bst", "cet", "ist", "hours", "hour", "ago", "min",
            "mins", "minutes", "de", "del", "di", "le", "th", "st", "nd", "rd", "of");

    private static final int DATE_LINE_CHARS = 60;

    /** A link to the site's legal pages, alone or in a short row of them. */
    private static final Pattern LEGAL_LINKS = Pattern.compile(
            "\\b(?:privacy (?:policy|notice)|terms (?:of (?:use|service)|and conditions)|cookie policy)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int LEGAL_LINKS_CHARS = 100;

    /** A share or follow button's label alone. */
    private static final Pattern BUTTON_LABEL = Pattern.compile("^\\W*(?:facebook|twitter|linkedin|pinterest|pint|"
            + "reddit|whatsapp|telegram|email|e-mail|mail|google\\+?|blogger|tumblr|flipboard|pocket|print|share|"
            + "tweet|pin|pin it|copy link|sms|messenger|xing|vk)\\W*$", Pattern.CASE_INSENSITIVE);

    /** A block longer than this is prose whatever it says. */
    private static final int SHORT_BLOCK_CHARS = 320;
    private static final int BYLINE_CHARS = 120;
    private static final int MARKER_CHARS = 120;

    private BoilerplatePhrases() {
    }

    /** True when {@code text} reads like page furniture rather than article prose. */
    static boolean isBoilerplate(String text) {
        if (text.length() <= MARKER_CHARS && ELSEWHERE.matcher(text).find()) {
            return true;
        }
        if (text.length() > SHORT_BLOCK_CHARS) {
            return text.regionMatches(true, 0, "disclaimer", 0, 10);
        }
        if (text.length() <= LEGAL_LINKS_CHARS && LEGAL_LINKS.matcher(text).find()) {
            return true;
        }
        if (OPENING.matcher(text).find() || BUTTON_LABEL.matcher(text).matches()
                || text.length() < BYLINE_CHARS && BYLINE.matcher(text).find()) {
            return true;
        }
        return ANYWHERE.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /**
     * True for a dateline or timestamp alone ("November 20, 2019 - 11:28 AMT", "Updated at 1:23 p.m."):
     * once numbers, month and day names and a few date words are set aside, at most one word is left.
     */
    static boolean isDateLine(String text) {
        if (text.length() > DATE_LINE_CHARS) {
            return false;
        }
        boolean sawNumber = false;
        boolean sawDate = false;
        int otherWords = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isDigit(word.charAt(0))) {
                sawNumber = true;
                sawDate |= word.length() == 4 && (word.startsWith("19") || word.startsWith("20"));
            } else if (MONTHS.contains(word)) {
                sawDate = true;
            } else if (!DATE_WORDS.contains(word)) {
                otherWords++;
            }
        }
        return sawNumber && sawDate && otherWords <= 1;
    }

    /** True when a short line opens a comment section. */
    static boolean opensComments(String text) {
        return text.length() <= MARKER_CHARS && COMMENTS_START.matcher(text).find();
    }

    /** True when a lone symbol or short run of symbols (a separator such as "*" or "***"). */
    static boolean isSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
