package io.github.supportkpi.wire;

import java.util.ArrayList;
import java.util.List;

/** Where a reader is, for messages: {@code document.tally.segments[3].tally.numerator}. */
final class FieldPath {
    private final List<String> names = new ArrayList<>();
    private final List<int[]> next = new ArrayList<>();

    FieldPath(String root) {
        names.add(root);
        next.add(null);
    }

    private boolean inArray() {
        return next.get(next.size() - 1) != null;
    }

    /**
     * The path of a field of the innermost object, or (with a null field) of the next element of the current
     * array. Elements have no names, so a field named inside an array is one of the object holding the array,
     * such as the array itself.
     */
    String of(String field) {
        int last = names.size() - 1;
        if (field != null) {
            while (next.get(last) != null) {
                last--;
            }
        }
        StringBuilder b = new StringBuilder();
        for (String n : names.subList(0, last + 1)) {
            if (b.length() > 0 && !n.startsWith("[")) {
                b.append('.');
            }
            b.append(n);
        }
        if (field != null) {
            b.append('.').append(field);
        } else if (next.get(last) != null) {
            b.append('[').append(next.get(next.size() - 1)[0]).append(']');
        }
        return b.toString();
    }

    /** Enters an object or array that is a field, or the next element. */
    void enter(String field, boolean array) {
        names.add(field != null ? field : inArray() ? "[" + next.get(next.size() - 1)[0] + "]" : "?");
        next.add(array ? new int[] {0} : null);
    }

    /** Leaves it; an element moves its array on. */
    void leave() {
        String name = names.remove(names.size() - 1);
        next.remove(next.size() - 1);
        if (name.startsWith("[")) {
            consumed(null);
        }
    }

    /** A value was read: an element moves its array on. */
    void consumed(String field) {
        if (field == null && inArray()) {
            next.get(next.size() - 1)[0]++;
        }
    }
}
