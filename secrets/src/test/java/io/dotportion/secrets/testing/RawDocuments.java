package io.dotportion.secrets.testing;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/** Every document of every collection as JSON, for comparing a database before and after. */
public final class RawDocuments {

    private RawDocuments() {}

    public static Map<String, List<String>> snapshot(MongoDatabase database) {
        Map<String, List<String>> snapshot = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            List<String> documents = new ArrayList<>();
            for (Document document : database.getCollection(name).find()) {
                documents.add(document.toJson());
            }
            documents.sort(String::compareTo);
            snapshot.put(name, documents);
        }
        return snapshot;
    }
}
