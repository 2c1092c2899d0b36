package io.dotportion.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.nodes.script.ScriptException;
import io.dotportion.secrets.key.MasterKeyException;
import io.dotportion.secrets.vault.SecretInputException;
import io.dotportion.secrets.vault.SecretUnavailableException;
import io.dotportion.server.http.ApiError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/ERRORS.md names every stable code and nothing else: each constant of the code enums appears in it,
 * each code in a table's first column is a constant of one of them, a status beside an API or runtime code is
 * that code's, and no enum of codes exists in the sources that this test does not know.
 */
class ErrorDocsTest {
    static final Path ERRORS_MD = Path.of("..", "docs", "ERRORS.md");
    private static final List<Class<? extends Enum<?>>> CODES = List.of(
            ApiError.class,
            ErrorCode.class,
            ViolationCode.class,
            SecretInputException.Code.class,
            SecretUnavailableException.Code.class,
            MasterKeyException.Code.class,
            ScriptException.Kind.class,
            EgressDecision.Reason.class);
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z][A-Z0-9_]+)` \\| ([^|]*)\\|", Pattern.MULTILINE);
    private static final Pattern QUOTED = Pattern.compile("`([A-Z][A-Z0-9_]{2,})`");
    private static final Pattern ENUM = Pattern.compile("\\benum\\s+(\\w+)\\s*\\{");
    private static final Pattern STATUS = Pattern.compile("^\\s*(\\d{3})\\s*$");

    @Test
    void every_code_is_in_the_error_docs() throws IOException {
        Set<String> quoted = matches(QUOTED, Files.readString(ERRORS_MD));

        assertThat(CODES)
                .allSatisfy(type -> assertThat(quoted).as(type.getName()).containsAll(names(type)));
    }

    @Test
    void every_code_the_error_docs_list_exists() throws IOException {
        Set<String> known = CODES.stream().flatMap(type -> names(type).stream()).collect(Collectors.toSet());
        Set<String> listed = rows().keySet();

        assertThat(new TreeSet<>(listed))
                .as("codes in docs/ERRORS.md tables that no enum has")
                .allSatisfy(code -> assertThat(known).contains(code));
    }

    @Test
    void a_status_beside_a_code_is_the_status_it_answers_with() throws IOException {
        Map<String, Set<Integer>> statuses = new HashMap<>();
        Arrays.stream(ApiError.values())
                .forEach(e ->
                        statuses.computeIfAbsent(e.name(), k -> new TreeSet<>()).add(e.status()));
        Arrays.stream(ErrorCode.values())
                .forEach(e ->
                        statuses.computeIfAbsent(e.name(), k -> new TreeSet<>()).add(e.status()));
        Map<String, List<Integer>> documented = new HashMap<>();
        rows().forEach((code, cells) -> cells.stream()
                .map(STATUS::matcher)
                .filter(Matcher::matches)
                .forEach(m ->
                        documented.computeIfAbsent(code, k -> new ArrayList<>()).add(Integer.parseInt(m.group(1)))));

        assertThat(documented.keySet())
                .as("API and runtime codes with a status row")
                .containsAll(statuses.keySet());
        assertThat(documented)
                .allSatisfy((code, listed) ->
                        assertThat(statuses.get(code)).as(code).isNotNull().containsAll(listed));
    }

    /** A new enum of codes (named *Code or *Error, or nested in an exception) must be added to {@link #CODES}. */
    @Test
    void no_enum_of_codes_is_left_out() throws IOException {
        Set<String> covered = CODES.stream().map(ErrorDocsTest::key).collect(Collectors.toSet());
        Set<String> found = new TreeSet<>();
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            for (Path main : modules.map(m -> m.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(main)) {
                    for (Path file :
                            files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        String owner = file.getFileName().toString().replace(".java", "");
                        for (String name : matches(ENUM, Files.readString(file))) {
                            String key = name.equals(owner) ? name : owner + "." + name;
                            if (name.endsWith("Code") || name.endsWith("Error") || owner.endsWith("Exception")) {
                                found.add(key);
                            }
                        }
                    }
                }
            }
        }

        assertThat(found).isNotEmpty().allSatisfy(key -> assertThat(covered).contains(key));
    }

    /** Each table row's code and its other cells. */
    private static Map<String, List<String>> rows() throws IOException {
        Map<String, List<String>> rows = new HashMap<>();
        Matcher m = ROW.matcher(Files.readString(ERRORS_MD));
        while (m.find()) {
            rows.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(m.group(2));
        }
        return rows;
    }

    private static Set<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
    }

    private static String key(Class<?> type) {
        return type.getEnclosingClass() == null
                ? type.getSimpleName()
                : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
