package io.facetwire.saved;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.facetwire.article.WebLinks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The body of one owner's alert, as its webhook receives it (docs/saved-searches.md gives its shape). */
final class AlertPayload {

  /** The webhook's body; Jackson writes the components in snake_case, instants in ISO-8601. */
  record Payload(String type, Instant sentAt, String account, List<SearchNews> savedSearches) {}

  /** One saved search with new matches, and links back to it. */
  record SearchNews(String id, String name, String pageUrl, String searchUrl, long newCount,
      List<NewArticle> articles) {}

  /** One new match; {@code url} only when it is http(s) ({@link WebLinks#httpOrNull}). */
  record NewArticle(String id, String title, String articleUrl, String url, String source, Instant publishedAt,
      Instant ingestedAt, String summary) {}

  private final ObjectMapper json;
  /** The absolute base of the links back (empty: links from the root, for a receiver that knows the server). */
  private final String publicUrl;

  AlertPayload(ObjectMapper json, String publicUrl) {
    this.json = json;
    this.publicUrl = publicUrl == null ? "" : publicUrl;
  }

  String write(String owner, List<AlertNews.News> items, Instant sentAt) {
    List<SearchNews> searches = new ArrayList<>();
    for (AlertNews.News n : items) {
      List<NewArticle> articles = n.hits().stream().map(h -> new NewArticle(h.id(), h.title(),
          publicUrl + WebLinks.articlePath(h.id()), WebLinks.httpOrNull(h.url()), h.source(), h.publishedAt(),
          h.ingestedAt(), h.snippet().text())).toList();
      searches.add(new SearchNews(n.search().id(), n.search().name(), publicUrl + "/saved/" + n.search().id(),
          publicUrl + n.search().searchUrl(), n.count(), articles));
    }
    try {
      return json.writeValueAsString(new Payload("facetwire.new_matches", sentAt, owner, searches));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("An alert payload could not be written: " + e.getMessage(), e);
    }
  }
}
