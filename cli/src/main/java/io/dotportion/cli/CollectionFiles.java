package io.dotportion.cli;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * One collection as files: {@code <name>.jsonl} with one document per line in MongoDB extended JSON (so
 * binaries, dates and 64-bit numbers come back as they were) and {@code <name>.indexes.jsonl} with its
 * secondary indexes.
 */
final class CollectionFiles {
    static final String DOCUMENTS = ".jsonl";
    static final String INDEXES = ".indexes.jsonl";
    private static final JsonWriterSettings EXTENDED =
            JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
    private static final String ID_INDEX = "_id_";

    private final int batchSize;

    CollectionFiles(int batchSize) {
        this.batchSize = batchSize;
    }

    /** Writes the collection's documents and indexes into {@code dir}; returns how many documents. */
    long dump(MongoCollection<Document> collection, Path dir) {
        String name = collection.getNamespace().getCollectionName();
        long count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(dir.resolve(name + DOCUMENTS), StandardCharsets.UTF_8)) {
            for (Document document : collection.find().batchSize(batchSize)) {
                out.write(document.toJson(EXTENDED));
                out.newLine();
                count++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(name + DOCUMENTS), e);
        }
        List<String> indexes = new ArrayList<>();
        for (Document index : collection.listIndexes()) {
            if (!ID_INDEX.equals(index.getString("name"))) {
                indexes.add(index.toJson(EXTENDED));
            }
        }
        write(dir.resolve(name + INDEXES), indexes);
        return count;
    }

    /** Inserts the documents of {@code file} into {@code collection} in batches; returns how many. */
    long load(Path file, MongoCollection<Document> collection) {
        long count = 0;
        List<Document> batch = new ArrayList<>(batchSize);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(Document.parse(line));
                if (batch.size() == batchSize) {
                    count += flush(collection, batch);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return count + flush(collection, batch);
    }

    /** Creates the indexes listed in {@code file} (key, name, unique, sparse, TTL and partial filter). */
    void loadIndexes(Path file, MongoCollection<Document> collection) {
        if (!Files.exists(file)) {
            return;
        }
        for (Document index : documents(file)) {
            IndexOptions options = new IndexOptions()
                    .name(index.getString("name"))
                    .unique(index.getBoolean("unique", false))
                    .sparse(index.getBoolean("sparse", false));
            if (index.get("expireAfterSeconds") instanceof Number seconds) {
                options.expireAfter(seconds.longValue(), TimeUnit.SECONDS);
            }
            if (index.get("partialFilterExpression") instanceof Document filter) {
                options.partialFilterExpression(filter);
            }
            collection.createIndex(index.get("key", Document.class), options);
        }
    }

    /** Every document of a file (for small files, such as the keysets). */
    static List<Document> documents(Path file) {
        List<Document> all = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    all.add(Document.parse(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return all;
    }

    private static int flush(MongoCollection<Document> collection, List<Document> batch) {
        int n = batch.size();
        if (n > 0) {
            collection.insertMany(batch);
            batch.clear();
        }
        return n;
    }

    private static void write(Path file, List<String> lines) {
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
