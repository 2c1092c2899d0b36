package io.dotportion.nodes.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Save-time validation of database and mongodb node data, every problem at its path. */
class MongoValidationTest {
    private final MongoDbNode mongodb =
            new MongoDbNode(new MongoClientPool(MongoPoolSettings.defaults(), MongoTestServer.LOOPBACK_ALLOWED));
    private final DatabaseNode database = new DatabaseNode(projectId -> {
        throw new AssertionError("validation never opens a database");
    });

    private List<Violation> check(String data) {
        return MongoNodes.validate(mongodb, "{\"secret\": \"users_db\", " + data + "}");
    }

    private List<String> paths(String data) {
        return check(data).stream().map(Violation::path).toList();
    }

    @Test
    void every_operation_with_what_it_needs_is_valid() {
        List<String> valid = List.of(
                "\"collection\": \"users\", \"operation\": \"findOne\", \"filter\": {\"email\": \"{{request.body.email}}\"}",
                "\"collection\": \"users\", \"operation\": \"findMany\", \"options\": {\"sort\": {\"n\": -1}, \"limit\": 10, \"skip\": 0, \"projection\": {\"password\": 0}}",
                "\"collection\": \"users\", \"operation\": \"insertOne\", \"data\": {\"email\": \"{{request.body.email}}\"}",
                "\"collection\": \"users\", \"operation\": \"insertMany\", \"data\": \"{{request.body.items}}\"",
                "\"collection\": \"users\", \"operation\": \"updateOne\", \"query\": {\"_id\": \"{{request.params.id}}\"}, \"data\": {\"done\": true}",
                "\"collection\": \"users\", \"operation\": \"updateMany\", \"update\": {\"$inc\": {\"n\": 1}}",
                "\"collection\": \"users\", \"operation\": \"deleteOne\", \"filter\": {\"_id\": \"{{params.result.id}}\"}",
                "\"collection\": \"users\", \"operation\": \"deleteMany\"",
                "\"collection\": \"users\", \"operation\": \"count\", \"filter\": {\"$expr\": {\"$gt\": [\"$a\", \"$b\"]}}",
                "\"collection\": \"users\", \"operation\": \"aggregate\", \"pipeline\": [{\"$match\": {}}, {\"$group\": {\"_id\": \"$k\"}}]");

        for (String data : valid) {
            assertThat(check(data)).as(data).isEmpty();
        }
    }

    @Test
    void the_example_workflows_node_data_is_valid() {
        assertThat(
                        MongoNodes.validate(
                                mongodb,
                                "{\"secret\": \"users_db\", \"collection\": \"users\", \"operation\": \"findOne\", "
                                        + "\"filter\": {\"_id\": \"{{params.result.sub}}\"}, \"options\": {\"projection\": {\"_id\": 0, \"email\": 1}}}"))
                .isEmpty();
        assertThat(
                        MongoNodes.validate(
                                database,
                                "{\"label\": \"Insert\", \"collection\": \"todos\", \"operation\": \"insertOne\", "
                                        + "\"data\": {\"title\": \"{{params.result.title}}\", \"done\": \"{{params.result.done}}\"}}"))
                .isEmpty();
    }

    @Test
    void refused_operators_are_reported_at_their_exact_paths() {
        assertThat(check(
                        "\"collection\": \"u\", \"operation\": \"findMany\", \"filter\": {\"$where\": \"sleep(100)\"}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("filter.$where", ViolationCode.INVALID_CONFIG));
        assertThat(paths("\"collection\": \"u\", \"operation\": \"count\", \"query\": {\"$and\": [{\"a\": 1}, "
                        + "{\"$expr\": {\"$function\": {\"body\": \"x\", \"args\": [], \"lang\": \"js\"}}}]}"))
                .containsExactly("query.$and[1].$expr.$function");
        assertThat(
                        paths(
                                "\"collection\": \"u\", \"operation\": \"aggregate\", \"pipeline\": [{\"$match\": {}}, {\"$out\": \"copy\"}]"))
                .containsExactly("pipeline[1].$out");
        assertThat(paths(
                        "\"collection\": \"u\", \"operation\": \"aggregate\", \"pipeline\": [{\"$merge\": {\"into\": \"x\"}}, "
                                + "{\"$group\": {\"_id\": null, \"t\": {\"$accumulator\": {}}}}]"))
                .containsExactly("pipeline[0].$merge", "pipeline[1].$group.t.$accumulator");
        assertThat(
                        check(
                                "\"collection\": \"u\", \"operation\": \"updateOne\", \"update\": {\"$set\": {\"a\": {\"$function\": 1}}}"))
                .extracting(Violation::path, Violation::message)
                .containsExactly(tuple(
                        "update.$set.a.$function",
                        "operator $function is not allowed: it runs code or writes outside the collection"));
    }

    @Test
    void refused_operators_are_reported_by_the_database_node_too() {
        List<Violation> violations = MongoNodes.validate(
                database, "{\"collection\": \"u\", \"operation\": \"findOne\", \"filter\": {\"$where\": \"true\"}}");

        assertThat(violations).extracting(Violation::path).containsExactly("filter.$where");
    }

    @Test
    void collection_names_must_be_safe() {
        assertThat(paths("\"operation\": \"count\"")).containsExactly("collection");
        assertThat(paths("\"collection\": \"system.users\", \"operation\": \"count\""))
                .containsExactly("collection");
        assertThat(paths("\"collection\": \"a$b\", \"operation\": \"count\"")).containsExactly("collection");
        assertThat(paths("\"collection\": \"a\\u0000b\", \"operation\": \"count\""))
                .containsExactly("collection");
        assertThat(paths("\"collection\": \"" + "c".repeat(121) + "\", \"operation\": \"count\""))
                .containsExactly("collection");
        assertThat(paths("\"collection\": \"" + "c".repeat(120) + "\", \"operation\": \"count\""))
                .isEmpty();
    }

    @Test
    void operation_is_required_and_must_be_known() {
        assertThat(check("\"collection\": \"u\"")).extracting(Violation::path).containsExactly("operation");
        assertThat(check("\"collection\": \"u\", \"operation\": \"drop\""))
                .extracting(Violation::message)
                .singleElement()
                .asString()
                .contains("unknown operation 'drop'")
                .contains("findOne");
    }

    @Test
    void each_operation_reports_what_it_misses() {
        assertThat(paths("\"collection\": \"u\", \"operation\": \"insertOne\"")).containsExactly("data");
        assertThat(paths("\"collection\": \"u\", \"operation\": \"insertOne\", \"data\": [{}]"))
                .containsExactly("data");
        assertThat(paths("\"collection\": \"u\", \"operation\": \"insertMany\", \"data\": {\"a\": 1}"))
                .containsExactly("data");
        assertThat(paths("\"collection\": \"u\", \"operation\": \"insertMany\", \"data\": [{\"a\": 1}, 5]"))
                .containsExactly("data[1]");
        assertThat(paths("\"collection\": \"u\", \"operation\": \"updateOne\"")).containsExactly("data");
        assertThat(
                        paths(
                                "\"collection\": \"u\", \"operation\": \"updateOne\", \"data\": {\"a\": 1}, \"update\": {\"$set\": {}}"))
                .containsExactly("update");
        assertThat(paths("\"collection\": \"u\", \"operation\": \"updateMany\", \"update\": {\"a\": 1}"))
                .containsExactly("update");
        assertThat(paths("\"collection\": \"u\", \"operation\": \"aggregate\"")).containsExactly("pipeline");
        assertThat(
                        paths(
                                "\"collection\": \"u\", \"operation\": \"aggregate\", \"pipeline\": [{\"$match\": {}, \"$limit\": 1}, {\"x\": 1}]"))
                .containsExactly("pipeline[0]", "pipeline[1]");
        assertThat(paths("\"collection\": \"u\", \"operation\": \"findMany\", \"filter\": [1]"))
                .containsExactly("filter");
    }

    @Test
    void field_names_to_write_must_not_be_operators() {
        assertThat(paths("\"collection\": \"u\", \"operation\": \"insertOne\", \"data\": {\"a\": {\"$inc\": 1}}"))
                .containsExactly("data.a.$inc");
    }

    @Test
    void filter_and_query_together_are_ambiguous() {
        assertThat(paths("\"collection\": \"u\", \"operation\": \"count\", \"filter\": {}, \"query\": {}"))
                .containsExactly("query");
    }

    @Test
    void constant_options_must_be_valid() {
        assertThat(paths(
                        "\"collection\": \"u\", \"operation\": \"findMany\", \"options\": {\"sort\": {\"a\": 2, \"$natural\": 1}, "
                                + "\"limit\": -1, \"skip\": 1.5, \"projection\": {\"p\": \"yes\"}}"))
                .containsExactlyInAnyOrder(
                        "options.sort.a",
                        "options.sort.$natural",
                        "options.limit",
                        "options.skip",
                        "options.projection.p");
        assertThat(paths("\"collection\": \"u\", \"operation\": \"findMany\", \"options\": {\"sort\": \"n\"}"))
                .containsExactly("options.sort");
    }

    @Test
    void templates_are_checked_with_their_paths() {
        assertThat(
                        check(
                                "\"collection\": \"u\", \"operation\": \"findOne\", \"filter\": {\"a\": \"{{nowhere.result.x}}\"}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("filter", ViolationCode.UNKNOWN_REFERENCE));
        assertThat(check("\"collection\": \"u\", \"operation\": \"findOne\", \"filter\": {\"a\": \"{{ }}\"}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("filter.a", ViolationCode.BAD_TEMPLATE));
    }

    @Test
    void the_secret_is_required_well_formed_and_known() {
        String rest = "\"collection\": \"u\", \"operation\": \"count\"";
        assertThat(MongoNodes.validate(mongodb, "{" + rest + "}"))
                .extracting(Violation::path, Violation::code)
                .containsExactly(tuple("secret", ViolationCode.INVALID_CONFIG));
        assertThat(MongoNodes.validate(mongodb, "{\"secret\": \"Users DB\", " + rest + "}"))
                .extracting(Violation::path)
                .containsExactly("secret");
        List<Violation> unknown = mongodb.validate(
                NodeFixtures.bind(mongodb, "{\"secret\": \"users_db\", " + rest + "}"),
                MongoNodes.validationContext(Set.of("other")));
        assertThat(unknown)
                .extracting(Violation::path, Violation::code, Violation::severity)
                .containsExactly(tuple("secret", ViolationCode.UNKNOWN_SECRET, Violation.Severity.WARNING));
    }

    @Test
    void database_name_must_be_valid_when_set() {
        assertThat(paths("\"database\": \"a/b\", \"collection\": \"u\", \"operation\": \"count\""))
                .containsExactly("database");
        assertThat(paths("\"database\": \"reports\", \"collection\": \"u\", \"operation\": \"count\""))
                .isEmpty();
    }

    @Test
    void the_database_node_needs_no_secret() {
        assertThat(MongoNodes.validate(database, "{\"collection\": \"todos\", \"operation\": \"findMany\"}"))
                .isEmpty();
        assertThat(database.id()).isEqualTo("database");
    }
}
