package nl.taakdiff.ui.sensitivity;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The Sensitivity tab: tornado and Monte Carlo of the comparison on screen. */
public final class SensitivityTab implements WorkspaceTab {
    private final SensitivityViewModel model;

    public SensitivityTab(AppContext context, CompareViewModel compare) {
        this.model = new SensitivityViewModel(context.session(), compare, context.jobs(), context.messages());
    }

    public SensitivityViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "sensitivity";
    }

    @Override
    public String titleKey() {
        return "tab.sensitivity";
    }

    @Override
    public int order() {
        return WorkspaceTabs.SENSITIVITY;
    }

    @Override
    public View createView() {
        return new SensitivityView(model);
    }
}
