package io.facetwire.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Just enough of a Reuters-21578 SGML reader for evaluation and benchmarks: title, dateline + body,
 * and the PLACES / PEOPLE ground truth of each story. Files are Latin-1 with &#N; control entities.
 */
final class ReutersCorpus {

  record Story(String title, String body, List<String> places, List<String> people) {
  }

  static final Path DEFAULT_DIR = Path.of("../shared/data/reuters21578");

  static List<Story> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    }
    List<Story> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(readFile(f));
    }
    return out;
  }

  /** The stories of one reut2-NNN.sgm file. */
  static List<Story> readFile(Path f) throws IOException {
    List<Story> out = new ArrayList<>();
    String sgm = Files.readString(f, StandardCharsets.ISO_8859_1);
    int at = 0;
    while ((at = sgm.indexOf("<REUTERS", at)) >= 0) {
      int end = sgm.indexOf("</REUTERS>", at);
      String doc = sgm.substring(at, end);
      at = end;
      String body = element(doc, "BODY");
      if (body == null) {
        continue; // briefs and unparsed stories have no body
      }
      String dateline = element(doc, "DATELINE");
      String fullBody = clean((dateline == null ? "" : dateline.strip() + " ") + body);
      out.add(new Story(clean(element(doc, "TITLE")), fullBody, list(element(doc, "PLACES")),
          list(element(doc, "PEOPLE"))));
    }
    return out;
  }

  private static String element(String doc, String tag) {
    int s = doc.indexOf("<" + tag + ">");
    if (s < 0) {
      return null;
    }
    int e = doc.indexOf("</" + tag + ">", s);
    return doc.substring(s + tag.length() + 2, e);
  }

  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    if (field == null) {
      return out;
    }
    int at = 0;
    while ((at = field.indexOf("<D>", at)) >= 0) {
      int e = field.indexOf("</D>", at);
      out.add(field.substring(at + 3, e));
      at = e;
    }
    return out;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    return s.replaceAll("&#\\d+;", " ").replace("&lt;", "<").replace("&amp;", "&")
        .replace(" Reuter\n", "\n").strip();
  }
}
