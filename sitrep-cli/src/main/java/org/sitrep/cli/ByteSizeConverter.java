package org.sitrep.cli;

import org.sitrep.ingest.ByteSizes;
import org.sitrep.ingest.InputFiles;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --max-bytes}: a size such as {@code 16MiB}, between 1 byte and {@link InputFiles#MAX_LIMIT}. */
final class ByteSizeConverter implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
        long bytes;
        try {
            bytes = ByteSizes.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
        if (bytes < 1 || bytes > InputFiles.MAX_LIMIT) {
            throw new TypeConversionException("must be between 1 byte and " + ByteSizes.describe(InputFiles.MAX_LIMIT)
                    + ", got '" + value + "'");
        }
        return bytes;
    }
}
