package org.marquee.site;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.core.catalog.SessionCard;
import org.marquee.web.Formats;

/** The cards of a list as the card grid draws them: {@code #{cardLines.of(cards)}} ({@link CardLine}). */
@Named("cardLines")
@RequestScoped
public class CardLines {

    @Inject
    private Formats formats;

    public List<CardLine> of(List<SessionCard> cards) {
        return cards == null
                ? List.of()
                : cards.stream().map(card -> new CardLine(card, formats)).toList();
    }
}
