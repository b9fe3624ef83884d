package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.Require;
import java.util.regex.Pattern;

/**
 * Where a manifest too large to travel inside its event can be fetched (ARCHITECTURE.md, Messages): the compiler
 * serves its exact bytes at {@code url}; a consumer reads at most {@code size_bytes} of them and accepts them only
 * when their SHA-256 is {@code sha256}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ManifestRef(String id, long sizeBytes, String sha256, String url) {

    private static final Pattern MANIFEST_ID = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ManifestRef {
        Require.nonBlank(id, "id");
        if (!MANIFEST_ID.matcher(id).matches()) {
            throw new ContractViolationException("id: must be a manifest id (sha256:<64 hex digits>), got '" + id + "'");
        }
        if (sizeBytes <= 0) {
            throw new ContractViolationException("size_bytes: must be positive, got " + sizeBytes);
        }
        Require.nonBlank(sha256, "sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw new ContractViolationException("sha256: must be 64 lowercase hex digits");
        }
        Require.nonBlank(url, "url");
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new ContractViolationException("url: must be an http or https URL, got '" + url + "'");
        }
    }
}
