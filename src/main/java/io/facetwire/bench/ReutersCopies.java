package io.facetwire.bench;

import io.facetwire.article.Article;
import io.facetwire.article.ArticleReaders;
import io.facetwire.article.ReadOptions;
import io.facetwire.article.RecordError;
import io.facetwire.article.RecordSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The Reuters-21578 corpus read K times, as K different corpora: copy k gives every article the id
 * suffix "-ck" and moves its date k years on, so nothing is recognised as a re-import.
 */
final class ReutersCopies {

  private final List<Path> files;
  private final int copies;

  ReutersCopies(Path directory, int copies) {
    try (Stream<Path> listing = Files.list(directory)) {
      this.files = listing.filter(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the Reuters-21578 folder " + directory, e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("No reut2-NNN.sgm files in " + directory
          + " (give the Reuters-21578 folder with --reuters)");
    }
    this.copies = copies;
  }

  /** Reads every copy of every file into the sink that {@code sinkForFile} gives for the file name. */
  void read(Function<String, RecordSink> sinkForFile) throws IOException {
    for (int copy = 1; copy <= copies; copy++) {
      for (Path file : files) {
        RecordSink target = sinkForFile.apply(file + "#copy" + copy);
        ArticleReaders.forFile(file.getFileName().toString())
            .read(file, ReadOptions.NONE, shifted(copy, target));
      }
    }
  }

  private static RecordSink shifted(int copy, RecordSink target) {
    Duration shift = Duration.ofDays(365L * copy);
    return new RecordSink() {
      @Override
      public void accept(Article a, String location) {
        target.accept(new Article(a.id() == null ? null : a.id() + "-c" + copy, a.url(), a.title(), a.body(),
            a.source(), a.publishedAt() == null ? null : a.publishedAt().plus(shift),
            a.facets(), a.sourceTags(), a.ingestedAt()), location);
      }

      @Override
      public void reject(RecordError error) {
        target.reject(error);
      }
    };
  }
}
