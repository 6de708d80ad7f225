package io.facetwire.topics;

import io.facetwire.InvalidSetting;
import io.facetwire.Settings;
import java.nio.file.Path;

/**
 * Settings of the topic editor: where the labelled development sets are ({@code FACETWIRE_LABELS},
 * default {@code src/test/resources/labels} of a checkout) and the shared corpora their texts come from
 * ({@code FACETWIRE_LABEL_DATA}, default {@code ../shared/data}), and how many of the newest articles a
 * preview compares at most ({@code FACETWIRE_TOPIC_PREVIEW_ARTICLES}, default 20,000).
 */
public record TopicsConfig(Path labels, Path data, int previewArticles) {

  public static final int DEFAULT_PREVIEW_ARTICLES = 20_000;

  public static TopicsConfig defaults() {
    return new TopicsConfig(Path.of("src/test/resources/labels"), Path.of("../shared/data"), DEFAULT_PREVIEW_ARTICLES);
  }

  public static TopicsConfig from(Settings env) {
    TopicsConfig d = defaults();
    String cap = env.string("FACETWIRE_TOPIC_PREVIEW_ARTICLES");
    int previewArticles = d.previewArticles();
    if (cap != null && !cap.isBlank()) {
      try {
        previewArticles = Integer.parseInt(cap.strip());
      } catch (NumberFormatException e) {
        previewArticles = -1;
      }
      if (previewArticles < 1) {
        throw new io.facetwire.InvalidSetting(
            "FACETWIRE_TOPIC_PREVIEW_ARTICLES must be a whole number of at least 1, not '" + cap + "'");
      }
    }
    return new TopicsConfig(env.path("FACETWIRE_LABELS", null, d.labels()),
        env.path("FACETWIRE_LABEL_DATA", null, d.data()), previewArticles);
  }
}
