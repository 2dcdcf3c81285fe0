package org.marquee.systemtest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.marquee.systemtest.boundary.EntityAtTheBoundary;
import org.marquee.systemtest.boundary.ViewAtTheBoundary;

/**
 * The web modules get records (views) from ejb-core's services, never its JPA entities: no class
 * of a war or of web-common names an entity, whether by a field, a parameter, a call or a local
 * variable. Checked over the compiled classes of the modules, which the reactor builds before this
 * one (system-tests depends on the EAR).
 */
class WebBoundaryTest {

    /** The modules whose classes run in the wars; a module without Java code has no classes. */
    static final List<String> WEB_MODULES =
            List.of("web-common", "web-admin", "web-public", "web-marketing", "web-gateway", "web-venue", "web-artist");

    static final DescribedPredicate<JavaClass> ENTITIES =
            DescribedPredicate.describe("entities of ejb-core", type -> type.isAnnotatedWith(Entity.class));

    static final ArchRule NO_ENTITY_AT_THE_BOUNDARY = noClasses()
            .should()
            .dependOnClassesThat(ENTITIES)
            .because("the services of ejb-core hand the web modules records, not entities");

    @Test
    void noWebModuleUsesAnEntity() throws IOException {
        NO_ENTITY_AT_THE_BOUNDARY.check(webClasses());
    }

    @Test
    void aClassNamingAnEntityFails() {
        EvaluationResult result =
                NO_ENTITY_AT_THE_BOUNDARY.evaluate(new ClassFileImporter().importClasses(EntityAtTheBoundary.class));
        assertTrue(result.hasViolation(), "a bean that reads an Artist names an entity");
        assertTrue(result.getFailureReport().toString().contains(EntityAtTheBoundary.class.getName()));
    }

    @Test
    void aClassNamingAViewPasses() {
        assertFalse(NO_ENTITY_AT_THE_BOUNDARY
                .evaluate(new ClassFileImporter().importClasses(ViewAtTheBoundary.class))
                .hasViolation());
    }

    /** Fails rather than passing on nothing when a module with Java code has not been compiled. */
    private static JavaClasses webClasses() throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
        List<Path> compiled = new java.util.ArrayList<>();
        for (String module : WEB_MODULES) {
            Path classes = root.resolve(module).resolve("target/classes");
            if (Files.isDirectory(root.resolve(module).resolve("src/main/java"))) {
                assertTrue(hasClasses(classes), module + " is not compiled: " + classes);
                compiled.add(classes);
            }
        }
        return new ClassFileImporter().importPaths(compiled);
    }

    private static boolean hasClasses(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.anyMatch(file -> file.toString().endsWith(".class"));
        }
    }
}
