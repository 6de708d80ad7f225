package io.facetwire.web.export;

import io.facetwire.article.ArticleFields;
import io.facetwire.facet.Facet;
import io.facetwire.facet.FacetCatalog;
import io.facetwire.feed.AtomWriter;
import io.facetwire.feed.FeedEntry;
import io.facetwire.search.MatchExport;
import io.facetwire.search.SearchResult;
import io.facetwire.search.SearchState;
import io.facetwire.web.http.ExportAdmission;
import io.facetwire.web.http.RequestSearchState;
import io.facetwire.web.http.RequestInfo;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Machine forms of any results page: {@code /search.atom} (a feed of the newest matches) and
 * {@code /search.csv} (every match, streamed, up to {@link MatchExport#MAX_ROWS}).
 */
public final class ExportRoutes {

  public static final int FEED_ENTRIES = 20;

  private final MatchExport export;
  private final ExportAdmission admission;
  private final io.facetwire.FacetwireConfig config;
  private final FacetCatalog facets;

  private final java.time.Clock clock;

  public ExportRoutes(MatchExport export, ExportAdmission admission, io.facetwire.FacetwireConfig config,
      FacetCatalog facets, java.time.Clock clock) {
    this.admission = admission;
    this.clock = clock;
    this.facets = facets;
    this.export = export;
    this.config = config;
  }

  /**
   * Every match in the search's own order, one row each; {@code ?bom=1} starts the file with a UTF-8
   * byte order mark, which spreadsheets need to read it as UTF-8 rather than their local code page.
   *
   * <p>Each page of matches is searched in places of its own ({@link ExportAdmission}) and its rows written after
   * they are given back (session 29): a reader's pace holds no place Elasticsearch's work needs. The first page is
   * searched before a byte is written, so a refusal is still a plain 429 or 503.
   */
  public void csv(Context ctx) throws Exception {
    SearchState state = RequestSearchState.of(ctx, facets);
    MatchExport.Pages pages = export.pagesInSearchOrder(state, MatchExport.MAX_ROWS);
    List<SearchResult.Hit> page = admission.first(ctx, pages::next);
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + CsvCells.fileName(state) + "\"");
    OutputStream out = ctx.res().getOutputStream();
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    if ("1".equals(ctx.queryParam("bom")) || "true".equals(ctx.queryParam("bom"))) {
      writer.write('\uFEFF');
    }
    // One column per facet, named by its stored field, values joined by "; ".
    List<String> header = new java.util.ArrayList<>(List.of(ArticleFields.ID, ArticleFields.PUBLISHED_AT,
        ArticleFields.SOURCE, ArticleFields.TITLE, ArticleFields.URL));
    // A facet of the article's own field (source) already has its column.
    List<Facet> facetColumns = facets.all().stream().filter(f -> !header.contains(f.field())).toList();
    facetColumns.forEach(f -> header.add(f.field()));
    // One row per article (an export is the record); story_id groups the versions of one story.
    header.add("story_id");
    header.add("snippet");
    try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
        .setHeader(header.toArray(String[]::new)).get())) {
      RowDeadline rows = new RowDeadline(hit -> {
        List<String> row = new java.util.ArrayList<>(List.of(hit.id(),
            hit.publishedAt() == null ? "" : hit.publishedAt().toString(), hit.source(), hit.title(),
            java.util.Objects.toString(io.facetwire.article.WebLinks.httpOrNull(hit.url()), "")));
        for (Facet facet : facetColumns) {
          row.add(String.join("; ", hit.values(facet)));
        }
        row.add(hit.storyId());
        row.add(hit.snippet().text());
        csv.printRecord(row.stream().map(CsvCells::neutralised).toList());
      }, config.limits().exportTimeout(), System::nanoTime);
      boolean partial = false;
      try {
        while (true) {
          for (SearchResult.Hit hit : page) {
            rows.row(hit);
          }
          if (pages.done()) {
            partial = pages.partial();
            break;
          }
          // Waiting for the next page's places spends the export's budget, as a slow search does.
          page = admission.next(ctx, rows.remaining(), pages::next);
          if (page == null) {
            partial = true;
            break;
          }
        }
      } catch (RowDeadline.Spent spent) {
        partial = true;
      }
      if (partial) {
        // The rows are already sent: the last line says the export is incomplete, so nobody takes it whole. It has
        // the header's number of fields (RFC 4180 2.4; csvkit's csvclean and other strict readers refuse a short row),
        // the note in the first one and the others empty.
        List<String> note = new java.util.ArrayList<>(java.util.Collections.nCopies(header.size(), ""));
        note.set(0, "# partial: the export ran out of its time budget (FACETWIRE_SEARCH_TIMEOUT per page, "
            + "FACETWIRE_EXPORT_TIMEOUT in all) after " + rows.written() + " rows; narrow the search to export every match");
        csv.printRecord(note);
      }
    }
  }

  /** The newest matches as a feed; without any, its {@code updated} is the time it was asked for. */
  public void atom(Context ctx) {
    SearchState state = RequestSearchState.of(ctx, facets);
    String base = RequestInfo.baseUrl(ctx, config);
    List<FeedEntry> entries = new java.util.ArrayList<>();
    MatchExport.Outcome read;
    try {
      // One entry per story (its newest version): a feed reader has no use for the copies.
      read = export.newestStories(state, FEED_ENTRIES, hit -> entries.add(FeedEntries.of(hit, base, facets)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String xml = AtomWriter.render(new AtomWriter.FeedHead("urn:facetwire:search:" + state.canonical().toQueryString(),
        "Facetwire: " + state.canonical().describe(), base + state.formatUrl("atom"), base + state.canonical().url(),
        clock.instant()).partial(read.partial()), entries);
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
  }

}
