package io.dotportion.core.leak;

import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The leak check: finds credential literals in every string of a value tree (a workflow document as
 * {@link WorkflowDocuments#toValue} gives it, or any JSON-like tree of maps, lists and scalars), at any
 * depth. Each finding names its JSON path ({@code nodes[2].data.headers.Authorization}); a key that is not a
 * plain name is written {@code ["a key"]}. Object keys are names and are not scanned. At most
 * {@link #MAX_FINDINGS} findings are returned. Thread-safe.
 */
public final class CredentialScanner {
    public static final int MAX_FINDINGS = 100;
    private static final int MAX_DEPTH = 256;
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private final TextScan text;

    public CredentialScanner(LeakThresholds thresholds) {
        this.text = new TextScan(thresholds);
    }

    public CredentialScanner() {
        this(LeakThresholds.defaults());
    }

    /** The findings in a workflow document, paths from the document's root ({@code nodes[0].data.code}). */
    public List<Finding> scan(WorkflowDocument document) {
        return scanTree(WorkflowDocuments.toValue(document), "");
    }

    /** The findings in a value tree; {@code root} prefixes every path ("" for none). */
    public List<Finding> scanTree(Object tree, String root) {
        List<Finding> found = new ArrayList<>();
        walk(tree, root, 0, found);
        return List.copyOf(found);
    }

    /** The findings in one string, all at {@code path}. */
    public List<Finding> scanText(String path, String value) {
        return text.scan(path, value);
    }

    private void walk(Object value, String path, int depth, List<Finding> found) {
        if (value == null || found.size() >= MAX_FINDINGS || depth > MAX_DEPTH) {
            return;
        }
        switch (value) {
            case String s -> {
                for (Finding f : text.scan(path, s)) {
                    if (found.size() < MAX_FINDINGS) {
                        found.add(f);
                    }
                }
            }
            case Map<?, ?> map -> {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    walk(e.getValue(), child(path, String.valueOf(e.getKey())), depth + 1, found);
                }
            }
            case List<?> list -> {
                for (int i = 0; i < list.size(); i++) {
                    walk(list.get(i), path + "[" + i + "]", depth + 1, found);
                }
            }
            default -> {
                // numbers, booleans and null hold no credential
            }
        }
    }

    private static String child(String path, String key) {
        if (PLAIN_KEY.matcher(key).matches()) {
            return path.isEmpty() ? key : path + "." + key;
        }
        return path + "[\"" + key.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
