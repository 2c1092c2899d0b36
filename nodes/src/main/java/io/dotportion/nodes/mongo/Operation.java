package io.dotportion.nodes.mongo;

import java.util.Arrays;
import java.util.Optional;

/** The operations a database or mongodb node can run, by their config name. */
enum Operation {
    FIND_ONE("findOne"),
    FIND_MANY("findMany"),
    INSERT_ONE("insertOne"),
    INSERT_MANY("insertMany"),
    UPDATE_ONE("updateOne"),
    UPDATE_MANY("updateMany"),
    DELETE_ONE("deleteOne"),
    DELETE_MANY("deleteMany"),
    COUNT("count"),
    AGGREGATE("aggregate");

    private final String configName;

    Operation(String configName) {
        this.configName = configName;
    }

    String configName() {
        return configName;
    }

    static Optional<Operation> parse(String name) {
        return Arrays.stream(values()).filter(op -> op.configName.equals(name)).findFirst();
    }

    static String names() {
        return String.join(
                ", ", Arrays.stream(values()).map(Operation::configName).toList());
    }

    boolean usesFilter() {
        return this != INSERT_ONE && this != INSERT_MANY && this != AGGREGATE;
    }

    boolean isInsert() {
        return this == INSERT_ONE || this == INSERT_MANY;
    }

    boolean isUpdate() {
        return this == UPDATE_ONE || this == UPDATE_MANY;
    }
}
