package nl.taakdiff.ui.municipalities;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The municipalities tab: the data set under the current scenario, and its overrides. */
public final class MunicipalitiesTab implements WorkspaceTab {
    private final AppContext context;
    private final MunicipalitiesViewModel model;

    public MunicipalitiesTab(AppContext context) {
        this.context = context;
        this.model = new MunicipalitiesViewModel(context.session(), context.jobs(), context.messages());
    }

    public MunicipalitiesViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "municipalities";
    }

    @Override
    public String titleKey() {
        return "tab.municipalities";
    }

    @Override
    public int order() {
        return WorkspaceTabs.MUNICIPALITIES;
    }

    @Override
    public View createView() {
        return new MunicipalitiesView(model, context.messages());
    }
}
