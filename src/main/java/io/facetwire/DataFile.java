package io.facetwire;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled data files (gazetteers, name lists, map shapes): UTF-8 text next to the class that
 * reads it, {@code #} comments and blank lines skipped. Each line keeps its number, so a reader can
 * name the line it refuses. The text is as in the file (tab-separated columns keep empty ones).
 */
public final class DataFile {

  /** A content line of a data file and its 1-based line number. */
  public record Line(int number, String text) {
    /** The tab-separated columns, empty ones included. */
    public String[] columns() {
      return text.split("\t", -1);
    }
  }

  private DataFile() {}

  /** The content lines of {@code resource}, found next to {@code owner}; a missing file is an error. */
  public static List<Line> read(Class<?> owner, String resource) {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " next to " + owner.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<Line> lines = new ArrayList<>();
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (!text.isBlank() && !text.startsWith("#")) {
          lines.add(new Line(number, text));
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
