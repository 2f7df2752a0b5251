package nl.taakdiff.ui.tiering;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The size classes tab. */
public final class TieringTab implements WorkspaceTab {
    private final AppContext context;
    private final TieringViewModel model;

    public TieringTab(AppContext context) {
        this.context = context;
        this.model = new TieringViewModel(context.session(), context.messages());
    }

    public TieringViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "tiering";
    }

    @Override
    public String titleKey() {
        return "tab.tiering";
    }

    @Override
    public int order() {
        return WorkspaceTabs.TIERING;
    }

    @Override
    public View createView() {
        return new TieringView(model, context.messages());
    }
}
