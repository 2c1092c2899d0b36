package io.dotportion.core.template;

import java.util.List;

/**
 * A {@link TemplatePath} prepared once for evaluation: its segments as an array and the array index each one
 * denotes already parsed, so that a request only reads maps and lists.
 */
final class CompiledPath {
    private final TemplatePath.Root root;
    private final String nodeId;
    private final String[] keys;
    private final int[] indexes;

    private CompiledPath(TemplatePath.Root root, String nodeId, String[] keys, int[] indexes) {
        this.root = root;
        this.nodeId = nodeId;
        this.keys = keys;
        this.indexes = indexes;
    }

    static CompiledPath of(TemplatePath path) {
        List<String> segments = path.segments();
        String[] keys = segments.toArray(new String[0]);
        int[] indexes = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            indexes[i] = Paths.index(keys[i]);
        }
        return new CompiledPath(path.root(), path.nodeId(), keys, indexes);
    }

    Object resolve(TemplateScope scope) {
        Object value = Paths.root(root, nodeId, scope);
        for (int i = 0; i < keys.length && value != null; i++) {
            value = Paths.child(value, keys[i], indexes[i]);
        }
        return value;
    }
}
