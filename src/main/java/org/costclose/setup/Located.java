package org.costclose.setup;

/** A value read from the setup together with the place it was read from. */
record Located<T>(T value, Place place) {
}
