package nl.taakdiff.model;

import java.util.Objects;

/** One region of a region type, e.g. {@code jeugdregio JZ01 Groningen}. */
public record Region(String type, String code, String name) {
    public Region {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }
}
