package io.dotportion.nodes.mongo;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import java.util.List;
import java.util.Set;

/**
 * {@code mongodb}: runs one operation on a user's own MongoDB, reached through a {@code mongodb} secret
 * (resolved at the moment of use); the database is the one named in the URL, or {@code database} when set.
 */
public final class MongoDbNode implements NodeType<MongoNodeConfig> {
    public static final String ID = "mongodb";
    private final MongoClientPool pool;

    public MongoDbNode(MongoClientPool pool) {
        this.pool = pool;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<MongoNodeConfig> configType() {
        return MongoNodeConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return MongoDescriptors.MONGODB;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE_OR_ERROR;
    }

    @Override
    public List<Violation> validate(MongoNodeConfig config, ValidationContext context) {
        return ConfigCheck.check(config, true, context);
    }

    @Override
    public NodeHandler compile(MongoNodeConfig config, CompileContext context) {
        return new MongoHandler(
                CompiledQuery.compile(config), new DatabaseSource.External(pool, config.secret(), config.database()));
    }
}
