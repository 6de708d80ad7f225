package io.facetwire.sources.extract;

import java.time.Instant;

/**
 * What an article page says about itself.
 *
 * @param canonicalUrl the article's identity (see {@link CanonicalUrl})
 * @param text         main text as paragraphs separated by blank lines, or "" when none was found
 */
public record ArticlePage(String canonicalUrl, String title, String author, Instant published, String text) {}
