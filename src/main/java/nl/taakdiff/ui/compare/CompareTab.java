package nl.taakdiff.ui.compare;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The comparison tab; its view model is shared with the Export menu. */
public final class CompareTab implements WorkspaceTab {
    private final AppContext context;
    private final CompareViewModel model;

    public CompareTab(AppContext context, CompareViewModel model) {
        this.context = context;
        this.model = model;
    }

    public CompareViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "compare";
    }

    @Override
    public String titleKey() {
        return "tab.compare";
    }

    @Override
    public int order() {
        return WorkspaceTabs.COMPARE;
    }

    @Override
    public View createView() {
        return new CompareView(model, context.messages());
    }
}
