package org.marquee.site;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.marquee.core.identity.AccountLinks;
import org.marquee.core.reporting.SiteAddresses;
import org.marquee.core.reporting.SiteAddresses.Kind;
import org.marquee.core.reporting.SiteAddresses.SiteAddress;

/**
 * The XML sitemap (sitemaps.org): {@code /sitemap.xml} is an index of files under
 * {@code /sitemaps/}: {@code pages.xml} (home, directories, blog, the footer's pages) and, for
 * each kind of page, {@code events-1.xml}, {@code events-2.xml}… of at most 50,000 addresses each.
 * Addresses are absolute on the configured public address ({@code MARQUEE_PUBLIC_URL}); robots.txt
 * names the index ({@link Robots}).
 */
@WebServlet({SiteMap.INDEX, "/sitemaps/*"})
public class SiteMap extends HttpServlet {

    static final String INDEX = "/sitemap.xml";

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final Pattern PART = Pattern.compile("/([a-z]+)-([1-9][0-9]{0,5})\\.xml");
    private static final List<String> PAGES =
            List.of("/", "/artists", "/venues", "/blog", "/terms", "/privacy", "/refunds", "/contact", "/faq");
    private static final Map<Kind, String> PATHS = Map.of(
            Kind.EVENT, "/events/",
            Kind.ARTIST, "/artists/",
            Kind.VENUE, "/venues/",
            Kind.CITY, "/cities/",
            Kind.CATEGORY, "/categories/",
            Kind.POST, "/blog/");

    @EJB
    private SiteAddresses addresses;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String site = AccountLinks.from(System::getenv).base();
        String part = request.getPathInfo();
        try {
            if (request.getServletPath().equals(INDEX)) {
                write(response, xml -> index(xml, site));
            } else if ("/pages.xml".equals(part)) {
                write(response, xml -> pages(xml, site));
            } else {
                Matcher matcher = part == null ? null : PART.matcher(part);
                Kind kind = matcher != null && matcher.matches() ? kind(matcher.group(1)) : null;
                List<SiteAddress> found =
                        kind == null ? List.of() : addresses.part(kind, Integer.parseInt(matcher.group(2)) - 1);
                if (found.isEmpty()) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                write(response, xml -> addresses(xml, site + PATHS.get(kind), found));
            }
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the sitemap", e);
        }
    }

    private void index(XMLStreamWriter xml, String site) throws XMLStreamException {
        xml.writeStartElement("sitemapindex");
        xml.writeDefaultNamespace(NAMESPACE);
        sitemap(xml, site + "/sitemaps/pages.xml");
        for (String file : partFiles(addresses.counts())) {
            sitemap(xml, site + "/sitemaps/" + file);
        }
        xml.writeEndElement();
    }

    /** The files the index names after pages.xml: for each kind, one per part its count fills. */
    static List<String> partFiles(Map<Kind, Long> counts) {
        List<String> files = new ArrayList<>();
        for (Map.Entry<Kind, Long> count : counts.entrySet()) {
            for (long n = 1; n <= parts(count.getValue()); n++) {
                files.add(name(count.getKey()) + "-" + n + ".xml");
            }
        }
        return files;
    }

    /** How many files of at most {@value SiteAddresses#PART} addresses it takes to list them all. */
    static long parts(long addresses) {
        return (addresses + SiteAddresses.PART - 1) / SiteAddresses.PART;
    }

    private static void pages(XMLStreamWriter xml, String site) throws XMLStreamException {
        urlset(xml);
        for (String page : PAGES) {
            url(xml, site + page, null);
        }
        xml.writeEndElement();
    }

    private static void addresses(XMLStreamWriter xml, String prefix, List<SiteAddress> found)
            throws XMLStreamException {
        urlset(xml);
        for (SiteAddress address : found) {
            url(
                    xml,
                    prefix + address.slug(),
                    address.changed() == null ? null : DateTimeFormatter.ISO_INSTANT.format(address.changed()));
        }
        xml.writeEndElement();
    }

    private static void urlset(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("urlset");
        xml.writeDefaultNamespace(NAMESPACE);
    }

    private static void sitemap(XMLStreamWriter xml, String location) throws XMLStreamException {
        xml.writeStartElement("sitemap");
        text(xml, "loc", location);
        xml.writeEndElement();
    }

    private static void url(XMLStreamWriter xml, String location, String changed) throws XMLStreamException {
        xml.writeStartElement("url");
        text(xml, "loc", location);
        if (changed != null) {
            text(xml, "lastmod", changed);
        }
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    /** "events" for EVENT, "categories" for CATEGORY, "cities" for CITY. */
    static String name(Kind kind) {
        String lower = kind.name().toLowerCase(Locale.ROOT);
        return lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "s";
    }

    private static Kind kind(String name) {
        for (Kind kind : Kind.values()) {
            if (name(kind).equals(name)) {
                return kind;
            }
        }
        return null;
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static void write(HttpServletResponse response, Body body) throws IOException, XMLStreamException {
        response.setContentType("application/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (Writer out = response.getWriter()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.flush();
        }
    }
}
