package org.costclose.intake;

/** Streams valid rows of one import into its staging table, inside the import's transaction. */
interface StageWriter extends AutoCloseable {

    void write(ParsedRow row);

    /** makes every written row visible to the following SQL of the same transaction */
    void finish();

    @Override
    void close();
}
