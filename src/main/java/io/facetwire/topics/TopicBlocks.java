package io.facetwire.topics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A definition file cut into its topics: each topic's block runs from its {@code [name]} line to the
 * line before the next one. What comes before the first topic (defaults, shared {@code @lists}) is the
 * preamble. An admin edits one block; {@link #replace} puts it back into the whole file, which is then
 * checked as a whole, since a block may use the preamble's lists and settings.
 */
public final class TopicBlocks {

  /** One topic's block: its name, its text, and the file line it starts on (1-based). */
  public record Block(String name, String text, int firstLine) {}

  private final List<String> lines;
  private final Map<String, int[]> ranges = new LinkedHashMap<>();

  private TopicBlocks(String text) {
    this.lines = Arrays.asList(text.split("\r?\n", -1));
    String name = null;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String header = header(lines.get(i));
      if (header != null) {
        if (name != null) {
          ranges.putIfAbsent(name, new int[] {start, i});
        }
        name = header;
        start = i;
      }
    }
    if (name != null) {
      ranges.putIfAbsent(name, new int[] {start, lines.size()});
    }
  }

  public static TopicBlocks of(String text) {
    return new TopicBlocks(text);
  }

  public List<String> names() {
    return List.copyOf(ranges.keySet());
  }

  public Optional<Block> block(String name) {
    int[] r = ranges.get(name);
    if (r == null) {
      return Optional.empty();
    }
    int end = trimmedEnd(r[0], r[1]);
    return Optional.of(new Block(name, String.join("\n", lines.subList(r[0], end)) + "\n", r[0] + 1));
  }

  /**
   * The whole file with {@code name}'s block replaced by {@code newBlock}; the blank lines that parted
   * it from the next topic stay.
   */
  public String replace(String name, String newBlock) {
    int[] r = ranges.get(name);
    if (r == null) {
      throw new IllegalArgumentException("no topic [" + name + "]");
    }
    int end = trimmedEnd(r[0], r[1]);
    List<String> out = new ArrayList<>(lines.subList(0, r[0]));
    String block = newBlock.replace("\r\n", "\n").stripTrailing();
    out.addAll(Arrays.asList(block.split("\n", -1)));
    out.addAll(lines.subList(end, lines.size()));
    return String.join("\n", out);
  }

  /**
   * Why {@code block} cannot stand for topic {@code name}, or null: it must begin (after comments) with
   * the {@code [name]} line and hold no other topic. Renaming and adding topics are edits of the file.
   */
  public static BlockProblem check(String name, String block) {
    String[] ls = block.replace("\r\n", "\n").split("\n", -1);
    boolean seen = false;
    for (int i = 0; i < ls.length; i++) {
      String header = header(ls[i]);
      String content = withoutComment(ls[i]);
      if (header == null && content.isEmpty()) {
        continue;
      }
      if (!seen) {
        if (header == null || !header.equals(name)) {
          return new BlockProblem(i + 1, "the block starts with its name, [" + name + "] (to rename a topic or add"
              + " one, edit the definition file)");
        }
        seen = true;
      } else if (header != null) {
        return new BlockProblem(i + 1, "one topic at a time: [" + header + "] starts another topic");
      }
    }
    return seen ? null : new BlockProblem(1, "the block is empty: it starts with [" + name + "]");
  }

  /** A mistake in an edited block, by the block's own line number. */
  public record BlockProblem(int line, String reason) {}

  /** The block's line for a file line, or 0 when the line is outside the block. */
  public static int lineInBlock(int fileLine, int blockFirstLine, String block) {
    int count = block.replace("\r\n", "\n").stripTrailing().split("\n", -1).length;
    int inBlock = fileLine - blockFirstLine + 1;
    return inBlock >= 1 && inBlock <= count ? inBlock : 0;
  }

  private int trimmedEnd(int start, int end) {
    int e = end;
    while (e > start + 1 && lines.get(e - 1).isBlank()) {
      e--;
    }
    return e;
  }

  /** The topic name of a {@code [name]} line (not indented: an indented line continues the one above). */
  private static String header(String line) {
    if (line.isEmpty() || Character.isWhitespace(line.charAt(0))) {
      return null;
    }
    String s = withoutComment(line);
    return s.startsWith("[") && s.endsWith("]") && s.length() > 2 ? s.substring(1, s.length() - 1).strip() : null;
  }

  private static String withoutComment(String line) {
    int hash = line.indexOf('#');
    return (hash >= 0 ? line.substring(0, hash) : line).strip();
  }
}
