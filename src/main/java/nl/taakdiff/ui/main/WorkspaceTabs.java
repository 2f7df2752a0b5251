package nl.taakdiff.ui.main;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.allocation.AllocationTab;
import nl.taakdiff.ui.compare.CompareTab;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.explore.ExploreTab;
import nl.taakdiff.ui.map.MapTab;
import nl.taakdiff.ui.municipalities.MunicipalitiesTab;
import nl.taakdiff.ui.tasks.TasksTab;
import nl.taakdiff.ui.tiering.TieringTab;

/** The tabs of the main window, in order. Register new tabs in {@link #standard}. */
public final class WorkspaceTabs {
    public static final int ALLOCATION = 100;
    /** Reserved: size classes of the current scenario (issue 4, second engineer). */
    public static final int TIERING = 200;
    /** Reserved: the task catalogue and its cost parameters. */
    public static final int TASKS = 300;
    /** Reserved: municipalities, their overrides and the map. */
    public static final int MUNICIPALITIES = 400;
    public static final int COMPARE = 900;
    /** The map of the municipalities (issue 5), after Compare whose result it colours. */
    public static final int MAP = 950;
    /** Explore: the optimal allocation for prices of capacity risk and direct control. */
    public static final int EXPLORE = 980;

    private WorkspaceTabs() {
    }

    public static List<WorkspaceTab> standard(AppContext context, CompareViewModel compare) {
        List<WorkspaceTab> tabs = new ArrayList<>();
        tabs.add(new AllocationTab(context));
        tabs.add(new TieringTab(context));
        tabs.add(new TasksTab(context));
        tabs.add(new MunicipalitiesTab(context));
        tabs.add(new CompareTab(context, compare));
        tabs.add(new MapTab(context, compare));
        tabs.add(new ExploreTab(context));
        tabs.sort(Comparator.comparingInt(WorkspaceTab::order));
        return tabs;
    }
}
