package io.facetwire.engine;

/** A configuration value (environment variable or flag) cannot be used; the message names it. */
public class InvalidConfigurationException extends IllegalArgumentException {

  public InvalidConfigurationException(String message) {
    super(message);
  }
}
