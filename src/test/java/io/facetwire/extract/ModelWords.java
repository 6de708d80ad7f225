package io.facetwire.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of an article as a learned topic model reads them: the extractor's own tokens (so the model and the
 * rules see the same words), lower-cased and reduced by the rules' {@link LightStemmer} ("sanctioned" and
 * "sanctions" are one word, as in topics.txt), each with its place (headline, lead, body) and whether punctuation
 * separates it from the word before (a bigram never spans a full stop). Datelines and figures are left out, as the
 * rules leave them out: "DAMASCUS, April 5 -" says where a story was filed, and "1987" or "12.5" name nothing a
 * topic is about. The lead is the rules' lead ({@link TopicMatcher#LEAD_WORDS}: the body's first two sentences, at
 * most 80 words).
 */
public final class ModelWords {

  /** Where a word stands. */
  public enum Place { TITLE, LEAD, BODY }

  /** One word: its stem, its place, and whether it continues the word before it (no punctuation between). */
  public record Word(String stem, Place place, boolean joined) {
  }

  private static final Tokenizer TOKENIZER = new Tokenizer();

  private ModelWords() {
  }

  /** The words of an article; either part may be null. */
  public static List<Word> of(String title, String body) {
    Tokens t = new ArticleText(TOKENIZER, null, title, body, null).tokens();
    int leadEnd = leadEnd(t);
    List<Word> out = new ArrayList<>(t.size);
    int previous = -2;
    for (int i = 0; i < t.size; i++) {
      if (t.has(i, Tokens.DATELINE) || t.has(i, Tokens.DIGIT)) {
        continue;
      }
      Place place = i < t.titleEnd ? Place.TITLE : i < leadEnd ? Place.LEAD : Place.BODY;
      boolean joined = previous == i - 1 && !t.has(i, Tokens.BREAK_BEFORE) && i != t.titleEnd;
      out.add(new Word(LightStemmer.stem(t.lower[i]), place, joined));
      previous = i;
    }
    return out;
  }

  /** The end of the lead as {@link TermMatches#find} counts it: two body sentences, at most 80 words. */
  private static int leadEnd(Tokens t) {
    int leadEnd = Math.min(t.size, t.titleEnd + TopicMatcher.LEAD_WORDS);
    int bodySentences = 0;
    for (int i = t.titleEnd; i < leadEnd; i++) {
      if (t.has(i, Tokens.SENT_START) || i == t.titleEnd) {
        bodySentences++;
        if (bodySentences == 3) {
          return i;
        }
      }
    }
    return leadEnd;
  }
}
