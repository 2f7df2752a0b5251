package nl.taakdiff.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.taakdiff.engine.Metric;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A metric by its file name, e.g. {@code total_cost}. */
final class MetricConverter implements ITypeConverter<Metric> {
    @Override
    public Metric convert(String value) {
        for (Metric metric : Metric.values()) {
            if (metric.key().equalsIgnoreCase(value.strip())) {
                return metric;
            }
        }
        throw new TypeConversionException("'" + value + "' is not a metric; use one of "
                + Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(", ")));
    }
}
