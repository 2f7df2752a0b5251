package nl.taakdiff.model;

import java.util.Objects;

/**
 * Where (part of) a municipality of one data set went in a later one: {@code areaShare} is the
 * share of the old municipality's area that lies in the new one. A municipality that still exists
 * has itself as successor; a merged one has one successor with another code; a divided one has
 * several.
 */
public record Successor(String oldCode, String oldName, String newCode, String newName, double areaShare) {
    public Successor {
        Objects.requireNonNull(oldCode, "oldCode");
        Objects.requireNonNull(newCode, "newCode");
        oldName = oldName == null ? "" : oldName;
        newName = newName == null ? "" : newName;
        if (!(areaShare > 0 && areaShare <= 1)) {
            throw new IllegalArgumentException("area share must be in (0, 1]: " + areaShare);
        }
    }

    public boolean sameCode() {
        return oldCode.equals(newCode);
    }
}
