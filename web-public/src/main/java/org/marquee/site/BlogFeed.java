package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marquee.core.marketing.BlogPages;
import org.marquee.core.marketing.PostView;

/**
 * The blog as an Atom feed (RFC 4287): the newest posts with their sanitised bodies. Written by
 * an XML stream writer, which escapes every text and attribute, so a title holding markup is
 * text in the feed and the body is escaped HTML ({@code type="html"}).
 */
@WebServlet(BlogFeed.PATH)
public class BlogFeed extends HttpServlet {

    static final String PATH = "/blog/feed.atom";

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final int ENTRIES = 20;

    @EJB
    private BlogPages blog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<PostView> posts = blog.feed(ENTRIES);
        String site = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        response.setContentType("application/atom+xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=300");
        try (Writer out = response.getWriter()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            write(xml, site, posts);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the feed", e);
        }
    }

    private static void write(XMLStreamWriter xml, String site, List<PostView> posts) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM);
        text(xml, "title", "Marquee blog");
        text(xml, "id", site + "/blog");
        link(xml, "self", site + PATH, "application/atom+xml");
        link(xml, "alternate", site + "/blog", "text/html");
        Instant updated =
                posts.stream().map(BlogFeed::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
        text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
        xml.writeStartElement("author");
        text(xml, "name", "Marquee");
        xml.writeEndElement();
        for (PostView post : posts) {
            entry(xml, site, post);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private static void entry(XMLStreamWriter xml, String site, PostView post) throws XMLStreamException {
        String url = site + "/blog/" + post.slug();
        xml.writeStartElement("entry");
        text(xml, "title", post.title());
        text(xml, "id", url);
        link(xml, "alternate", url, "text/html");
        text(xml, "published", DateTimeFormatter.ISO_INSTANT.format(post.publishAt()));
        text(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated(post)));
        xml.writeStartElement("author");
        text(xml, "name", post.authorName());
        xml.writeEndElement();
        if (post.categorySlug() != null) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", post.categorySlug());
            xml.writeAttribute("label", post.categoryName());
        }
        if (post.excerpt() != null) {
            text(xml, "summary", post.excerpt());
        }
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(post.bodyHtml());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** An entry is never updated before it was published (edits of a scheduled post come earlier). */
    private static Instant updated(PostView post) {
        return post.updatedAt().isAfter(post.publishAt()) ? post.updatedAt() : post.publishAt();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
