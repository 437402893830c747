package org.costclose.intake.bench;

/** One timed load: rows stored, wall time, and the heap peaks seen while it ran. */
public record Measurement(String label, long rows, long nanos, long peakHeapUsed, long peakHeapAfterGc) {

    public double seconds() {
        return nanos / 1e9;
    }

    public double rowsPerSecond() {
        return rows / seconds();
    }

    public String line() {
        return String.format("%-7s %,12d rows  %8.1f s  %,10.0f rows/s  peak heap used %4d MB, after GC %4d MB",
                label, rows, seconds(), rowsPerSecond(), peakHeapUsed >> 20, peakHeapAfterGc >> 20);
    }
}
