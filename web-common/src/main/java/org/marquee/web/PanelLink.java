package org.marquee.web;

/** A link in the user menu to another panel the user may open. */
public record PanelLink(String name, String path) {

    public String getName() {
        return name;
    }

    public String getPath() {
        return path;
    }
}
