package org.marquee.web;

import jakarta.faces.context.FacesContext;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.marquee.core.reporting.CheckInProgress;
import org.marquee.core.reporting.SalesDay;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (PrimeFaces 15 serves Chart.js itself,
 * from its own resources: no CDN). Labels come from the message bundle, days in the page's
 * language. A chart with nothing to show is null: the page shows a sentence instead.
 */
public final class Charts {

    private static final String ACCENT = "#b4235a";
    private static final String INK = "#1d2433";

    private Charts() {}

    /** Tickets sold per day, as bars. */
    public static String sales(List<SalesDay> days) {
        if (days.isEmpty()) {
            return null;
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d MMM", locale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (SalesDay day : days) {
            labels.add(label.format(day.day()));
            values.add(day.tickets());
        }
        JsonObject data = Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                        "datasets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("label", Messages.text("dashboard.chart.ticketsSold"))
                                        .add("data", values)
                                        .add("backgroundColor", ACCENT)
                                        .add("maxBarThickness", 48)))
                .build();
        return config("bar", data, Messages.text("dashboard.chart.day"));
    }

    /** Tickets checked in over time (running count), as a line; null without any check-in. */
    public static String checkIns(CheckInProgress progress, ZoneId zone) {
        if (progress == null || progress.overTime().isEmpty()) {
            return null;
        }
        DateTimeFormatter label = DateTimeFormatter.ofPattern("HH:mm", locale());
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (CheckInProgress.Point point : progress.overTime()) {
            labels.add(label.format(point.at().atZone(zone)));
            values.add(point.checkedIn());
        }
        JsonObject data = Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                        "datasets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("label", Messages.text("dashboard.chart.checkedIn"))
                                        .add("data", values)
                                        .add("borderColor", INK)
                                        .add("fill", false)))
                .build();
        return config("line", data, Messages.text("dashboard.chart.time"));
    }

    private static String config(String type, JsonObject data, String xTitle) {
        JsonObjectBuilder y = Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder x = Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", xTitle));
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", data)
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("animation", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("display", false)))
                                .add(
                                        "scales",
                                        Json.createObjectBuilder().add("x", x).add("y", y)))
                .build()
                .toString();
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
