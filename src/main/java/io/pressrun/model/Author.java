package io.pressrun.model;

import java.util.Objects;

/** An author: name required; role and bio may be empty. */
public record Author(String name, String role, String bio) {
    public Author {
        Objects.requireNonNull(name, "name");
        role = role == null ? "" : role;
        bio = bio == null ? "" : bio;
    }
}
