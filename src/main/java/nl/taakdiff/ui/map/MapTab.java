package nl.taakdiff.ui.map;

import nl.taakdiff.ui.AppContext;
import nl.taakdiff.ui.common.View;
import nl.taakdiff.ui.compare.CompareViewModel;
import nl.taakdiff.ui.main.WorkspaceTab;
import nl.taakdiff.ui.main.WorkspaceTabs;

/** The map tab; its view model is shared with the presentation and the PNG export menu items. */
public final class MapTab implements WorkspaceTab {
    private final MapViewModel model;

    public MapTab(AppContext context, CompareViewModel compare) {
        this.model = new MapViewModel(context.session(), compare, context.jobs(), context.messages(), context.dialogs());
    }

    public MapViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "map";
    }

    @Override
    public String titleKey() {
        return "tab.map";
    }

    @Override
    public int order() {
        return WorkspaceTabs.MAP;
    }

    @Override
    public View createView() {
        return new MapView(model);
    }
}
