package io.dotportion.core.port;

import java.util.List;
import java.util.Optional;

public interface TokenStore {

    ApiToken create(ApiToken token);

    /** The token with this hash, revoked or not. */
    Optional<ApiToken> byHash(String tokenHash);

    List<ApiToken> listByUser(String userId);

    /** Revokes a token of this user; false when there is none. */
    boolean revoke(String userId, String tokenId);
}
