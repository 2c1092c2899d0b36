package io.dotportion.server.nodetypes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.fixture.greet.GreetNode;
import io.dotportion.core.node.NodeType;
import io.dotportion.nodes.password.PasswordNode;
import io.dotportion.server.support.BuiltInNodeTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Java file outside a node type's own package names that type's id as a string literal: the rest of the
 * codebase asks the node type or its descriptor. What may still name one:
 *
 * <ul>
 *   <li>the node's own package (main and test sources), which is where its id is defined;</li>
 *   <li>{@link #SAME_WORD_OTHER_MEANING}: literals that happen to spell an id but mean something else (the
 *       {@code loop} template root, the {@code mongodb} secret type and URL scheme, OpenAPI's
 *       {@code parameters} keyword and {@code http} security scheme type);</li>
 *   <li>{@link #EVERYDAY_WORDS}: ids that are also the name of a field in every login and signup body
 *       ({@code password}): a literal spelling one anywhere means the field far more often than the node, so the
 *       scan cannot tell them apart and leaves those ids out;</li>
 *   <li>test sources listed in {@code src/test/resources/node-type-literals/test-files.txt}: tests that build
 *       workflows in Java, which are fixtures naming types as data does. The list only shrinks: a new test file
 *       naming an id fails, and a listed file that no longer names one must leave the list. New tests use
 *       the node classes' {@code ID} constants or workflow JSON files (JSON files are not scanned).</li>
 * </ul>
 */
class NodeTypeLiteralsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Map<String, Set<String>> SAME_WORD_OTHER_MEANING = Map.ofEntries(
            Map.entry("core/src/main/java/io/dotportion/core/template/PathParser.java", Set.of("loop")),
            Map.entry("core/src/main/java/io/dotportion/core/engine/StructureCheck.java", Set.of("loop")),
            Map.entry("nodes/src/main/java/io/dotportion/nodes/script/NodeScript.java", Set.of("loop")),
            Map.entry("secrets/src/main/java/io/dotportion/secrets/vault/SecretType.java", Set.of("mongodb")),
            Map.entry("secrets/src/main/java/io/dotportion/secrets/vault/MongoUrlCheck.java", Set.of("mongodb")),
            Map.entry("secrets/src/main/java/io/dotportion/secrets/redact/MongoUrlPasswords.java", Set.of("mongodb")),
            Map.entry(
                    "server/src/main/java/io/dotportion/server/openapi/OpenApiDocument.java",
                    Set.of("parameters", "http")),
            Map.entry("server/src/main/java/io/dotportion/server/openapi/RequestParameters.java", Set.of("parameters")),
            Map.entry("server/src/main/java/io/dotportion/server/spec/ManagementSpec.java", Set.of("http")),
            Map.entry("server/src/main/java/io/dotportion/server/spec/Operations.java", Set.of("parameters")));

    private static final Set<String> EVERYDAY_WORDS = Set.of(PasswordNode.ID);

    @Test
    void no_file_outside_a_node_package_names_a_node_type_id() {
        List<String> found = new ArrayList<>();
        Set<String> testFilesNamingIds = new TreeSet<>();
        for (Path file : javaFiles()) {
            String relative = ROOT.relativize(file).toString().replace('\\', '/');
            for (String literal : JavaStringLiterals.of(read(file))) {
                String owner = packageOf(literal);
                if (owner == null
                        || relative.contains("/" + owner + "/")
                        || SAME_WORD_OTHER_MEANING
                                .getOrDefault(relative, Set.of())
                                .contains(literal)) {
                    continue;
                }
                if (relative.contains("/src/test/")) {
                    testFilesNamingIds.add(relative);
                } else {
                    found.add(relative + ": \"" + literal + "\"");
                }
            }
        }
        Set<String> allowed = allowedTestFiles();
        assertThat(found)
                .as("main sources naming a node type id (ask the descriptor instead)")
                .isEmpty();
        assertThat(testFilesNamingIds)
                .as("test files naming a node type id that are not on the list "
                        + "(use the node classes' ID constants)")
                .isSubsetOf(allowed);
        assertThat(allowed)
                .as("listed test files that no longer name a node type id (take them off the list)")
                .isSubsetOf(testFilesNamingIds);
    }

    @Test
    void the_scanner_sees_literals_but_not_comments_text_blocks_or_characters() {
        String source = "// \"apiStart\"\n/* \"loop\" */ String a = \"logic\"; char q = '\"'; String b = \"x\\\"y\";\n"
                + "String doc = \"\"\"\n  {\"type\": \"response\"}\n  \"\"\";";

        assertThat(JavaStringLiterals.of(source)).containsExactly("logic", "x\\\"y");
    }

    /** The source directory of the package that owns this id, or null when the literal is no id. */
    private static String packageOf(String literal) {
        List<NodeType<?>> types = new ArrayList<>(BuiltInNodeTypes.registry().types());
        types.add(new GreetNode());
        return types.stream()
                .filter(t -> t.id().equals(literal) && !EVERYDAY_WORDS.contains(literal))
                .findFirst()
                .map(t -> t.getClass().getPackageName().replace('.', '/'))
                .orElse(null);
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> files = new ArrayList<>();
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                for (String set : List.of("src/main/java", "src/test/java")) {
                    Path dir = module.resolve(set);
                    if (Files.isDirectory(dir)) {
                        try (Stream<Path> walk = Files.walk(dir)) {
                            walk.filter(p -> p.toString().endsWith(".java")).forEach(files::add);
                        }
                    }
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> allowedTestFiles() {
        Path list = ROOT.resolve("server/src/test/resources/node-type-literals/test-files.txt");
        return new TreeSet<>(read(list)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
