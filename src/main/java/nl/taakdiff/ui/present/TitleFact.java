package nl.taakdiff.ui.present;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.session.Session;

/** A line of the title slide: what it is, and its value. */
public record TitleFact(String key, String label, String value) {

    /** The baseline, the alternatives, the data set (with its size) and the date, in the UI language. */
    static List<TitleFact> of(Session session, CompareViewModel.Result r, Messages messages, LocalDate today) {
        List<TitleFact> facts = new ArrayList<>();
        if (r != null) {
            facts.add(new TitleFact("baseline", messages.get("present.title.baseline"), r.baseline().scenario().name()));
            facts.add(new TitleFact("alternatives", messages.get("present.title.alternatives"),
                    String.join(" · ", r.alternativeNames())));
        }
        var dataset = session.study().dataset();
        facts.add(new TitleFact("dataset", messages.get("present.title.dataset"), messages.get(
                "present.title.datasetValue", dataset.name(), messages.formats().count(dataset.municipalities().size()),
                messages.formats().count(session.study().tasks().size()))));
        facts.add(new TitleFact("date", messages.get("present.title.date"),
                today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(messages.locale()))));
        return facts;
    }

    static String studyName(Session session) {
        var library = session.library();
        if (library != null && library.path() != null) {
            String file = library.path().getFileName().toString();
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }
        return library != null && !library.location().isBlank() ? library.location()
                : session.study().dataset().name();
    }
}
