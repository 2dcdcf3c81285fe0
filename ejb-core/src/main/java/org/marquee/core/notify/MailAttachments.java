package org.marquee.core.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the files a queued email carries by asking the {@link AttachmentSource} of each kind. A
 * kind no source makes is a permanent failure (the message could never be sent whole); a source
 * that fails now is a failure worth another attempt.
 */
@ApplicationScoped
public class MailAttachments {

    @Inject
    @Any
    private Instance<AttachmentSource> sources;

    List<MailAttachment> render(List<String> references) throws DeliveryFailure {
        if (references.isEmpty()) {
            return List.of();
        }
        List<MailAttachment> files = new ArrayList<>();
        for (String reference : references) {
            int colon = reference.indexOf(':');
            String kind = reference.substring(0, colon);
            AttachmentSource source = source(kind);
            try {
                files.addAll(source.render(reference.substring(colon + 1)));
            } catch (RuntimeException e) {
                throw new DeliveryFailure(
                        "Attachment " + reference + " could not be made: " + DeliveryFailure.describe(e), false, e);
            }
        }
        return files;
    }

    private AttachmentSource source(String kind) throws DeliveryFailure {
        for (AttachmentSource source : sources) {
            if (source.kind().equals(kind)) {
                return source;
            }
        }
        throw new DeliveryFailure("No source makes attachments of kind " + kind, true, null);
    }
}
