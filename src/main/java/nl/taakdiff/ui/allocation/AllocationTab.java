package nl.taakdiff.ui.allocation;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The allocation matrix tab. */
public final class AllocationTab implements WorkspaceTab {
    private final AppContext context;
    private final AllocationViewModel model;

    public AllocationTab(AppContext context) {
        this.context = context;
        this.model = new AllocationViewModel(context.session());
    }

    public AllocationViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "allocation";
    }

    @Override
    public String titleKey() {
        return "tab.allocation";
    }

    @Override
    public int order() {
        return WorkspaceTabs.ALLOCATION;
    }

    @Override
    public View createView() {
        return new AllocationView(model, context.messages());
    }
}
