package nl.taakdiff.ui.present;

import java.util.ArrayList;
import java.util.List;
import nl.taakdiff.engine.Comparison;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.sensitivity.SensitivitySlides;

/**
 * Speaker notes for the presenter view, generated from what each screen shows: the figures to
 * say out loud, so that the presenter need not read them off the audience screen.
 */
final class SlideNotes {
    private final PresentationViewModel model;

    SlideNotes(PresentationViewModel model) {
        this.model = model;
    }

    String of(Page page) {
        Messages messages = model.messages();
        if (model.result() == null) {
            return messages.get("present.empty.advice");
        }
        return switch (page.slide()) {
            case TITLE -> messages.get("present.notes.title", model.scenarioNames().get(0),
                    String.join(", ", model.scenarioNames().subList(1, model.scenarioNames().size())),
                    model.session().study().dataset().name());
            case OPTIONS -> options();
            case CLASS_COST -> classes();
            case MAP -> model.title(page.slide()) + "\n" + model.subtitle(page.slide());
            case OUTCOMES -> outcomes();
            case APPRAISAL -> model.subtitle(page.slide()) + "\n" + messages.get("present.appraisal.hint");
            case EXPLORE -> model.subtitle(page.slide());
            case TORNADO -> new SensitivitySlides(model.sensitivity()).tornadoNotes();
            case UNCERTAINTY -> new SensitivitySlides(model.sensitivity()).uncertaintyNotes();
            case ASSUMPTIONS -> assumptions(page);
        };
    }

    private String options() {
        List<String> lines = new ArrayList<>();
        for (PresentationViewModel.KpiRow kpi : model.kpis()) {
            PresentationViewModel.KpiCell first = kpi.alternatives().get(0);
            lines.add(model.messages().get("present.notes.kpi", kpi.name(), kpi.baseline(), first.value(),
                    first.delta()));
        }
        return String.join("\n", lines);
    }

    private String classes() {
        ClassDeltas deltas = model.classDeltas();
        List<String> lines = new ArrayList<>();
        for (ClassDeltas.Series s : deltas.series()) {
            lines.add(s.name() + ":");
            for (int c = 0; c < deltas.classes().size(); c++) {
                lines.add("  " + model.messages().get("present.notes.class", deltas.classes().get(c), s.labels().get(c)));
            }
        }
        return String.join("\n", lines);
    }

    private String outcomes() {
        Messages messages = model.messages();
        Comparison c = model.focus();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get("present.notes.outcomes", c.winners().size(), c.losers().size()));
        var winners = model.winners();
        var losers = model.losers();
        if (!winners.isEmpty()) {
            lines.add(messages.get("present.notes.winner", winners.get(0).name(), winners.get(0).delta()));
        }
        if (!losers.isEmpty()) {
            lines.add(messages.get("present.notes.loser", losers.get(0).name(), losers.get(0).delta()));
        }
        lines.add(messages.get("present.notes.threshold",
                messages.formats().money(c.threshold())));
        return String.join("\n", lines);
    }

    private String assumptions(Page page) {
        Messages messages = model.messages();
        var parts = model.assumptionParts();
        var part = parts.get(Math.min(page.part(), parts.size() - 1));
        List<String> lines = new ArrayList<>();
        for (var s : part.scenarios()) {
            lines.add(messages.get("present.notes.assumptions.scenario", s.name(), s.overrides().size()));
        }
        if (!part.tasks().isEmpty()) {
            lines.add(messages.get("present.notes.assumptions.tasks", part.tasks().size(),
                    part.tasks().get(0).task(), part.tasks().get(part.tasks().size() - 1).task()));
        }
        return String.join("\n", lines);
    }
}
