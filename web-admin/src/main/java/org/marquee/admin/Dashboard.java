package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.PlatformOverview;
import org.marquee.core.platform.PlatformOverview.Overview;

/** The admin home: platform figures and the database's health. */
@Named
@RequestScoped
public class Dashboard {

    @EJB
    private PlatformOverview platformOverview;

    private Overview overview;

    @PostConstruct
    void load() {
        overview = platformOverview.overview();
    }

    public Overview getOverview() {
        return overview;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }
}
