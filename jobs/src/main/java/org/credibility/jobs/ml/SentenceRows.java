package org.credibility.jobs.ml;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.claims.Quantity;
import org.credibility.features.claims.SentenceAnalysis;

/** The Spark row form of {@link SentenceAnalysis}, both ways. */
public final class SentenceRows {
    public static final StructType QUANTITY = new StructType()
            .add("value", DataTypes.StringType)
            .add("unit", DataTypes.StringType);

    public static final StructType SCHEMA = new StructType()
            .add("index", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("check_worthy", DataTypes.BooleanType, false)
            .add("attribution", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("denier", DataTypes.StringType)
            .add("hedge_cues", strings(), false)
            .add("denial_cues", strings(), false)
            .add("numbers", strings(), false)
            .add("actors", strings(), false)
            .add("quantities", DataTypes.createArrayType(QUANTITY), false);

    private SentenceRows() {
    }

    public static org.apache.spark.sql.types.ArrayType strings() {
        return DataTypes.createArrayType(DataTypes.StringType);
    }

    public static Row toRow(SentenceAnalysis s) {
        Row[] quantities = s.quantities().stream()
                .map(q -> RowFactory.create(q.value(), q.unit()))
                .toArray(Row[]::new);
        return RowFactory.create(s.index(), s.text(), s.checkWorthy(), s.attribution(), s.source(),
                s.denier(), array(s.hedgeCues()), array(s.denialCues()), array(s.numbers()), array(s.actors()), quantities);
    }

    public static SentenceAnalysis fromRow(Row r) {
        return new SentenceAnalysis(r.getInt(0), r.getString(1), r.getBoolean(2), r.getString(3), r.getString(4),
                r.getString(5), r.getList(6), r.getList(7), r.getList(8), r.getList(9), quantities(r.getList(10)));
    }

    public static List<SentenceAnalysis> fromRows(List<Row> rows) {
        List<SentenceAnalysis> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            out.add(fromRow(r));
        }
        return out;
    }

    public static List<Quantity> quantities(List<Row> rows) {
        List<Quantity> out = new ArrayList<>(rows.size());
        for (Row q : rows) {
            out.add(new Quantity(q.getString(0), q.getString(1)));
        }
        return out;
    }

    public static String[] array(List<String> values) {
        return values.toArray(String[]::new);
    }
}
