package org.marquee.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marquee.core.inventory.InventoryOpening;
import org.marquee.core.order.Orders;
import org.marquee.core.platform.UpwardImport;
import org.marquee.core.promo.PeerImport;
import org.marquee.core.promo.PromoCodes;

/**
 * The areas of ejb-core depend only downward (../shared/DESIGN.md, "Layering"), checked over the
 * compiled classes: an area may use the areas below it, never one above it nor one beside it on
 * the same level, so there is no cycle between areas. A new area must be given its level here.
 */
class LayeringTest {

    /** From the foot up; the areas of one level do not know each other. */
    static final List<List<String>> FOOT_UP = List.of(
            List.of("platform"),
            List.of("geo", "media", "notify"),
            List.of("identity"),
            List.of("venue"),
            List.of("catalog"),
            List.of("team"),
            List.of("inventory", "promo", "waitingroom"),
            List.of("order"),
            List.of("payment"),
            List.of("invoice", "checkin"),
            List.of("marketing"),
            List.of("demo", "reporting"));

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.marquee.core");
    }

    static LayeredArchitecture areas() {
        // Optional layers: the checks of the rule itself import a few classes only.
        LayeredArchitecture rule =
                layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
        for (List<String> level : FOOT_UP) {
            for (String area : level) {
                rule = rule.layer(area).definedBy("org.marquee.core." + area + "..");
            }
        }
        for (int i = 0; i < FOOT_UP.size(); i++) {
            List<String> above = new ArrayList<>();
            FOOT_UP.subList(i + 1, FOOT_UP.size()).forEach(above::addAll);
            for (String area : FOOT_UP.get(i)) {
                rule = above.isEmpty()
                        ? rule.whereLayer(area).mayNotBeAccessedByAnyLayer()
                        : rule.whereLayer(area).mayOnlyBeAccessedByLayers(above.toArray(String[]::new));
            }
        }
        return rule;
    }

    @Test
    void areasDependOnlyDownward() {
        areas().check(production);
    }

    @Test
    void areasFormNoCycle() {
        slices().matching("org.marquee.core.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void everyClassBelongsToAnArea() {
        String[] packages = FOOT_UP.stream()
                .flatMap(List::stream)
                .map(area -> "org.marquee.core." + area + "..")
                .toArray(String[]::new);
        classes().should().resideInAnyPackage(packages).check(production);
    }

    @Test
    void anUpwardImportFails() {
        EvaluationResult result = areas().evaluate(new ClassFileImporter()
                .importClasses(UpwardImport.class, Orders.class, InventoryOpening.class));
        assertTrue(result.hasViolation(), "platform naming an order is an upward import");
        assertTrue(result.getFailureReport().toString().contains(UpwardImport.class.getName()));
    }

    @Test
    void anImportBesideOnTheSameLevelFails() {
        EvaluationResult result =
                areas().evaluate(new ClassFileImporter().importClasses(PeerImport.class, InventoryOpening.class));
        assertTrue(result.hasViolation(), "promo and inventory are on one level and do not know each other");
    }

    @Test
    void aDownwardImportPasses() {
        // An order naming a promo code is the way the layers go.
        assertFalse(areas().evaluate(new ClassFileImporter().importClasses(Orders.class, PromoCodes.class))
                .hasViolation());
    }
}
