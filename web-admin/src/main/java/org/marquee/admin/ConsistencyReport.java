package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marquee.core.reporting.ConsistencyCheck;
import org.marquee.core.reporting.ConsistencyStatement;
import org.marquee.core.reporting.ConsistencyViolation;

/**
 * The consistency check page: every rule with how many violations it found on this request's
 * run, and the first violations themselves. Each visit (and "Check again") runs the check anew.
 */
@Named
@RequestScoped
public class ConsistencyReport {

    /** At most this many violations are listed; the counts per rule are always whole. */
    static final int SHOWN = 200;

    @EJB
    private ConsistencyCheck check;

    private List<ConsistencyViolation> violations;
    private List<RuleRow> rules;
    private Instant checkedAt;
    private long millis;

    /** A rule of the check and what this run found of it. */
    public record RuleRow(String name, int invariant, long found) {}

    @PostConstruct
    void run() {
        long start = System.nanoTime();
        checkedAt = Instant.now();
        violations = check.violations();
        millis = (System.nanoTime() - start) / 1_000_000;
        Map<String, Long> found =
                violations.stream().collect(Collectors.groupingBy(ConsistencyViolation::rule, Collectors.counting()));
        rules = ConsistencyStatement.RULES.stream()
                .map(rule -> new RuleRow(rule.name(), rule.invariant(), found.getOrDefault(rule.name(), 0L)))
                .toList();
    }

    public List<RuleRow> getRules() {
        return rules;
    }

    public List<ConsistencyViolation> getShown() {
        return violations.subList(0, Math.min(SHOWN, violations.size()));
    }

    public int getViolationCount() {
        return violations.size();
    }

    public long getBrokenRules() {
        return rules.stream().filter(rule -> rule.found() > 0).count();
    }

    public boolean isConsistent() {
        return violations.isEmpty();
    }

    public boolean isCut() {
        return violations.size() > SHOWN;
    }

    public int getShownLimit() {
        return SHOWN;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public long getMillis() {
        return millis;
    }
}
