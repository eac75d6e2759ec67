package io.cairn.archtests;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import io.cairn.archfixtures.adapter.in.http.note.NoteController;
import io.cairn.archfixtures.adapter.out.jdbc.JdbcNoteRepository;
import io.cairn.archfixtures.adapter.out.local.LocalNoteIndexAdapter;
import io.cairn.archfixtures.adapter.out.lucene.LuceneNoteIndexAdapter;
import io.cairn.archfixtures.adapter.out.openai.OpenAiNoteIndexAdapter;
import io.cairn.archfixtures.adapter.out.payments.PaymentsNoteIndexAdapter;
import io.cairn.archfixtures.adapter.out.pgvector.PgVectorNoteIndexAdapter;
import io.cairn.archfixtures.adapter.out.scraper.HostAndPort;
import io.cairn.archfixtures.adapter.out.scraper.ScraperNoteIndexAdapter;
import io.cairn.archfixtures.domain.note.Note;
import io.cairn.archfixtures.domain.note.NoteNotFoundException;
import io.cairn.archfixtures.host.cli.NoteCommand;
import io.cairn.archfixtures.host.server.ServerWiring;
import io.cairn.archfixtures.ports.in.note.ReadNoteUseCase;
import io.cairn.archfixtures.ports.out.note.NoteIndexPort;
import io.cairn.archfixtures.ports.out.note.NoteRepository;
import io.cairn.archfixtures.usecase.note.ReadNoteService;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Imports the fixture hexagon under {@link #ROOT}: a compliant core, plus or minus chosen classes. */
final class Fixtures {

    static final String ROOT = "io.cairn.archfixtures";

    /** One or more classes in every target package, breaking no rule. */
    private static final List<Class<?>> COMPLIANT = List.of(
            Note.class,
            NoteNotFoundException.class,
            ReadNoteUseCase.class,
            NoteRepository.class,
            NoteIndexPort.class,
            ReadNoteService.class,
            LocalNoteIndexAdapter.class,
            LuceneNoteIndexAdapter.class,
            PgVectorNoteIndexAdapter.class,
            OpenAiNoteIndexAdapter.class,
            PaymentsNoteIndexAdapter.class,
            ScraperNoteIndexAdapter.class,
            HostAndPort.class,
            JdbcNoteRepository.class,
            NoteController.class,
            ServerWiring.class,
            NoteCommand.class);

    private static final JavaClasses COMPLIANT_CLASSES = importClasses(COMPLIANT);

    private Fixtures() {}

    static JavaClasses compliant() {
        return COMPLIANT_CLASSES;
    }

    static JavaClasses compliantPlus(Class<?>... violators) {
        List<Class<?>> classes = new ArrayList<>(COMPLIANT);
        classes.addAll(Arrays.asList(violators));
        return importClasses(classes);
    }

    static JavaClasses compliantWithout(Class<?>... omitted) {
        List<Class<?>> classes = new ArrayList<>(COMPLIANT);
        classes.removeAll(Arrays.asList(omitted));
        return importClasses(classes);
    }

    // ClassFileImporter.importClasses(..) searches the whole class path for each class; reading the files is fast.
    private static JavaClasses importClasses(List<Class<?>> classes) {
        Set<Location> classFiles = classes.stream()
                .map(type -> Location.of(type.getResource(type.getSimpleName() + ".class")))
                .collect(Collectors.toSet());
        return new ClassFileImporter().importLocations(classFiles);
    }
}
