package io.dotportion.server.wiring;

import com.mongodb.ConnectionString;
import com.mongodb.ServerAddress;
import com.mongodb.client.MongoClient;
import com.mongodb.connection.ServerDescription;
import io.dotportion.core.egress.StoreEndpoints;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the platform's own store is, for the egress policy to refuse it to tenants: the hosts of the store's
 * URL (the embedded store's, or {@code DOTPORTION_MONGO_URL}, e.g. a shared {@code ./dotportion store}) and
 * every server the platform's client currently knows (replica set members, SRV targets).
 */
final class PlatformStoreEndpoints {
    private PlatformStoreEndpoints() {}

    static StoreEndpoints of(String url, MongoClient client) {
        List<StoreEndpoints.Endpoint> configured = configured(url);
        return StoreEndpoints.dynamic(() -> {
            List<StoreEndpoints.Endpoint> all = new ArrayList<>(configured);
            for (ServerDescription server : client.getClusterDescription().getServerDescriptions()) {
                ServerAddress address = server.getAddress();
                all.add(new StoreEndpoints.Endpoint(address.getHost(), address.getPort()));
            }
            return all;
        });
    }

    private static List<StoreEndpoints.Endpoint> configured(String url) {
        ConnectionString parsed = new ConnectionString(url);
        if (parsed.isSrvProtocol()) {
            return List.of(); // the SRV targets are in the client's cluster description
        }
        return parsed.getHosts().stream()
                .map(ServerAddress::new)
                .map(a -> new StoreEndpoints.Endpoint(a.getHost(), a.getPort()))
                .toList();
    }
}
