package dev.streamt.compiler.core.project.load;

/**
 * The bounds that keep reading an untrusted project cheap: the largest file accepted ({@code maxFileBytes}), the number
 * of aliases to collections a YAML document may use ({@code maxAliasesForCollections}), the deepest nesting of
 * mappings and lists ({@code maxNestingDepth}) and the largest number of nodes a document may expand to once its
 * aliases are followed ({@code maxExpandedNodes}, which stops "billion laughs" documents that stay under the alias
 * limit). A file beyond a bound is reported as a diagnostic, never as an exception.
 */
public record LoaderLimits(int maxFileBytes, int maxAliasesForCollections, int maxNestingDepth, long maxExpandedNodes) {

    /** 8 MiB per file, 50 aliases, 64 levels, 2,000,000 expanded nodes. */
    public static final LoaderLimits DEFAULT = new LoaderLimits(8 * 1024 * 1024, 50, 64, 2_000_000L);

    public LoaderLimits {
        if (maxFileBytes < 1 || maxAliasesForCollections < 0 || maxNestingDepth < 2 || maxExpandedNodes < 1) {
            throw new IllegalArgumentException("invalid loader limits");
        }
    }
}
