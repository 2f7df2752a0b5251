package nl.taakdiff.ui.map;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import nl.taakdiff.engine.map.Choropleth;
import nl.taakdiff.engine.map.Palettes;
import nl.taakdiff.io.MapGeometry;
import nl.taakdiff.ui.common.Messages;

/** The legend of a map: title, unit, a swatch per class with its count, region borders, source. */
public final class MapLegend extends VBox {
    private final Messages messages;

    public MapLegend(Messages messages) {
        super(4);
        this.messages = messages;
        getStyleClass().add("map-legend");
    }

    public void show(MapViewModel.MapData data) {
        getChildren().clear();
        if (data == null) {
            return;
        }
        Label title = new Label(data.title());
        title.getStyleClass().add("map-legend-title");
        title.setWrapText(true);
        title.setId("map-legend-title");
        getChildren().add(title);
        if (!data.unit().isEmpty()) {
            Label unit = new Label(data.unit());
            unit.getStyleClass().add("map-legend-unit");
            unit.setId("map-legend-unit");
            getChildren().add(unit);
        }
        Label subtitle = new Label(data.subtitle());
        subtitle.getStyleClass().add("map-legend-unit");
        subtitle.setWrapText(true);
        getChildren().add(subtitle);
        int i = 0;
        for (Choropleth.LegendEntry entry : data.choropleth().legend()) {
            Rectangle swatch = new Rectangle(18, 14, MapCanvas.fx(entry.colour()));
            swatch.getStyleClass().add("map-swatch");
            Label label = new Label(entry.label() + "  (" + messages.formats().count(entry.count()) + ")");
            label.getStyleClass().add("map-legend-entry");
            HBox row = new HBox(8, swatch, label);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("map-legend-" + i++);
            getChildren().add(row);
        }
        if (data.regionType() != null) {
            Line line = new Line(0, 0, 18, 0);
            line.setStroke(MapCanvas.fx(Palettes.REGION_OUTLINE));
            line.setStrokeWidth(2);
            String type = data.regionType();
            Label label = new Label(messages.get("map.legend.regions",
                    messages.has("regionType." + type) ? messages.get("regionType." + type) : type));
            label.getStyleClass().add("map-legend-entry");
            HBox row = new HBox(8, line, label);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
        }
        Label source = new Label(MapGeometry.ATTRIBUTION);
        source.getStyleClass().add("map-attribution");
        getChildren().add(source);
    }
}
