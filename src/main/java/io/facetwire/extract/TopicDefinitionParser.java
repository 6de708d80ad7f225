package io.facetwire.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a topic definition file (the language is described at the top of {@code topics.txt}) into
 * {@link TopicDefinitions}. Every mistake stops the whole file with its line and the reason: a file
 * is used entirely or not at all.
 */
final class TopicDefinitionParser {

  private static final Pattern SETTING = Pattern.compile("([A-Za-z][A-Za-z ]*?)\\s*=\\s*(\\S+)");
  private static final List<String> TOPIC_SETTINGS = List.of("threshold", "share", "share waived at", "title", "lead",
      "repeats", "mentions");

  private final String source;
  private final Tokenizer tokenizer = new Tokenizer();
  private final Map<String, TopicDefinitions.Term> termsByKey = new LinkedHashMap<>();
  private final Map<String, List<Integer>> lists = new HashMap<>();
  private final List<TopicDefinitions.Topic> topics = new ArrayList<>();
  private Map<String, Double> defaults = settingsMap(TopicDefinitions.Settings.DEFAULT);
  private double relative;
  /** The current topic's "gives way to:" names; per finished topic in {@link #givesWay}. */
  private List<NamedTopic> yields = new ArrayList<>();
  private final Map<String, List<NamedTopic>> givesWay = new HashMap<>();

  /** A topic named on a "gives way to:" line, resolved once the whole file is read. */
  private record NamedTopic(String name, int line) {
  }
  // The topic being read.
  private String name;
  private int nameLine;
  private Map<String, Double> settings;
  private List<TopicDefinitions.Rule> rules;
  private List<TopicDefinitions.Need> needs;
  private int lineNo;

  private TopicDefinitionParser(String source) {
    this.source = source;
    termsByKey.put("<country>", new TopicDefinitions.Term(TopicDefinitions.COUNTRY, new String[0], true, "<country>"));
    termsByKey.put("<company mark>",
        new TopicDefinitions.Term(TopicDefinitions.COMPANY_MARK, new String[0], true, "<company mark>"));
  }

  static TopicDefinitions parse(BufferedReader reader, String source) throws IOException {
    TopicDefinitionParser p = new TopicDefinitionParser(source);
    // A line that starts with spaces continues the one above (long term lists); errors name the first.
    String line;
    StringBuilder logical = new StringBuilder();
    int logicalStart = 0;
    int physical = 0;
    while ((line = reader.readLine()) != null) {
      physical++;
      int hash = line.indexOf('#');
      String s = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (s.isEmpty()) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && logical.length() > 0) {
        logical.append(' ').append(s);
        continue;
      }
      p.flush(logical, logicalStart);
      logical.append(s);
      logicalStart = physical;
    }
    p.flush(logical, logicalStart);
    p.lineNo = Math.max(physical, 1);
    return p.finish();
  }

  private void flush(StringBuilder logical, int start) {
    if (logical.length() > 0) {
      lineNo = start;
      line(logical.toString());
      logical.setLength(0);
    }
  }

  private void line(String s) {
    if (s.startsWith("[")) {
      if (!s.endsWith("]") || s.length() < 3) {
        throw error("a topic header is a name in brackets, as in [sanctions]");
      }
      endTopic();
      String topicName = s.substring(1, s.length() - 1).strip();
      if (topics.stream().anyMatch(t -> t.name().equals(topicName))) {
        throw error("topic [" + topicName + "] is defined twice");
      }
      name = topicName;
      nameLine = lineNo;
      settings = new LinkedHashMap<>(defaults);
      rules = new ArrayList<>();
      needs = new ArrayList<>();
    } else if (s.startsWith("@")) {
      list(s);
    } else if (Character.isDigit(s.charAt(0))) {
      rule(s);
    } else if (s.toLowerCase(java.util.Locale.ROOT).startsWith("needs")) {
      need(s);
    } else if (s.toLowerCase(java.util.Locale.ROOT).startsWith("gives way to")) {
      givesWayTo(s);
    } else {
      Matcher m = SETTING.matcher(s);
      if (!m.matches()) {
        throw error("expected [topic], a setting (name = value), @list = terms, needs: terms, or a rule "
            + "starting with its weight (\"2 vaccine, epidemic\")");
      }
      setting(m.group(1).strip().toLowerCase(java.util.Locale.ROOT), m.group(2));
    }
  }

  private void setting(String key, String value) {
    if (!TOPIC_SETTINGS.contains(key) && !key.equals("relative")) {
      throw error("unknown setting '" + key + "'; known: " + String.join(", ", TOPIC_SETTINGS) + ", relative");
    }
    double v = number(value, "the value of " + key);
    if (key.equals("relative")) {
      if (name == null) {
        relative = fraction(v, key); // every topic's, unless one sets its own
      } else {
        settings.put(key, fraction(v, key));
      }
      return;
    }
    if (key.equals("share")) {
      fraction(v, key);
    }
    if (key.equals("share waived at") && !(v > 0)) {
      throw error("share waived at is a score above 0, not " + v);
    }
    if ((key.equals("repeats") || key.equals("mentions")) && (v != Math.rint(v) || v < 1)) {
      throw error(key + " is a whole number of at least 1");
    }
    (name == null ? defaults : settings).put(key, v);
  }

  private double fraction(double v, String key) {
    if (v < 0 || v > 1) {
      throw error(key + " is a share between 0 and 1, not " + v);
    }
    return v;
  }

  private void list(String s) {
    int eq = s.indexOf('=');
    String listName = (eq < 0 ? s : s.substring(0, eq)).strip();
    if (eq < 0 || !listName.matches("@[A-Za-z0-9_-]+")) {
      throw error("a list is written @name = term, term, ...");
    }
    DefinitionLine words = DefinitionLine.split(s.substring(eq + 1), source, lineNo);
    lists.put(listName.toLowerCase(java.util.Locale.ROOT), termIds(words, "the list " + listName));
  }

  private void need(String s) {
    requireTopic("needs:");
    DefinitionLine words = DefinitionLine.split(s, source, lineNo);
    boolean inLead;
    if (words.accept("needs", ":")) {
      inLead = false;
    } else if (words.accept("needs", "in", "lead", ":")) {
      inLead = true;
    } else {
      throw error("write \"needs: terms\" (anywhere in the article) or \"needs in lead: terms\" (title or lead)");
    }
    List<Integer> ids = termIds(words, "needs");
    needs.add(new TopicDefinitions.Need(lineNo, inLead, set(ids), s));
  }

  /**
   * "gives way to: sanctions, cybersecurity": beside one of these topics this one is dropped unless it scores at least
   * as high (business beside a sanctions blacklist or a data breach told through the firms it hits). The names are
   * checked once the whole file is read: a topic may give way to one defined below it.
   */
  private void givesWayTo(String s) {
    requireTopic("gives way to:");
    DefinitionLine words = DefinitionLine.split(s, source, lineNo);
    if (!words.accept("gives", "way", "to", ":") || words.atEnd()) {
      throw error("write \"gives way to: topic, topic\" (names of other topics)");
    }
    StringBuilder topic = new StringBuilder();
    while (true) {
      DefinitionLine.Piece p = words.atEnd() ? null : words.next();
      if (p != null && !p.is(",")) {
        topic.append(topic.length() > 0 ? " " : "").append(p.text());
        continue;
      }
      String named = topic.toString().strip();
      if (named.isEmpty() || named.equals(name)) {
        throw error(named.isEmpty() ? "an empty topic name in \"gives way to:\"" : "a topic cannot give way to itself");
      }
      yields.add(new NamedTopic(named, lineNo));
      topic.setLength(0);
      if (p == null) {
        return;
      }
    }
  }

  private void rule(String s) {
    requireTopic("a rule");
    DefinitionLine words = DefinitionLine.split(s, source, lineNo);
    double weight = number(words.next().text(), "a rule's weight");
    List<Integer> heads = termIds(words, "the rule");
    List<TopicDefinitions.Clause> clauses = new ArrayList<>();
    while (!words.atEnd()) {
      boolean unless = words.accept("unless");
      if (words.accept("in", "article", ":")) {
        // The whole article is the context: a relation between this match and the story's subject
        // ("expelled diplomats" count for sanctions where the article names the sanctions they answer).
        List<Integer> ids = termIds(words, "in article");
        clauses.add(new TopicDefinitions.Clause(unless, TopicDefinitions.WHOLE_ARTICLE, 1, set(ids),
            (unless ? "unless " : "") + "in article"));
        continue;
      }
      if (!words.accept("near")) {
        throw error("a clause is \"near N: terms\", \"unless near N: terms\" or \"in article: terms\"");
      }
      double distance = number(words.next().text(), "the distance after near");
      words.next(); // the colon atClause saw
      if (distance != Math.rint(distance) || distance < 1 || distance > 1000) {
        throw error("near takes a whole number of words from 1 to 1000");
      }
      int atLeast = 1;
      if (words.accept("at", "least")) {
        DefinitionLine.Piece k = words.atEnd() ? null : words.next();
        if (k == null || !k.isNumber() || !words.accept("of")) {
          throw error("write \"near N: at least K of terms\"");
        }
        atLeast = (int) number(k.text(), "at least");
        if (atLeast < 1 || atLeast > 10) {
          throw error("at least takes a number from 1 to 10");
        }
        if (unless) {
          throw error("\"unless near\" does not take \"at least\"");
        }
      }
      List<Integer> ids = termIds(words, "near");
      clauses.add(new TopicDefinitions.Clause(unless, (int) distance, atLeast, set(ids),
          (unless ? "unless near " : "near ") + (int) distance));
    }
    rules.add(new TopicDefinitions.Rule(lineNo, weight, set(heads), clauses.toArray(new TopicDefinitions.Clause[0]), s));
  }

  /**
   * Comma-separated terms up to the end of the line or the next clause; at least one. Each term once: every use
   * of the ids is a set, and a list repeated in a list doubled it (session 17: 27 lines of
   * {@code @bN = @bN-1, @bN-1}, 2 KB, asked for 2^27 ids and ran the server's heap out from the topic editor's
   * preview), so with each term kept once no list is longer than the distinct terms written.
   */
  private List<Integer> termIds(DefinitionLine words, String where) {
    java.util.Set<Integer> ids = new java.util.LinkedHashSet<>();
    StringBuilder item = new StringBuilder();
    boolean quoted = false;
    while (!words.atEnd() && !words.atClause()) {
      DefinitionLine.Piece p = words.next();
      if (p.is(",")) {
        addItem(item.toString(), quoted, ids, where);
        item.setLength(0);
        quoted = false;
        continue;
      }
      if (p.is(":")) {
        throw error("unexpected ':' in " + where + " (a clause is \"near N: terms\")");
      }
      item.append(item.length() > 0 ? " " : "").append(p.text());
      quoted |= p.quoted();
    }
    addItem(item.toString(), quoted, ids, where);
    return new ArrayList<>(ids);
  }

  private void addItem(String text, boolean quoted, java.util.Set<Integer> ids, String where) {
    String s = text.strip();
    if (s.isEmpty()) {
      throw error("an empty term in " + where + " (two commas, or a comma at the end?)");
    }
    if (!quoted && s.startsWith("@")) {
      List<Integer> list = lists.get(s.toLowerCase(java.util.Locale.ROOT));
      if (list == null) {
        throw error("unknown list " + s + " (define it above with " + s + " = terms)");
      }
      ids.addAll(list);
      return;
    }
    if (!quoted && s.startsWith("<")) {
      if (s.equals("<company mark>")) {
        ids.add(TopicDefinitions.COMPANY_MARK);
        return;
      }
      if (!s.equals("<country>")) {
        throw error("unknown class " + s + "; the ones there are: <country>, <company mark>");
      }
      ids.add(TopicDefinitions.COUNTRY);
      return;
    }
    boolean exact = s.startsWith("=");
    Tokens t = new Tokens();
    tokenizer.tokenize(exact ? s.substring(1) : s, t, false, 0);
    if (t.size == 0) {
      throw error("the term '" + s + "' has no words");
    }
    String[] w = new String[t.size];
    for (int k = 0; k < t.size; k++) {
      w[k] = exact || t.has(k, Tokens.DIGIT) ? t.lower[k] : LightStemmer.stem(t.lower[k]);
    }
    String key = (exact ? "=" : "") + String.join(" ", w);
    TopicDefinitions.Term term = termsByKey.computeIfAbsent(key,
        k -> new TopicDefinitions.Term(termsByKey.size(), w, exact, s));
    ids.add(term.id());
  }

  private void requireTopic(String what) {
    if (name == null) {
      throw error(what + " before the first [topic]");
    }
  }

  private void endTopic() {
    if (name == null) {
      return;
    }
    if (rules.isEmpty()) {
      throw new DefinitionException(source, nameLine, "topic [" + name + "] has no rule");
    }
    TopicDefinitions.Settings s = new TopicDefinitions.Settings(settings.get("threshold"), settings.get("share"),
        settings.get("title"), settings.get("lead"), settings.get("repeats").intValue(),
        settings.get("mentions").intValue(), settings.getOrDefault("relative", -1.0), settings.get("share waived at"));
    topics.add(new TopicDefinitions.Topic(name, nameLine, s, rules.toArray(new TopicDefinitions.Rule[0]),
        needs.toArray(new TopicDefinitions.Need[0]), new int[0]));
    givesWay.put(name, yields);
    yields = new ArrayList<>();
    name = null;
  }

  private TopicDefinitions finish() {
    endTopic();
    if (topics.isEmpty()) {
      throw new DefinitionException(source, Math.max(lineNo, 1), "no [topic] defined");
    }
    // The term sets were sized as terms appeared; widen them all to the final count.
    int n = termsByKey.size();
    TopicDefinitions.Topic[] out = new TopicDefinitions.Topic[topics.size()];
    List<List<Integer>> postings = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      postings.add(new ArrayList<>());
    }
    for (int k = 0; k < out.length; k++) {
      TopicDefinitions.Topic t = topics.get(k);
      TopicDefinitions.Rule[] rs = new TopicDefinitions.Rule[t.rules().length];
      for (int r = 0; r < rs.length; r++) {
        TopicDefinitions.Rule rule = t.rules()[r];
        TopicDefinitions.Clause[] cs = new TopicDefinitions.Clause[rule.clauses().length];
        for (int c = 0; c < cs.length; c++) {
          TopicDefinitions.Clause cl = rule.clauses()[c];
          cs[c] = new TopicDefinitions.Clause(cl.unless(), cl.distance(), cl.atLeast(), widen(cl.terms(), n), cl.written());
        }
        boolean[] heads = widen(rule.heads(), n);
        rs[r] = new TopicDefinitions.Rule(rule.line(), rule.weight(), heads, cs, rule.written());
        for (int id = 0; id < n; id++) {
          if (heads[id]) {
            postings.get(id).add(k << 16 | r);
          }
        }
      }
      TopicDefinitions.Need[] ns = new TopicDefinitions.Need[t.needs().length];
      for (int i = 0; i < ns.length; i++) {
        TopicDefinitions.Need need = t.needs()[i];
        ns[i] = new TopicDefinitions.Need(need.line(), need.inLead(), widen(need.terms(), n), need.written());
      }
      out[k] = new TopicDefinitions.Topic(t.name(), t.line(), t.settings(), rs, ns, topicIndices(givesWay.get(t.name())));
    }
    int[][] post = new int[n][];
    for (int i = 0; i < n; i++) {
      post[i] = postings.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return new TopicDefinitions(out, termsByKey.values().toArray(new TopicDefinitions.Term[0]), index(), post, relative);
  }

  /** The indices of the topics named in "gives way to:" lines; an unknown name stops the file at its line. */
  private int[] topicIndices(List<NamedTopic> named) {
    int[] out = new int[named.size()];
    for (int i = 0; i < out.length; i++) {
      String topic = named.get(i).name();
      int at = -1;
      for (int k = 0; k < topics.size() && at < 0; k++) {
        at = topics.get(k).name().equals(topic) ? k : -1;
      }
      if (at < 0) {
        throw new DefinitionException(source, named.get(i).line(),
            "\"gives way to:\" names no topic of this file: '" + topic + "'");
      }
      out[i] = at;
    }
    return out;
  }

  /**
   * Each term under every word form its first word stands for ({@link LightStemmer#wordsWithStem}), so
   * a token is looked up as written; longest terms first, so a phrase claims its words first.
   */
  private Map<String, TopicDefinitions.Term[]> index() {
    Map<String, List<TopicDefinitions.Term>> byWord = new HashMap<>();
    for (TopicDefinitions.Term term : termsByKey.values()) {
      if (term.id() == TopicDefinitions.COUNTRY || term.id() == TopicDefinitions.COMPANY_MARK) {
        continue;
      }
      String first = term.words()[0];
      List<String> forms = new ArrayList<>(term.exact() ? List.of(first) : LightStemmer.wordsWithStem(first));
      if (!forms.contains(first)) {
        forms.add(first);
      }
      for (String form : forms) {
        byWord.computeIfAbsent(form, k -> new ArrayList<>()).add(term);
      }
    }
    Map<String, TopicDefinitions.Term[]> out = new HashMap<>();
    byWord.forEach((w, list) -> out.put(w, list.stream()
        .sorted(java.util.Comparator.comparingInt((TopicDefinitions.Term t) -> t.words().length).reversed())
        .toArray(TopicDefinitions.Term[]::new)));
    return Lookups.map(out);
  }

  private static boolean[] set(List<Integer> ids) {
    int max = ids.stream().mapToInt(Integer::intValue).max().orElse(0);
    boolean[] b = new boolean[max + 1];
    ids.forEach(i -> b[i] = true);
    return b;
  }

  private static boolean[] widen(boolean[] b, int n) {
    return java.util.Arrays.copyOf(b, n);
  }

  private double number(String text, String what) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw error(what + " is not a number: '" + text + "'");
    }
  }

  private static Map<String, Double> settingsMap(TopicDefinitions.Settings s) {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("threshold", s.threshold());
    m.put("share", s.share());
    m.put("share waived at", s.shareWaivedAt());
    m.put("title", s.title());
    m.put("lead", s.lead());
    m.put("repeats", (double) s.repeats());
    m.put("mentions", (double) s.mentions());
    return m;
  }

  private DefinitionException error(String reason) {
    return new DefinitionException(source, lineNo, reason);
  }
}
