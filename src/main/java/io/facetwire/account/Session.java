package io.facetwire.account;

import java.time.Instant;

/**
 * A signed-in browser, stored in Elasticsearch under the digest of its cookie token, so any server
 * sharing the cluster recognises it and signing out ends it everywhere.
 *
 * @param user      the account's id (its email)
 * @param csrfToken the token every state-changing form of this session must carry
 */
public record Session(String user, boolean admin, String csrfToken, Instant createdAt, Instant expiresAt) {}
