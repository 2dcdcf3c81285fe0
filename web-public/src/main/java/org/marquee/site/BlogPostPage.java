package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.marquee.core.marketing.BlogPages;
import org.marquee.core.marketing.PostView;

/** One post, if visitors may see it now; otherwise 404, whether it is a draft, scheduled or absent. */
@Named
@RequestScoped
public class BlogPostPage {

    @EJB
    private BlogPages blog;

    @Inject
    private HttpServletRequest request;

    private PostView post;

    public void load() {
        post = blog.post(String.valueOf(request.getParameter("slug"))).orElse(null);
        if (post == null) {
            Pages.notFound();
        }
    }

    public PostView getPost() {
        return post;
    }
}
