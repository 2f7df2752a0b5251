package nl.taakdiff.ui.explore;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The Explore tab (Verkennen). */
public final class ExploreTab implements WorkspaceTab {
    private final AppContext context;
    private final ExploreViewModel model;

    public ExploreTab(AppContext context) {
        this.context = context;
        this.model = new ExploreViewModel(context.session(), context.jobs(), context.messages());
    }

    public ExploreViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "explore";
    }

    @Override
    public String titleKey() {
        return "tab.explore";
    }

    @Override
    public int order() {
        return WorkspaceTabs.EXPLORE;
    }

    @Override
    public View createView() {
        return new ExploreView(model, context.messages());
    }
}
