package org.credibility.jobs.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The first rows of a Spark table as an HTML table (for notebooks: {@code display(html(Tables.html(df, 10)))}). */
public final class Tables {
    private Tables() {
    }

    /** At most {@code limit} rows; only those rows reach the driver. Arrays are joined by ", ". */
    public static String html(Dataset<Row> table, int limit) {
        List<List<?>> rows = new ArrayList<>();
        for (Row r : table.limit(limit).collectAsList()) {
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                Object v = r.get(i);
                cells.add(v instanceof scala.collection.Seq<?> seq ? r.getList(i) : v == null ? "" : v);
            }
            rows.add(cells);
        }
        return Html.table(Arrays.asList(table.columns()), rows);
    }
}
