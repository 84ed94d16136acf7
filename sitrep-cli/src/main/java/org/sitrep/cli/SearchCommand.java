package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jsoup.parser.Parser;
import org.sitrep.store.Page;
import org.sitrep.store.SearchHit;
import org.sitrep.store.SearchPage;
import org.sitrep.store.SearchQuery;
import org.sitrep.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep search}: full-text search of a store, with snippets, dates and sources. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the stored articles (Lucene syntax: words, \"a phrase\", title:word, actor:PAK, "
                + "publisher:word, AND, OR, NOT; all words must match by default)."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the search ran (possibly finding nothing)", "1:the store cannot be read",
                "2:the command line or the query syntax is wrong"})
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Option(names = "--from", paramLabel = "DAY", description = "Articles published on or after this day (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DAY", description = "Articles published on or before this day.")
    LocalDate to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits shown. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Override
    public Integer call() {
        SearchQuery q;
        try {
            q = new SearchQuery(query, from, to, Page.first(limit));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store s = Store.openReadOnly(store.dir)) {
            SearchPage page = s.search(q);
            out.println(page.total() + (page.total() == 1 ? " article matches" : " articles match"));
            int rank = 1;
            for (SearchHit hit : page.hits()) {
                out.println();
                out.println(rank++ + ". " + (hit.title() == null ? "(no title)" : hit.title()));
                out.println("   " + String.join(" · ", nonNull(hit.published(), hit.publisher(), hit.source())));
                out.println("   " + plain(hit.snippetHtml()));
                out.println("   id " + hit.docId());
            }
        }
        out.flush();
        return 0;
    }

    /** The snippet for a terminal: matches between ** marks, entities decoded, on one line. */
    static String plain(String snippetHtml) {
        String marked = snippetHtml.replace("<b>", "**").replace("</b>", "**");
        return Parser.unescapeEntities(marked, false).replaceAll("\\s+", " ").strip();
    }

    private static java.util.List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values).filter(v -> v != null && !v.isBlank()).toList();
    }
}
