package org.sitrep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * The reading step of the job, run on the executors over {@code binaryFiles}: one file's items, read by
 * {@link InputFile}. As in {@code sitrep analyze}, a folder's notes ({@code README}, {@code LICENSE},
 * {@code COPYING}, any extension) are not documents and are skipped; Hadoop already skips hidden files. The items of one file are held in memory until the step hands them on (the WARC reader
 * pushes records to a callback), so one WARC's pages must fit in the executor's heap beside the models.
 */
final class FileItems implements FlatMapFunction<Tuple2<String, PortableDataStream>, InputItem> {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FOLDER_NOTES = Set.of("readme", "license", "licence", "copying");

    private final long maxBytes;

    FileItems(long maxBytes) {
        new InputFile(maxBytes); // checks the limit on the driver, before any task runs
        this.maxBytes = maxBytes;
    }

    @Override
    public Iterator<InputItem> call(Tuple2<String, PortableDataStream> file) {
        String path = file._1();
        List<InputItem> items = new ArrayList<>();
        if (isFolderNote(path)) {
            return items.iterator();
        }
        try (InputStream in = file._2().open()) {
            new InputFile(maxBytes).read(path, in, items::add);
        } catch (IOException e) {
            items.add(new InputItem.Unreadable(path, "unreadable", "cannot open: " + e.getMessage()));
        }
        return items.iterator();
    }

    static boolean isFolderNote(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return FOLDER_NOTES.contains((dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT));
    }
}
