package dev.autogen.shadow;

/** The shadow server cannot be started or reached, or refuses a scratch database. The message is one line. */
public final class ShadowServerException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ShadowServerException(String message, Throwable cause) {
    super(message, cause);
  }
}
