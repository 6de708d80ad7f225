package io.facetwire.evaluation;

import io.facetwire.extract.ModelWords;
import io.facetwire.extract.ModelWords.Place;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The features a key-topic model reads, each a word a person can read back: {@code w:sanction} (the stem anywhere
 * in the article), {@code h:sanction} (in the headline or the lead, marked apart, as the rules weigh them),
 * {@code b:trade sanction} (two words in a row, never across punctuation; not two function words). Values are
 * log(1 + count), the article's vector scaled to length 1, so a long story does not outvote a short one by its
 * length. Pure: the same text always gives the same features.
 */
final class KeyTopicFeatures {

  /** Function words: a bigram of two of them ("of the") says nothing about a topic. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "and", "on", "for",
      "is", "was", "it", "by", "with", "at", "that", "as", "be", "from", "has", "have", "he", "his", "will",
      "would", "are", "were", "this", "which", "but", "or", "not", "had", "they", "their", "been", "also", "said",
      "say", "its", "who", "we", "i", "you", "she", "her", "there", "than", "more", "about", "after", "into");

  private KeyTopicFeatures() {
  }

  /** The article's features by name, sorted (a stable order for training and for reading a model). */
  static Map<String, Double> of(String title, String body) {
    return of(ModelWords.of(title, body));
  }

  static Map<String, Double> of(List<ModelWords.Word> words) {
    Map<String, Double> counts = new TreeMap<>();
    ModelWords.Word previous = null;
    for (ModelWords.Word w : words) {
      String s = w.stem();
      if (s.length() > 1) {
        counts.merge("w:" + s, 1.0, Double::sum);
        if (w.place() != Place.BODY) {
          counts.merge("h:" + s, 1.0, Double::sum);
        }
      }
      if (previous != null && w.joined()
          && !(FUNCTION_WORDS.contains(previous.stem()) && FUNCTION_WORDS.contains(s))) {
        counts.merge("b:" + previous.stem() + " " + s, 1.0, Double::sum);
      }
      previous = w;
    }
    double norm = 0;
    for (Map.Entry<String, Double> e : counts.entrySet()) {
      double v = Math.log1p(e.getValue());
      e.setValue(v);
      norm += v * v;
    }
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      counts.replaceAll((k, v) -> v * scale);
    }
    return counts;
  }
}
