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

/** {@code database}: runs one operation on the project's managed database, {@code project_<projectId>}. */
public final class DatabaseNode implements NodeType<MongoNodeConfig> {
    public static final String ID = "database";
    private final DatabaseSource source;

    public DatabaseNode(ManagedDatabases databases) {
        this(databases, DocumentValidator.NONE);
    }

    /** With the collections' write rules (schemas) checked before every insert and update. */
    public DatabaseNode(ManagedDatabases databases, DocumentValidator validator) {
        this.source = new DatabaseSource.Managed(databases, validator);
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
        return MongoDescriptors.DATABASE;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE_OR_ERROR;
    }

    @Override
    public List<Violation> validate(MongoNodeConfig config, ValidationContext context) {
        return ConfigCheck.check(config, false, context);
    }

    @Override
    public NodeHandler compile(MongoNodeConfig config, CompileContext context) {
        return new MongoHandler(CompiledQuery.compile(config), source);
    }
}
