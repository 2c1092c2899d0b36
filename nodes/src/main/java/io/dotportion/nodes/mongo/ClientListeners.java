package io.dotportion.nodes.mongo;

import com.mongodb.event.CommandListener;
import com.mongodb.event.ConnectionPoolListener;
import java.util.List;

/**
 * What a client of a user's database reports its pool and commands to (metrics), given when the client is
 * opened for a project. {@link #NONE} listens to nothing.
 */
public interface ClientListeners {
    ClientListeners NONE = new ClientListeners() {
        @Override
        public List<ConnectionPoolListener> pools(String projectId) {
            return List.of();
        }

        @Override
        public List<CommandListener> commands(String projectId) {
            return List.of();
        }
    };

    List<ConnectionPoolListener> pools(String projectId);

    List<CommandListener> commands(String projectId);
}
