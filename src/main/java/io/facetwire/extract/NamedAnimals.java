package io.facetwire.extract;

import java.util.Set;

/**
 * A run of capitalised words that names an animal, not a person (LABELLING.md: only real persons are persons): right
 * after the animal's kind ("the giant panda Wang Wang", "racehorse Winx", "the dog Boji"), or described as one in
 * apposition, after the names a pair may share ("Wang Wang and Fu Ni, the only giant pandas in the Southern
 * Hemisphere, are saying goodbye"; session 46, the development half of the blind modern-news set news41: a zoo's
 * farewell). Stateless.
 */
final class NamedAnimals {

  private NamedAnimals() {}

  /** How far into the apposition the animal's kind may stand: ", the only giant pandas". */
  private static final int APPOSITION_REACH = 4;

  /** The run [from, to] names an animal: its kind in lower case right before it, or heading its apposition. */
  static boolean namesAnAnimal(Tokens t, int from, int to) {
    int prev = from - 1;
    if (prev >= 0 && !t.has(from, Tokens.BREAK_BEFORE) && !t.has(prev, Tokens.CAP) && KINDS.contains(t.lower[prev])) {
      return true;
    }
    int next = to + 1;
    if (next + 1 < t.size && !t.has(next, Tokens.BREAK_BEFORE) && t.lower[next].equals("and")
        && t.has(next + 1, Tokens.CAP)) {
      next += 2; // "Wang Wang and Fu Ni, the ... pandas": the pair's second name
      while (next < t.size && t.has(next, Tokens.CAP) && !t.has(next, Tokens.BREAK_BEFORE)) {
        next++;
      }
    }
    if (next >= t.size || !t.has(next, Tokens.BREAK_BEFORE) || t.has(next, Tokens.SENT_START)) {
      return false;
    }
    for (int k = next; k < t.size && k < next + APPOSITION_REACH; k++) {
      t.steps++;
      if (k > next && t.has(k, Tokens.BREAK_BEFORE) || t.has(k, Tokens.CAP)) {
        return false; // the apposition is lower case up to its kind: not "Warren Gatland, Lions coach"
      }
      if (KINDS.contains(t.lower[k]) && !t.has(k, Tokens.POSSESSIVE)) {
        // the kind heads the apposition ("the only giant pandas in ..."), not a word of another noun ("the cat lover")
        return k + 1 >= t.size || t.has(k + 1, Tokens.BREAK_BEFORE) || AFTER_THE_HEAD.contains(t.lower[k + 1]);
      }
    }
    return false;
  }

  /** Words that may follow the apposition's head noun: a preposition, a relative pronoun, a verb of being. */
  private static final Set<String> AFTER_THE_HEAD = Lookups.setOf("in", "at", "from", "of", "who", "that", "which",
      "whose", "with", "to", "are", "is", "was", "were", "have", "has", "had", "will");

  /** Animals the news names: a zoo's, a racecourse's, a household's. Not "bear" or "bull" (markets). */
  private static final Set<String> KINDS = Lookups.setOf("panda", "pandas", "racehorse", "racehorses", "colt",
      "filly", "mare", "gelding", "stallion", "dog", "dogs", "puppy", "cat", "kitten", "elephant", "elephants",
      "gorilla", "chimpanzee", "orangutan", "giraffe", "hippo", "koala", "penguin", "parrot", "tortoise", "whale",
      "orca", "dolphin", "tiger", "tigers", "lion", "lions", "cub", "cubs");
}
