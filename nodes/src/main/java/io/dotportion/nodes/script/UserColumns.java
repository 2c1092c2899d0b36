package io.dotportion.nodes.script;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a column of the rewritten script (each {@code {{ path }}} replaced by its bound variable, lines kept)
 * (a quoted one with its quotes) back to the column in the line the user wrote, so a syntax error after a placeholder points at the
 * user's own character.
 */
final class UserColumns {
    private static final Pattern BOUND = Pattern.compile("\\(__tpl\\d+(?: == null \\? '' : String\\(__tpl\\d+\\))?\\)");

    private UserColumns() {}

    /** The 1-based column in {@code original}'s line {@code line} for 1-based {@code column} in {@code rewritten}. */
    static int of(String original, String rewritten, int line, int column) {
        String[] users = original.split("\n", -1);
        String[] ours = rewritten.split("\n", -1);
        if (line < 1 || line > users.length || line > ours.length || column < 1) {
            return column;
        }
        String user = users[line - 1];
        String our = ours[line - 1];
        int u = 0;
        int r = 0;
        int target = column - 1;
        while (r < target && r < our.length() && u < user.length()) {
            Matcher bound = BOUND.matcher(our).region(r, our.length());
            int open = user.startsWith("{{", u) ? u : user.startsWith("{{", u + 1) ? u + 1 : -1;
            int close = open < 0 ? -1 : user.indexOf("}}", open);
            if (close >= 0 && bound.lookingAt()) {
                if (bound.end() > target) {
                    return u + 1;
                }
                u = close + 2 + (open - u);
                r = bound.end();
            } else {
                u++;
                r++;
            }
        }
        return u + (target - r) + 1;
    }
}
