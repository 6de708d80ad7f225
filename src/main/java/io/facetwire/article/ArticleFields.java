package io.facetwire.article;

/**
 * The names of an article's stored fields, in one place: the index mapping
 * ({@code index-mappings/articles.json}), the stored documents, every reader of a hit, the sort and
 * date filters, and the JSON outputs and input formats that use the same names. Facet fields are
 * named by their {@code Facet}.
 */
public final class ArticleFields {

  public static final String ID = "id";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String SOURCE = "source";
  public static final String PUBLISHED_AT = "published_at";
  public static final String INGESTED_AT = "ingested_at";
  public static final String SOURCE_TAGS = "source_tags";
  public static final String CONTENT_HASH = "content_hash";
  /** The story an article is a version of (io.facetwire.story). */
  public static final String STORY_ID = "story_id";
  /** The topic definitions' version an article's topics come from (io.facetwire.topics). */
  public static final String TOPICS_VERSION = "topics_version";

  private ArticleFields() {}
}
