package nl.taakdiff.ui.appraisal;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The Appraisal tab (Afweging); its view model is shared with the presentation. */
public final class AppraisalTab implements WorkspaceTab {
    private final AppContext context;
    private final AppraisalViewModel model;

    public AppraisalTab(AppContext context, CompareViewModel compare) {
        this.context = context;
        this.model = new AppraisalViewModel(context.session(), context.jobs(), context.messages(), compare);
    }

    public AppraisalViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "appraisal";
    }

    @Override
    public String titleKey() {
        return "tab.appraisal";
    }

    @Override
    public int order() {
        return WorkspaceTabs.APPRAISAL;
    }

    @Override
    public View createView() {
        return new AppraisalView(model, context.messages(), context.dialogs());
    }
}
