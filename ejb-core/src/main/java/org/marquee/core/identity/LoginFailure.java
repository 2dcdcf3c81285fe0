package org.marquee.core.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One failed login, kept for the length of the throttle window. */
@Entity
@Table(name = "login_failure")
@NamedQuery(
        name = "LoginFailure.recent",
        query =
                "select f.failedAt from LoginFailure f where f.login = :login and f.failedAt > :since order by f.failedAt desc")
@NamedQuery(name = "LoginFailure.clear", query = "delete from LoginFailure f where f.login = :login")
@NamedQuery(name = "LoginFailure.purge", query = "delete from LoginFailure f where f.failedAt < :before")
class LoginFailure {

    @Id
    @SequenceGenerator(name = "login_failure_seq", sequenceName = "login_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_failure_seq")
    private Long id;

    @Column(nullable = false, length = 400)
    private String login;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    protected LoginFailure() {}

    LoginFailure(String login, Instant failedAt) {
        this.login = login;
        this.failedAt = failedAt;
    }
}
