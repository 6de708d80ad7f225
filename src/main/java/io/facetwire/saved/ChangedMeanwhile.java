package io.facetwire.saved;

/**
 * A change of a saved search that did not land because the search kept changing under it: another server of the
 * installation, or the alert job recording a delivery, won every try (or this server's other changes of it took too
 * long). Nothing was changed; the owner may simply send it again. The web layer answers 409.
 */
public final class ChangedMeanwhile extends RuntimeException {
  public ChangedMeanwhile() {
    super("This saved search was being changed elsewhere at the same moment, so this change was not made."
        + " Please try again.");
  }
}
