package io.facetwire.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting a definition file into topic blocks and putting an edited one back (no server). */
class TopicBlocksTest {

  static final String FILE = """
      # defaults
      threshold = 3
      @computing = computer, software

      [health]
      2  vaccine
        , epidemic
      [sport]
      # games
      3  football

      [Syria]
      3  syria
      """;

  @Test
  void blocksRunFromTheirNameToTheNextTopicAndIndentedLinesStayInside() {
    TopicBlocks b = TopicBlocks.of(FILE);
    assertEquals(List.of("health", "sport", "Syria"), b.names());
    assertEquals("[health]\n2  vaccine\n  , epidemic\n", b.block("health").orElseThrow().text());
    assertEquals(5, b.block("health").orElseThrow().firstLine());
    assertEquals("[sport]\n# games\n3  football\n", b.block("sport").orElseThrow().text());
    assertTrue(b.block("politics").isEmpty());
  }

  @Test
  void replacingOneBlockKeepsEverythingElseByteForByte() {
    TopicBlocks b = TopicBlocks.of(FILE);
    String out = b.replace("sport", "[sport]\r\n4  football, rugby\r\n\r\n");
    assertEquals(FILE.replace("# games\n3  football\n", "4  football, rugby\n"), out);
    assertEquals(FILE, b.replace("sport", b.block("sport").orElseThrow().text()));
  }

  @Test
  void anEditedBlockMustBeThatTopicAlone() {
    assertNull(TopicBlocks.check("sport", "# note\n[sport]\n3  football\n"));
    TopicBlocks.BlockProblem renamed = TopicBlocks.check("sport", "[sports]\n3  football\n");
    assertNotNull(renamed);
    assertEquals(1, renamed.line());
    TopicBlocks.BlockProblem two = TopicBlocks.check("sport", "[sport]\n3  football\n\n[Syria]\n3 syria");
    assertEquals(4, two.line());
    assertTrue(two.reason().contains("[Syria]"), two.reason());
    assertEquals(1, TopicBlocks.check("sport", "  \n# only a comment\n").line());
  }

  @Test
  void fileLinesMapToTheBlocksOwnLines() {
    String block = "[health]\n2  vaccine\nbad line\n";
    assertEquals(3, TopicBlocks.lineInBlock(7, 5, block));
    assertEquals(0, TopicBlocks.lineInBlock(2, 5, block), "a line of the preamble is outside the block");
    assertEquals(0, TopicBlocks.lineInBlock(8, 5, block));
  }
}
