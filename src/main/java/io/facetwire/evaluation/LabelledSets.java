package io.facetwire.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.facetwire.Json;
import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a labelled set ({@code *.jsonl}, see {@code src/test/resources/labels/LABELLING.md}) and finds
 * each article's text: {@code "file"} under the shared data folder, {@code "reuters"} (an .sgm file under
 * it) with {@code "newid"} (the story's NEWID attribute), {@code "url"} in the Wikinews demo
 * corpus shipped in the jar, {@code "resource"} on the classpath. Texts are read with the same readers
 * the import uses, so the evaluation sees exactly what gets indexed.
 */
public final class LabelledSets {

  private static final List<String> WIKINEWS = List.of("wikinews_2019.csv", "wikinews_2020.csv");

  private final Path dataRoot;
  private Map<String, Article> wikinewsByUrl;
  /** Reuters articles by id ("reuters-NEWID"), per .sgm file: each file is read once. */
  private final Map<Path, Map<String, Article>> reutersByFile = new HashMap<>();

  public LabelledSets(Path dataRoot) {
    this.dataRoot = dataRoot;
  }

  /** The articles of one set; a text that cannot be found makes the whole set unavailable. */
  public List<LabelledArticle> load(Path labels) throws IOException, MissingTextException {
    List<LabelledArticle> out = new ArrayList<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode label = Json.mapper().readTree(line);
      out.add(labelled(label, text(label, labels + ":" + lineNo)));
    }
    return out;
  }

  /** The articles of a set whose texts were found, and how many were not (a fresh clone has no shared data). */
  public record Available(List<LabelledArticle> articles, int missing) {}

  /** Like {@link #load}, but a missing text leaves out that article only (the admin page's figures). */
  public Available loadAvailable(Path labels) throws IOException {
    List<LabelledArticle> out = new ArrayList<>();
    int missing = 0;
    int lineNo = 0;
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode label = Json.mapper().readTree(line);
      try {
        out.add(labelled(label, text(label, labels + ":" + lineNo)));
      } catch (MissingTextException e) {
        missing++;
      }
    }
    return new Available(out, missing);
  }

  /**
   * The references of every article the label sets ({@code *.jsonl}) in a folder name, in the form of
   * {@link #reference(JsonNode)}: what a tool that must leave the labelled articles out (the organisation
   * miner) compares with {@link #reference(Article, String)}.
   */
  public static Set<String> references(Path labelsFolder) throws IOException {
    if (!Files.isDirectory(labelsFolder)) {
      throw new IOException("no labels folder " + labelsFolder);
    }
    Set<String> keys = new HashSet<>();
    try (Stream<Path> s = Files.list(labelsFolder)) {
      for (Path set : s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        keys.addAll(referencesIn(set));
      }
    }
    return keys;
  }

  /**
   * The references of the articles one file of label lines names (a label set, or a list of a held-out part's
   * articles in the labels' form: {@code {"reuters": ..., "newid": ...}}, {@code {"file": ...}}).
   */
  public static Set<String> referencesIn(Path list) throws IOException {
    Set<String> keys = new HashSet<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        String key = reference(Json.mapper().readTree(line));
        if (key != null) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  /**
   * Which article a label line names: "file:bbc-news/tech/001.txt",
   * "reuters:reuters21578/reut2-003.sgm#3525", "url:https://..."; null for a classpath resource.
   */
  public static String reference(JsonNode label) {
    if (label.hasNonNull("file")) {
      return FILE + label.get("file").asText();
    }
    if (label.hasNonNull("reuters")) {
      return reutersReference(label.get("reuters").asText(), label.path("newid").asText());
    }
    return label.hasNonNull("url") ? URL + label.get("url").asText() : null;
  }

  /**
   * The same reference for an article read from a corpus file at this path under the data folder
   * ("reuters21578/reut2-003.sgm", "bbc-news/tech/001.txt"), or from the Wikinews demo corpus (null path):
   * a Reuters story by its NEWID, a Wikinews article by its URL, any other file by its path.
   */
  public static String reference(Article article, String relativePath) {
    if (relativePath == null) {
      return URL + article.url();
    }
    if (relativePath.endsWith(".sgm")) {
      return reutersReference(relativePath, article.id().substring(REUTERS_ID.length()));
    }
    return FILE + relativePath;
  }

  private static final String FILE = "file:";
  private static final String URL = "url:";
  /** The Reuters reader's article ids: "reuters-NEWID". */
  private static final String REUTERS_ID = "reuters-";

  private static String reutersReference(String relativePath, String newid) {
    return "reuters:" + relativePath + "#" + newid;
  }

  private static LabelledArticle labelled(JsonNode label, Article article) {
    return new LabelledArticle(name(label), article.title(), article.body(), strings(label, "countries"),
        strings(label, "persons"), strings(label, "topics"),
        label.has("organizations") ? strings(label, "organizations") : null, source(label, article),
        article.publishedAt());
  }

  /** Thrown when a labelled article's text is not where the label says (e.g. no shared data folder). */
  public static final class MissingTextException extends Exception {
    public MissingTextException(String message) {
      super(message);
    }
  }

  private Article text(JsonNode label, String where) throws IOException, MissingTextException {
    if (label.hasNonNull("file")) {
      Path file = dataRoot.resolve(label.get("file").asText());
      if (!Files.isRegularFile(file)) {
        throw new MissingTextException("no file " + file + " (" + where + ")");
      }
      return readOne(Files.newInputStream(file), file.getFileName().toString());
    }
    if (label.hasNonNull("reuters")) {
      return reuters(label, where);
    }
    if (label.hasNonNull("url")) {
      Article a = wikinews().get(label.get("url").asText());
      if (a == null) {
        throw new MissingTextException("no Wikinews article " + label.get("url").asText() + " (" + where + ")");
      }
      return a;
    }
    if (label.hasNonNull("resource")) {
      String resource = label.get("resource").asText();
      InputStream in = LabelledSets.class.getResourceAsStream(resource);
      if (in == null) {
        throw new MissingTextException("no classpath resource " + resource + " (" + where + ")");
      }
      return readOne(in, resource);
    }
    throw new IllegalArgumentException(where + ": a label needs \"file\", \"reuters\" + \"newid\", \"url\" or \"resource\"");
  }

  /** {"reuters": "reuters21578/reut2-003.sgm", "newid": 1234}: the story with that NEWID attribute. */
  private Article reuters(JsonNode label, String where) throws IOException, MissingTextException {
    if (!label.path("newid").canConvertToInt()) {
      throw new IllegalArgumentException(where + ": a \"reuters\" label needs a numeric \"newid\"");
    }
    Path file = dataRoot.resolve(label.get("reuters").asText());
    if (!Files.isRegularFile(file)) {
      throw new MissingTextException("no file " + file + " (" + where + ")");
    }
    Map<String, Article> byId = reutersByFile.get(file);
    if (byId == null) {
      byId = new HashMap<>();
      for (Article a : readAll(Files.newInputStream(file), file.getFileName().toString())) {
        byId.put(a.id(), a);
      }
      reutersByFile.put(file, byId);
    }
    Article a = byId.get(REUTERS_ID + label.get("newid").asInt());
    if (a == null) {
      throw new MissingTextException("no NEWID " + label.get("newid").asInt() + " in " + file + " (" + where + ")");
    }
    return a;
  }

  /**
   * The outlet as an import of that corpus gives it: the BBC files carry no source of their own (an
   * import names it with {@code --source}), the Reuters and Wikinews readers fill it in.
   */
  private static String source(JsonNode label, Article article) {
    if (article.source() != null && !article.source().isBlank()) {
      return article.source();
    }
    return label.path("file").asText("").startsWith("bbc-news/") ? "BBC News" : null;
  }

  private static String name(JsonNode label) {
    if (label.hasNonNull("url")) {
      String url = label.get("url").asText();
      int wiki = url.indexOf("/wiki/");
      return wiki >= 0 ? "wikinews:" + url.substring(wiki + 6) : url;
    }
    if (label.hasNonNull("reuters")) {
      return label.get("reuters").asText() + "#" + label.path("newid").asText();
    }
    for (String field : List.of("file", "url", "resource")) {
      if (label.hasNonNull(field)) {
        return label.get(field).asText();
      }
    }
    return "?";
  }

  private static List<String> strings(JsonNode label, String field) {
    List<String> out = new ArrayList<>();
    label.path(field).forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Article readOne(InputStream in, String fileName) throws IOException {
    List<Article> found = readAll(in, fileName);
    if (found.size() != 1) {
      throw new IOException(fileName + ": expected one article, read " + found.size());
    }
    return found.get(0);
  }

  private static List<Article> readAll(InputStream in, String fileName) throws IOException {
    List<Article> out = new ArrayList<>();
    try (in) {
      // Labelled articles were all read successfully when labelled; a rejected one just is not there.
      ArticleReaders.forFile(fileName)
          .read(in, fileName, ReadOptions.NONE, RecordSink.skippingRejects(out::add));
    }
    return out;
  }

  private Map<String, Article> wikinews() {
    if (wikinewsByUrl == null) {
      wikinewsByUrl = new HashMap<>();
      for (String csv : WIKINEWS) {
        try {
          InputStream in = LabelledSets.class.getResourceAsStream("/demo/" + csv);
          if (in != null) {
            readAll(in, csv).forEach(a -> wikinewsByUrl.put(a.url(), a));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return wikinewsByUrl;
  }
}
