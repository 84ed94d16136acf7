package org.sitrep.spark;

import java.util.Arrays;

/** Small documents written for these tests; the events in them are invented. */
final class Fixtures {

    static final String MEETING_URL = "https://news.example.org/2024/03/04/ministers-geneva";
    static final String IMAGE_URL = "https://news.example.org/images/map.png";
    static final String CUT_URL = "https://news.example.org/2024/03/05/ministers-vienna";

    /** Two sentences with a meeting and a demand, for a document that codes quickly. */
    static final String MEETING = "The foreign ministers of France and Germany met in Geneva on Monday to discuss "
            + "the ceasefire. Germany urged Russia to withdraw its troops from the border.";

    private Fixtures() {
    }

    /** A news page around {@link #MEETING}, with the navigation and footer a page has. */
    static String meetingPage() {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Ministers meet in Geneva | Example News</title>"
                + "<meta property=\"article:published_time\" content=\"2024-03-04T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav>"
                + "<article><h1>Ministers meet in Geneva</h1>"
                + "<p>" + MEETING + "</p>"
                + "<p>The talks in Geneva lasted four hours, officials said, and a second round is planned for "
                + "next month. Neither side gave details of the proposals that were discussed behind closed "
                + "doors, but both called the meeting useful and said the work would go on.</p>"
                + "</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>";
    }

    /** The first bytes of a PNG image, as a crawler stores an image it was given for a page. */
    static byte[] png() {
        byte[] bytes = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 600);
        for (int i = 8; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
