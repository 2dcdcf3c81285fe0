package org.marquee.gateway;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.identity.AccountProfile;
import org.marquee.core.identity.MyAccount;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.inventory.SeatMaps;
import org.marquee.core.inventory.SeatTaken;
import org.marquee.core.inventory.SectionAvailability;
import org.marquee.core.order.BestAvailable;
import org.marquee.core.order.CheckoutStep;
import org.marquee.core.order.CheckoutView;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.OrderPromos;
import org.marquee.core.order.PaymentMethod;
import org.marquee.core.order.PlaceClaims;
import org.marquee.core.payment.PaymentProviders;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.core.promo.PromoCodeRefused;
import org.marquee.web.Messages;

/**
 * The checkout of one order, step by step (amount, address, seats or section, payment method,
 * payment): one bean behind the five pages, each a view of its own. The order comes from the
 * {@code order} parameter and its token from this browser's cookie; without the right token the
 * page says so and shows nothing of the order. A page of a step the order has not reached yet
 * sends the buyer to the step they are at, so leaving and coming back continues there.
 */
@Named
@ViewScoped
public class Checkout implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The promo code field of the amount step (inside the form "amount"), where its refusals show. */
    private static final String PROMO_FIELD = "amount:promo-code";

    /** How often "best available" looks again when someone took a seat of its block meanwhile. */
    private static final int BEST_AVAILABLE_TRIES = 3;

    /** Colours of price zones on the seat map (checkout.css), dearest first; cheaper ones share the last. */
    private static final int ZONES = 5;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private PlaceClaims places;

    @EJB
    private OrderPromos orderPromos;

    @EJB
    private BestAvailable bestAvailable;

    @EJB
    private SeatMaps seatMaps;

    @EJB
    private Availability availability;

    @EJB
    private MyAccount account;

    @Inject
    private PaymentProviders providers;

    @Inject
    private HttpServletRequest request;

    private OrderAccess access;
    private CheckoutView order;
    private transient Map<Long, SectionAvailability> sectionStates;
    private String refusal;

    private Integer total;
    private final Map<Long, Integer> perCategory = new HashMap<>();
    private String name;
    private String email;
    private String line;
    private String postalCode;
    private String city;
    private String country;
    private boolean newsletter;
    private PaymentMethod method;
    private final Map<Long, Integer> placeCounts = new HashMap<>();
    private int bestCount = 1;
    private Long minPrice;
    private Long maxPrice;
    private String promoCode;
    private String promoEmail;
    private boolean promoEmailAsked;
    /** The code last refused: shown with its reason once, Continue then goes on without it. */
    private String refusedCode;

    @PostConstruct
    void init() {
        long orderId;
        try {
            orderId = Long.parseLong(String.valueOf(request.getParameter("order")));
        } catch (NumberFormatException e) {
            refusal = Messages.text("checkout.noOrder");
            return;
        }
        access = OrderAccess.of(orderId, OrderCookies.token(request, orderId).orElse(null));
        if (!reload()) {
            return;
        }
        total = order.requestedTickets() > 0 ? order.requestedTickets() : null;
        perCategory.putAll(order.amounts());
        if (order.address() != null) {
            name = order.address().name();
            email = order.address().email();
            line = order.address().line();
            postalCode = order.address().postalCode();
            city = order.address().city();
            country = order.address().country();
            newsletter = order.newsletterOptIn();
        } else {
            fillFromAccount();
        }
        method = order.paymentMethod();
        if (method == null && providers.methods().size() == 1) {
            // One way to pay (the demo's test payment, or one provider): nothing to choose.
            method = providers.methods().get(0);
        }
        bestCount = Math.max(1, order.toChoose());
    }

    /** A logged-in buyer's name and email start filled in at "Your details". */
    private void fillFromAccount() {
        if (request.getUserPrincipal() == null) {
            return;
        }
        try {
            AccountProfile profile = account.profile();
            name = profile.displayName();
            email = profile.email();
        } catch (DomainException e) {
            // No account behind the login (a staff tool's identity): the buyer types them.
        }
    }

    private boolean reload() {
        try {
            order = checkout.view(access);
            sectionStates = null;
            return true;
        } catch (NotFound e) {
            refusal = Messages.text("checkout.noOrder");
        } catch (NotYourOrder e) {
            refusal = Messages.text("checkout.notYours");
        } catch (DomainException e) {
            refusal = Messages.text(e.messageKey(), plain(e.arguments()));
        }
        order = null;
        return false;
    }

    /**
     * The page's view action: a step not reached yet redirects to the order's current step, and
     * every step of a paid order to its thank-you page (never a second payment).
     */
    public void enter(String step) throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (order != null && order.paid()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/done.xhtml?order=" + access.orderId());
            return;
        }
        if (order == null || !order.live()) {
            return;
        }
        CheckoutStep page = CheckoutStep.valueOf(step);
        if (page.isAfter(order.step())) {
            redirect(order.step());
        }
    }

    /** The gateway's home page with {@code ?order=}: continue at the step the order reached. */
    public void resume() throws IOException {
        if (order != null && order.paid()) {
            enter(CheckoutStep.PAYMENT.name());
        } else if (order != null && order.live()) {
            redirect(order.step());
        }
    }

    /**
     * Applies the typed code to the order (replacing the one it had). A guest whose code is limited
     * per buyer is asked for an email beside the code, or the one given at the address step is used.
     */
    public void applyPromo() {
        applyTypedPromo();
        reload();
    }

    private boolean applyTypedPromo() {
        try {
            orderPromos.apply(access, promoCode, promoEmail());
            promoCode = null;
            refusedCode = null;
            promoEmailAsked = false;
            return true;
        } catch (PromoCodeRefused e) {
            if (e.reason() == PromoCodeRefused.Reason.EMAIL_NEEDED) {
                // Not a refusal of the code: Continue tries it again with the email asked for.
                promoEmailAsked = true;
                Messages.error(PROMO_FIELD, e.messageKey(), plain(e.arguments()));
            } else {
                refused(e);
            }
        } catch (DomainException e) {
            refused(e);
        }
        return false;
    }

    private void refused(DomainException e) {
        refusedCode = promoCode.strip();
        Messages.error(PROMO_FIELD, e.messageKey(), plain(e.arguments()));
    }

    /** The code in the field was refused already: the buyer saw why, Continue goes on without it. */
    private boolean refusedAlready() {
        return refusedCode != null && refusedCode.equalsIgnoreCase(promoCode.strip());
    }

    private String promoEmail() {
        if (promoEmail != null && !promoEmail.isBlank()) {
            return promoEmail;
        }
        return order.address() == null ? null : order.address().email();
    }

    /** Takes the code off the order; counts of a category only it unlocked are dropped from the form. */
    public void removePromo() {
        try {
            orderPromos.remove(access);
        } catch (DomainException e) {
            Messages.error(PROMO_FIELD, e.messageKey(), plain(e.arguments()));
        }
        if (reload()) {
            perCategory.keySet().removeIf(id -> order.offer().categories().stream()
                    .noneMatch(c -> c.id() == id));
        }
    }

    /** Continue from the amount: a code typed but not applied is applied first (and stops here if refused). */
    public String chooseAmount() {
        if (promoCode != null && !promoCode.isBlank() && refusedAlready()) {
            promoCode = null;
        }
        if (promoCode != null && !promoCode.isBlank()) {
            int categories = order.offer().categories().size();
            boolean applied = applyTypedPromo();
            reload();
            if (!applied || order == null || order.offer().categories().size() != categories) {
                // Refused, or the code unlocked a category the buyer has not seen yet: stay here.
                return null;
            }
        }
        return act(CheckoutStep.ADDRESS, () -> {
            Map<Long, Integer> counts = new HashMap<>();
            perCategory.forEach((category, count) -> counts.put(category, count == null ? 0 : count));
            int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
            checkout.chooseAmount(access, order.offer().hasCategories() ? sum : total == null ? 0 : total, counts);
        });
    }

    public String saveAddress() {
        return act(
                CheckoutStep.SEATS,
                () -> checkout.giveAddress(
                        access,
                        new OrderCheckout.AddressForm(
                                name, email, line, postalCode, city, country, newsletter, pageLanguage())));
    }

    private static String pageLanguage() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
    }

    public String confirmSeats() {
        return act(CheckoutStep.PAYMENT_METHOD, () -> checkout.confirmSeats(access));
    }

    public String choosePaymentMethod() {
        return act(CheckoutStep.PAYMENT, () -> checkout.choosePaymentMethod(access, method));
    }

    /** Claims the chosen number of standing places of a section, all or none. */
    public void claimPlaces(long sectionId) {
        int count = Optional.ofNullable(placeCounts.get(sectionId)).orElse(0);
        stay(() -> places.claim(access, sectionId, count), "checkout.placesTaken", count);
    }

    public void releasePlaces(long sectionId, int count) {
        stay(() -> places.release(access, sectionId, count), "checkout.placesGivenBack", count);
    }

    /** The best block of seats within the price range; tried again if someone was faster. */
    public void takeBestAvailable() {
        for (int attempt = 1; attempt <= BEST_AVAILABLE_TRIES; attempt++) {
            try {
                List<Long> seats = bestAvailable.claim(access, bestCount, minPrice, maxPrice);
                Messages.info("checkout.bestTaken", seats.size());
                reload();
                return;
            } catch (SeatTaken e) {
                if (attempt == BEST_AVAILABLE_TRIES) {
                    Messages.error(e);
                }
            } catch (DomainException e) {
                Messages.error(null, e.messageKey(), plain(e.arguments()));
                return;
            }
        }
        reload();
    }

    private void stay(Runnable change, String successKey, int count) {
        try {
            change.run();
            Messages.info(successKey, count);
        } catch (DomainException e) {
            Messages.error(null, e.messageKey(), plain(e.arguments()));
        }
        reload();
    }

    private String act(CheckoutStep next, Runnable step) {
        try {
            step.run();
            return outcome(next);
        } catch (DomainException e) {
            Messages.error(null, e.messageKey(), plain(e.arguments()));
            reload();
            return null;
        }
    }

    private String outcome(CheckoutStep step) {
        return "/" + page(step) + "?faces-redirect=true&order=" + access.orderId();
    }

    private void redirect(CheckoutStep step) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/" + page(step) + ".xhtml?order=" + access.orderId());
    }

    static String page(CheckoutStep step) {
        return switch (step) {
            case AMOUNT -> "amount";
            case ADDRESS -> "address";
            case SEATS -> "seats";
            case PAYMENT_METHOD -> "payment-method";
            case PAYMENT -> "payment";
        };
    }

    /**
     * Ids as plain digits, instants as they are: MessageFormat would write 12345 as "12,345".
     * Counts (ints) stay numbers, so that a message can choose "1 ticket" or "2 tickets".
     */
    private static Object[] plain(Object[] arguments) {
        return java.util.Arrays.stream(arguments)
                .map(a -> a instanceof Long ? String.valueOf(a) : a)
                .toArray();
    }

    /** The seat map of the session with this order's seats marked, or null when the venue has no seats. */
    public String getSeatMap() {
        if (order == null || order.offer().sections().stream().allMatch(SessionOffer.Section::standing)) {
            return null;
        }
        return seatMaps.svg(
                order.offer().venueId(),
                order.offer().sessionId(),
                order.orderId(),
                Messages.text("checkout.seats.stage"),
                ""); // checkout.js names each seat, with its section and price
    }

    public List<Integer> getTicketChoices() {
        int max = order == null ? 0 : order.maxTickets();
        return IntStream.rangeClosed(1, max).boxed().toList();
    }

    public List<Integer> getCategoryChoices() {
        int max = order == null ? 0 : order.maxTickets();
        return IntStream.rangeClosed(0, max).boxed().toList();
    }

    /** The distinct prices of the seated sections, for the price range of "best available". */
    public List<org.marquee.core.platform.Money> getSeatPrices() {
        return order.offer().sections().stream()
                .filter(s -> !s.standing())
                .map(SessionOffer.Section::price)
                .distinct()
                .sorted()
                .toList();
    }

    public List<SessionOffer.Section> getSeatedSections() {
        return order.offer().sections().stream().filter(s -> !s.standing()).toList();
    }

    /**
     * What a ticket of the section costs this buyer, cheapest first: the prices of the categories
     * offered there, or the section's own price when the session has no categories.
     */
    public List<org.marquee.core.platform.Money> pricesIn(SessionOffer.Section section) {
        if (!order.offer().hasCategories()) {
            return List.of(section.price());
        }
        List<org.marquee.core.platform.Money> prices = order.offer().categories().stream()
                .map(c -> c.prices().get(section.id()))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        return prices.isEmpty() ? List.of(section.price()) : prices;
    }

    /** The price zone of a seated section on the map: sections at the same lowest price share a colour. */
    public int zoneOf(SessionOffer.Section section) {
        List<org.marquee.core.platform.Money> lowest = getSeatedSections().stream()
                .map(s -> pricesIn(s).get(0))
                .distinct()
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
        return Math.min(lowest.indexOf(pricesIn(section).get(0)), ZONES - 1);
    }

    public List<SessionOffer.Section> getStandingSections() {
        return order.offer().sections().stream()
                .filter(SessionOffer.Section::standing)
                .toList();
    }

    public boolean isSeated() {
        return order.offer().sections().stream().anyMatch(s -> !s.standing());
    }

    /** Free seats or places of a section now (the page then follows the live channel). */
    public int sectionFree(long sectionId) {
        SectionAvailability section = sectionStates().get(sectionId);
        return section == null ? 0 : section.free();
    }

    /** Nothing left to buy in the whole session (the buyer may still hold some). */
    public boolean isSoldOut() {
        return sectionStates().values().stream().allMatch(SectionAvailability::soldOut);
    }

    private Map<Long, SectionAvailability> sectionStates() {
        if (sectionStates == null) {
            sectionStates = new HashMap<>();
            availability
                    .of(order.offer().sessionId(), false)
                    .sections()
                    .forEach(s -> sectionStates.put(s.sectionId(), s));
        }
        return sectionStates;
    }

    public int heldIn(long sectionId) {
        return order.holdings().places().stream()
                .filter(p -> p.sectionId() == sectionId)
                .mapToInt(OrderHoldings.Places::count)
                .sum();
    }

    /** The methods this server offers: card and PayPal where configured; the test payment only in the demo. */
    public List<PaymentMethod> getPaymentMethods() {
        return providers.methods();
    }

    /** Reads the order again after a bean of a page built on this one changed it (its hold, its totals). */
    void refresh() {
        reload();
    }

    /** The order's access, for the beans of the pages built on this one. */
    OrderAccess access() {
        return access;
    }

    /** Where a buyer whose hold ran out goes: the event's page, which says so. */
    public String getSessionPage() {
        return order == null
                ? "/"
                : "/events/" + order.offer().eventSlug() + "?expired="
                        + order.offer().sessionId();
    }

    public long getNow() {
        return Instant.now().toEpochMilli();
    }

    public CheckoutView getOrder() {
        return order;
    }

    public String getRefusal() {
        return refusal;
    }

    public Integer getTotal() {
        return total;
    }

    public void setTotal(Integer total) {
        this.total = total;
    }

    public Map<Long, Integer> getPerCategory() {
        return perCategory;
    }

    public Map<Long, Integer> getPlaceCounts() {
        return placeCounts;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLine() {
        return line;
    }

    public void setLine(String line) {
        this.line = line;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public boolean isNewsletter() {
        return newsletter;
    }

    public void setNewsletter(boolean newsletter) {
        this.newsletter = newsletter;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public void setMethod(PaymentMethod method) {
        this.method = method;
    }

    public int getBestCount() {
        return bestCount;
    }

    public void setBestCount(int bestCount) {
        this.bestCount = bestCount;
    }

    public Long getMinPrice() {
        return minPrice;
    }

    public void setMinPrice(Long minPrice) {
        this.minPrice = minPrice;
    }

    public Long getMaxPrice() {
        return maxPrice;
    }

    public void setMaxPrice(Long maxPrice) {
        this.maxPrice = maxPrice;
    }

    public String getPromoCode() {
        return promoCode;
    }

    public void setPromoCode(String promoCode) {
        this.promoCode = promoCode;
    }

    public String getPromoEmail() {
        return promoEmail;
    }

    public void setPromoEmail(String promoEmail) {
        this.promoEmail = promoEmail;
    }

    /** The code in the field was refused: the page says how to go on. */
    public boolean isPromoRefused() {
        return refusedCode != null && promoCode != null && refusedCode.equalsIgnoreCase(promoCode.strip());
    }

    /** The distinct prices of the session's sections, cheapest first (the amount step's range). */
    public List<org.marquee.core.platform.Money> getSectionPrices() {
        return order.offer().sections().stream()
                .map(SessionOffer.Section::price)
                .distinct()
                .sorted()
                .toList();
    }

    /** The distinct prices of a category across the sections it is sold in, cheapest first. */
    public List<org.marquee.core.platform.Money> categoryPrices(SessionOffer.Category category) {
        return category.prices().values().stream().distinct().sorted().toList();
    }

    /** A guest's code is limited per buyer and no email is known yet: the field asks for one. */
    public boolean isPromoEmailAsked() {
        return promoEmailAsked;
    }
}
