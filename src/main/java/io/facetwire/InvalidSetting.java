package io.facetwire;

/**
 * A configuration value that cannot be used; the message names the variable (or flag) and the value. Its own
 * class, not a member of {@link FacetwireConfig}: the readers of settings in every package throw it, and
 * none of them should need the whole configuration to do so.
 */
public final class InvalidSetting extends IllegalArgumentException {
  public InvalidSetting(String message) {
    super(message);
  }
}
