package nl.taakdiff.ui.tasks;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The task catalogue tab. */
public final class TasksTab implements WorkspaceTab {
    private final AppContext context;
    private final TasksViewModel model;

    public TasksTab(AppContext context) {
        this.context = context;
        this.model = new TasksViewModel(context.session(), context.messages());
    }

    public TasksViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "tasks";
    }

    @Override
    public String titleKey() {
        return "tab.tasks";
    }

    @Override
    public int order() {
        return WorkspaceTabs.TASKS;
    }

    @Override
    public View createView() {
        return new TasksView(model, context.messages());
    }
}
