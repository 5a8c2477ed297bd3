package org.mlasuite.incoming.rest;

import java.util.List;
import java.util.Locale;
import org.mlasuite.incoming.domain.Statistics;

/** The statistics as CSV: one line per group (dimension, key, count, closed, median days). */
final class StatisticsCsv {

    private StatisticsCsv() {
    }

    static String of(Statistics s) {
        StringBuilder out = new StringBuilder("dimension,key,count,closed,median_handling_days\r\n");
        out.append("all,all,").append(s.total()).append(',').append(s.closed()).append(',').append(days(s.medianHandlingDays())).append("\r\n");
        append(out, "state", s.byState());
        append(out, "type", s.byType());
        append(out, "status", s.byStatus());
        return out.toString();
    }

    private static void append(StringBuilder out, String dimension, List<Statistics.Group> groups) {
        for (Statistics.Group g : groups) {
            out.append(dimension).append(',').append(g.key()).append(',').append(g.count()).append(',').append(g.closed())
                    .append(',').append(days(g.medianHandlingDays())).append("\r\n");
        }
    }

    private static String days(Double d) {
        return d == null ? "" : String.format(Locale.ROOT, "%.1f", d);
    }
}
