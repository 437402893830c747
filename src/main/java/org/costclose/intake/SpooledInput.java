package org.costclose.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload read once from the network but readable twice: the first pass copies every byte it reads
 * into a temporary file, and the second pass (only needed when the optimistic path fails) reads the
 * rest of the upload into it and then reads the file. The file is deleted on close.
 */
final class SpooledInput implements AutoCloseable {

    private final InputStream source;
    private final Path spool;
    private final OutputStream copy;

    SpooledInput(InputStream source) throws IOException {
        this.source = source;
        this.spool = Files.createTempFile("costclose-intake-", ".csv");
        this.copy = Files.newOutputStream(spool);
    }

    InputStream firstPass() {
        return new FilterInputStream(source) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    copy.write(b);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    copy.write(buffer, offset, n);
                }
                return n;
            }

            @Override
            public void close() {
                // the upload stays open for the second pass; SpooledInput.close ends it
            }
        };
    }

    InputStream secondPass() throws IOException {
        source.transferTo(copy);
        copy.close();
        return Files.newInputStream(spool);
    }

    @Override
    public void close() throws IOException {
        copy.close();
        Files.deleteIfExists(spool);
    }
}
