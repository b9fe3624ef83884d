package dev.streamt.lineage.graph;

import java.util.Arrays;

/** A growable list of ints without boxing, for building adjacency arrays. Not thread-safe. */
final class IntList {

    private int[] values = new int[4];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }

    /** Adjacency arrays of {@code count} slots: an empty list where nothing was added. */
    static int[][] toArrays(IntList[] lists, int count) {
        int[][] arrays = new int[count][];
        for (int i = 0; i < count; i++) {
            arrays[i] = lists[i] == null ? EMPTY : lists[i].toArray();
        }
        return arrays;
    }

    static final int[] EMPTY = new int[0];
}
