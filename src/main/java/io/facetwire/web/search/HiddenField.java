package io.facetwire.web.search;

/** A form field that carries part of the current search along unseen. */
record HiddenField(String name, String value) {}
