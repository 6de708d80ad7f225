package io.facetwire.sources.poll;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Feed links whose page this server already turned into an article, when the page's canonical address
 * differs from the link (so {@link KnownArticles} cannot see it). Bounded, oldest forgotten first: a
 * forgotten link costs one more page fetch, and the article is then found unchanged.
 */
final class SeenLinks {

  private final int capacity;
  private final Map<String, Boolean> links;

  SeenLinks(int capacity) {
    this.capacity = capacity;
    this.links = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
        return size() > SeenLinks.this.capacity;
      }
    };
  }

  synchronized boolean contains(String link) {
    return links.containsKey(link);
  }

  synchronized void add(String link) {
    links.put(link, Boolean.TRUE);
  }
}
