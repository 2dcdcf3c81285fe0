package org.marquee.core.order;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.Text;

/** Who the tickets are for and where the invoice goes, as the buyer typed it at the address step. */
@Embeddable
public class BuyerAddress implements Serializable {

    @Column(name = "buyer_name", length = 200)
    private String name;

    @Column(name = "buyer_email", length = 254)
    private String email;

    @Column(name = "address_line", length = 300)
    private String line;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(name = "address_city", length = 100)
    private String city;

    @Column(name = "address_country", length = 100)
    private String country;

    protected BuyerAddress() {}

    public BuyerAddress(String name, String email, String line, String postalCode, String city, String country) {
        this.name = Text.required(name, "Please give your name", 200);
        if (!EmailAddress.isValid(email)) {
            throw new IllegalArgumentException("Please give a valid email address, such as name@example.com");
        }
        this.email = EmailAddress.normalize(email);
        this.line = Text.required(line, "Please give your street and number", 300);
        this.postalCode = Text.required(postalCode, "Please give your postal code", 20);
        this.city = Text.required(city, "Please give your city", 100);
        this.country = Text.required(country, "Please give your country", 100);
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String line() {
        return line;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }
}
