package nl.taakdiff.ui.tabs;

import java.util.List;
import java.util.Optional;
import nl.taakdiff.ui.allocation.AllocationView;
import nl.taakdiff.ui.allocation.AllocationViewModel;
import nl.taakdiff.ui.appraisal.AppraisalView;
import nl.taakdiff.ui.appraisal.AppraisalViewModel;
import nl.taakdiff.ui.common.Messages;
import nl.taakdiff.ui.compare.CompareView;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.explore.ExploreView;
import nl.taakdiff.ui.explore.ExploreViewModel;
import nl.taakdiff.ui.map.MapView;
import nl.taakdiff.ui.map.MapViewModel;
import nl.taakdiff.ui.municipalities.MunicipalitiesView;
import nl.taakdiff.ui.municipalities.MunicipalitiesViewModel;
import nl.taakdiff.ui.sensitivity.SensitivityView;
import nl.taakdiff.ui.sensitivity.SensitivityViewModel;
import nl.taakdiff.ui.tasks.TasksView;
import nl.taakdiff.ui.tasks.TasksViewModel;
import nl.taakdiff.ui.tiering.TieringView;
import nl.taakdiff.ui.tiering.TieringViewModel;
import nl.taakdiff.ui.workspace.AppContext;
import nl.taakdiff.ui.workspace.WorkspaceTab;

/**
 * The one registration of the main window's tabs, in the order they appear. This package sits
 * above the tab packages and below the main window, so neither knows the other.
 */
public final class WorkspaceTabs {
    private WorkspaceTabs() {
    }

    /**
     * The standard tabs. {@code compare}, {@code map} and {@code appraisal} are built by the main
     * window because the Export menu and the presentation share them.
     */
    public static List<WorkspaceTab> standard(AppContext context, CompareViewModel compare, MapViewModel map,
                                              AppraisalViewModel appraisal) {
        Messages messages = context.messages();
        var allocation = new AllocationViewModel(context.session());
        var tiering = new TieringViewModel(context.session(), messages);
        var tasks = new TasksViewModel(context.session(), messages);
        var municipalities = new MunicipalitiesViewModel(context.session(), context.jobs(), messages);
        var explore = new ExploreViewModel(context.session(), context.jobs(), messages);
        var sensitivity = new SensitivityViewModel(context.session(), compare, context.jobs(), messages);
        return List.of(
                new WorkspaceTab("allocation", "tab.allocation", allocation,
                        () -> new AllocationView(allocation, messages, compare)),
                new WorkspaceTab("tiering", "tab.tiering", tiering, () -> new TieringView(tiering, messages)),
                new WorkspaceTab("tasks", "tab.tasks", tasks, () -> new TasksView(tasks, messages)),
                new WorkspaceTab("municipalities", "tab.municipalities", municipalities,
                        () -> new MunicipalitiesView(municipalities, messages)),
                new WorkspaceTab("compare", "tab.compare", compare, () -> new CompareView(compare, messages)),
                new WorkspaceTab("map", "tab.map", map, () -> new MapView(map)),
                new WorkspaceTab("sensitivity", "tab.sensitivity", sensitivity, () -> new SensitivityView(sensitivity)),
                new WorkspaceTab("appraisal", "tab.appraisal", appraisal,
                        () -> new AppraisalView(appraisal, messages, context.dialogs())),
                new WorkspaceTab("explore", "tab.explore", explore, () -> new ExploreView(explore, messages)));
    }

    /** The view model of the first tab whose model is a {@code type}. */
    public static <M> Optional<M> model(List<WorkspaceTab> tabs, Class<M> type) {
        return tabs.stream().map(WorkspaceTab::model).filter(type::isInstance).map(type::cast).findFirst();
    }
}
