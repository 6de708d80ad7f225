package io.facetwire.web.view;

/** A labelled link in a page model; {@code url} is already a complete, encoded URL. */
public record Link(String label, String url) {}
