package dev.streamt.contracts.json;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as the contracts write it: 64 lowercase hex digits (manifest ids, {@code manifest_ref.sha256}). Pure. */
public final class Sha256 {

    private Sha256() {
    }

    /** The digest of {@code bytes} in lowercase hex. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(newDigest().digest(bytes));
    }

    /** A fresh digest, for bytes that arrive in pieces. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
